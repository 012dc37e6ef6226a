package wenku.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared law corpus ({@code ../shared/corpus/laws} from the repository root), read once per JVM: every
 * {@code .md} file except the {@code _index.md} ones, parsed with {@link LawText}, and the {@link LawIndex} of
 * them all. For tests and the measurement main only.
 */
final class LawCorpus {
    static final Path DEFAULT_ROOT = Path.of("../shared/corpus/laws");

    final Path root;
    /** Content-relative path → parsed text, sorted by path. */
    final Map<String, LawText> texts;
    final LawIndex index;

    private static LawCorpus shared;

    private LawCorpus(Path root) {
        this.root = root;
        Map<String, LawText> m = new LinkedHashMap<>();
        for (Path p : markdownFiles(root)) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            try {
                m.put(rel, LawText.parse(Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        texts = Collections.unmodifiableMap(m);
        LawIndex.Builder b = LawIndex.builder();
        texts.forEach((path, text) -> b.add(path, text.title(), text.sequence().numbers()));
        index = b.build();
    }

    static boolean available() {
        return Files.isDirectory(DEFAULT_ROOT);
    }

    static synchronized LawCorpus shared() {
        if (shared == null) shared = new LawCorpus(DEFAULT_ROOT);
        return shared;
    }

    static LawCorpus load(Path root) {
        return new LawCorpus(root);
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("_index.md"))
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a citation finder should read in a document: its paragraphs and other non-heading blocks. */
    static String bodyText(LawText t) {
        StringBuilder sb = new StringBuilder();
        for (LawText.Block b : t.blocks()) {
            if (b.kind() != LawText.Block.Kind.HEADING) sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }
}
