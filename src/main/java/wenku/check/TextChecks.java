package wenku.check;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import wenku.build.ContentCheck;
import wenku.content.ChinesePunctuation;
import wenku.content.ContentTree;
import wenku.content.DecodedText;
import wenku.content.SourceDocument;
import wenku.problem.Problem;
import wenku.problem.Problems;
import wenku.parallel.AllCores;

/**
 * Checks of each Markdown file's text as written: files not saved as UTF-8 (GBK from old Windows editors,
 * UTF-16) are warned about, since other tools and colleagues' editors may show them garbled; and half-width
 * {@code , ; : ? ! ( )} between Chinese characters are warned about one by one ({@link ChinesePunctuation}).
 * Both are fixed by {@code wenku check --fix} ({@link ContentFixer}). Files that are not text at all are
 * reported as errors by the loader.
 *
 * <p>Stateless apart from the shared {@link SourceTexts}; reads files in parallel.
 */
final class TextChecks implements ContentCheck {
    private final SourceTexts texts;

    TextChecks(SourceTexts texts) {
        this.texts = texts;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void check(Path contentDir, ContentTree tree, Problems problems) {
        List<SourceDocument> docs = tree.documents();
        List<Problem> found = new CopyOnWriteArrayList<>();
        AllCores.forEach(docs.size(), i -> {
            SourceDocument d = docs.get(i);
            DecodedText t = texts.get(contentDir, d.path());
            if (t == null) return;
            if (!t.encoding().equals("UTF-8")) {
                found.add(Problem.warning(d.path(), 1, 1, "encoding", "file is saved as " + t.encoding()
                        + ", not UTF-8 (run wenku check --fix to convert it, or save it as UTF-8 in your editor)"));
            }
            found.addAll(ChinesePunctuation.check(d.path(), t.text()));
        });
        problems.addAll(found);
    }
}
