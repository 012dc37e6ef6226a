package wenku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the inputs of the benchmark ({@code src/bench/bench.sh}); not a test.
 *
 * <ul>
 *   <li>{@code hugo CORPUS SITE}: a minimal Hugo site with the same Markdown: front matter with the title from
 *       the first {@code # } line where a file has none, an {@code _index.md} (one list page) per folder, and
 *       three small templates (page with table of contents, list, home).</li>
 *   <li>{@code synthetic CORPUS OUT COPIES}: a corpus {@code COPIES} times as large, for scaling: copy {@code k}
 *       lives under {@code 卷k/}; from the second copy on, titles get {@code （卷k）} and the Han text is altered
 *       (about one character in seven replaced by another of the same document, deterministically; numerals and
 *       the words of article numbers and headings are kept, so laws keep their structure), so that copies are not
 *       identical for the similarity and search stages.</li>
 * </ul>
 * The corpus is only read. Output folders are created; existing files in them are overwritten.
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("hugo")) {
            hugoSite(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("synthetic")) {
            int n = synthetic(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            System.out.println(n + " Markdown files");
        } else {
            System.err.println("usage: BenchCorpus hugo CORPUS SITE | synthetic CORPUS OUT COPIES");
            System.exit(2);
        }
    }

    static List<Path> markdownFiles(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    static void hugoSite(Path corpus, Path site) throws IOException {
        Path content = site.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path dir : (Iterable<Path>) s.filter(Files::isDirectory)::iterator) {
                Path to = content.resolve(corpus.relativize(dir).toString());
                Files.createDirectories(to);
                if (!Files.exists(dir.resolve("_index.md"))) {
                    String name = dir.equals(corpus) ? "首页" : dir.getFileName().toString();
                    write(to.resolve("_index.md"), "---\ntitle: " + quoted(name) + "\n---\n");
                }
            }
        }
        for (Path f : markdownFiles(corpus)) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!text.startsWith("---")) {
                String name = f.getFileName().toString();
                String title = name.substring(0, name.length() - 3);
                for (String line : (Iterable<String>) text.lines()::iterator) {
                    if (line.startsWith("# ")) {
                        title = line.substring(2).strip();
                        break;
                    }
                }
                text = "---\ntitle: " + quoted(title) + "\n---\n" + text;
            }
            write(content.resolve(corpus.relativize(f).toString()), text);
        }
        write(site.resolve("config.toml"), "baseURL = \"/\"\ntitle = \"文库\"\nlanguageCode = \"zh-cn\"\n");
        write(site.resolve("layouts/_default/baseof.html"), """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title>\
                <meta name="viewport" content="width=device-width"></head><body>{{ block "main" . }}{{ end }}</body></html>
                """);
        write(site.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><nav>{{ .TableOfContents }}</nav>{{ .Content }}</article>{{ end }}
                """);
        String list = """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li>\
                <a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}
                """;
        write(site.resolve("layouts/_default/list.html"), list);
        write(site.resolve("layouts/index.html"), list);
    }

    static int synthetic(Path corpus, Path out, int copies) throws IOException {
        List<Path> files = markdownFiles(corpus);
        int n = 0;
        for (int k = 0; k < copies; k++) {
            Path root = out.resolve("卷" + (k + 1));
            for (Path f : files) {
                Path to = root.resolve(corpus.relativize(f).toString());
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } catch (java.nio.charset.MalformedInputException e) { // not UTF-8: copied as it is
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    n++;
                    continue;
                }
                write(to, k > 0 ? alter(text, k) : text);
                n++;
            }
        }
        return n;
    }

    /** Copy {@code k} of a document: the title marked, about one Han character in seven swapped for another. */
    static String alter(String text, int k) {
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < text.length(); i++) if (replaceable(text.charAt(i))) han.append(text.charAt(i));
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean titleDone = false;
        long state = 0x9E3779B97F4A7C15L * (k + 1);
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!titleDone && line.startsWith("# ")) {
                sb.append(line).append("（卷").append(k + 1).append("）\n");
                titleDone = true;
                continue;
            }
            if (line.startsWith("---") || line.contains(": ") && !line.contains("。")) { // front matter and keys as they are
                sb.append(line).append('\n');
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                state = state * 6364136223846793005L + 1442695040888963407L;
                if (replaceable(c) && han.length() > 0 && Long.remainderUnsigned(state >>> 33, 7) == 0) {
                    c = han.charAt((int) Long.remainderUnsigned(state >>> 17, han.length()));
                }
                sb.append(c);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Han characters other than numerals and the words of article numbers and headings (第…条, 章, 节 …). */
    private static boolean replaceable(char c) {
        return c >= 0x4E00 && c <= 0x9FFF && STRUCTURE.indexOf(c) < 0;
    }

    private static final String STRUCTURE = "零〇一二两三四五六七八九十百千万第条章节编款项目之";

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
