package wenku.check;

import java.nio.file.Path;
import java.util.List;
import wenku.build.ContentCheck;
import wenku.content.ContentTree;
import wenku.content.DecodedText;
import wenku.content.SourceDocument;
import wenku.problem.Problems;

/**
 * When {@code site.yml} lists the categories, a page whose {@code category} is not one of them is an error:
 * it is almost always a typo or a near-duplicate ({@code 经验交流材料} beside {@code 经验交流}) that would
 * split a category in two for readers.
 *
 * <p>Stateless apart from the shared {@link SourceTexts}.
 */
final class UnknownCategories implements ContentCheck {
    private final SourceTexts texts;

    UnknownCategories(SourceTexts texts) {
        this.texts = texts;
    }

    @Override
    public String name() {
        return "categories";
    }

    @Override
    public void check(Path contentDir, ContentTree tree, Problems problems) {
        List<String> allowed = tree.config().categories();
        if (allowed.isEmpty()) return;
        for (SourceDocument d : tree.documents()) {
            String c = d.frontMatter().category();
            if (c == null || allowed.contains(c)) continue;
            DecodedText t = texts.get(contentDir, d.path());
            int line = t == null ? 1 : SourceTexts.lineOfKey(t.text(), "category");
            problems.error(d.path(), line, 1, "front matter", "category \"" + c + "\" is not one of the categories in site.yml ("
                    + String.join("、", allowed) + "); correct it, or add it to categories in site.yml");
        }
    }
}
