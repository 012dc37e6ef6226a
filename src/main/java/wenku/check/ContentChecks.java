package wenku.check;

import java.util.List;
import wenku.build.ContentCheck;

/**
 * The checks {@code wenku check} runs besides everything a build reports: mistyped front matter keys,
 * categories not listed in {@code site.yml}, duplicate documents, files not saved as UTF-8 and half-width
 * punctuation between Chinese characters.
 */
public final class ContentChecks {
    private ContentChecks() {
    }

    /** A fresh set of checks, for one run of {@link wenku.build.Build#check}. */
    public static List<ContentCheck> all() {
        SourceTexts texts = new SourceTexts();
        return List.of(new FrontMatterKeys(texts), new UnknownCategories(texts), new DuplicateDocuments(), new TextChecks(texts));
    }
}
