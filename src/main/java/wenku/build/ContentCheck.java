package wenku.build;

import java.io.IOException;
import java.nio.file.Path;
import wenku.content.ContentTree;
import wenku.problem.Problems;

/**
 * A check of the content that {@code wenku check} runs besides everything a build reports
 * (duplicate documents, categories not listed in {@code site.yml}, punctuation …).
 * Implementations live in {@code wenku.check}.
 *
 * <p>Implementations must be stateless or used by one build at a time.
 */
public interface ContentCheck {
    /** A short name for the stage log, e.g. {@code duplicates}. */
    String name();

    /**
     * Adds what it finds to {@code problems}, located with content-relative paths.
     *
     * @param contentDir the content folder, for checks that read files again (encodings, punctuation)
     * @param tree       the content as loaded
     */
    void check(Path contentDir, ContentTree tree, Problems problems) throws IOException;
}
