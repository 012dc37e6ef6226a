package wenku.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wenku.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cross-site scripting inputs of {@code src/test/resources/hostile/xss-vectors.txt}, and the site that
 * carries every one of them in every place a contributor can write: raw HTML in the body, Markdown links,
 * images, reference definitions and autolinks, and every front matter field the templates print.
 *
 * <p>Pages: {@code html/vNNN.html} (one raw HTML vector each, also as every front matter field),
 * {@code url/uNN.html} (one URL vector in every link and image form), {@code block/bNN.html} (one
 * multi-line vector each). Immutable.
 */
final class XssVectors {
    /** One vector: where it came from in the file, and its text. */
    record Vector(String kind, int number, String name, String text) {
        String page() {
            return switch (kind) {
                case "html" -> String.format("html/v%03d.html", number);
                case "url" -> String.format("url/u%02d.html", number);
                default -> String.format("block/b%02d.html", number);
            };
        }
    }

    static final List<Vector> ALL = read();

    /** Front matter fields the templates print (titles, meta line, taxonomy terms, description). */
    static final List<String> FIELDS = List.of("title", "subtitle", "author", "unit", "source", "editor",
            "category", "tags", "keywords", "summary");

    private XssVectors() {
    }

    static List<Vector> of(String kind) {
        return ALL.stream().filter(v -> v.kind().equals(kind)).toList();
    }

    private static List<Vector> read() {
        String text;
        try (InputStream in = XssVectors.class.getResourceAsStream("/hostile/xss-vectors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> out = new ArrayList<>();
        String section = null;
        StringBuilder block = new StringBuilder();
        int html = 0;
        int url = 0;
        int blocks = 0;
        for (String line : (text + "\n-- end --").split("\n")) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (section != null && section.startsWith("block ")) {
                    out.add(new Vector("block", ++blocks, section.substring(6), block.toString().strip() + "\n"));
                }
                section = line.substring(3, line.length() - 3);
                block.setLength(0);
                continue;
            }
            if (section == null) continue;
            if (section.equals("html lines") && !line.isBlank()) out.add(new Vector("html", ++html, "html " + html, line));
            else if (section.equals("url lines") && !line.isEmpty()) out.add(new Vector("url", ++url, "url " + url, line));
            else if (section.startsWith("block ")) block.append(line).append('\n');
        }
        return List.copyOf(out);
    }

    /**
     * Writes the site with every vector into {@code dir} ({@code dir/content}) and returns {@code dir}. Besides
     * the pages listed in the class comment, {@code csp/vNNN.html} has each raw HTML vector as a title with
     * {@code unsafe: true}, for a site template that prints such titles unescaped (to test the
     * Content-Security-Policy on its own).
     */
    static Path writeSite(Path dir) throws IOException {
        write(dir, "content/site.yml", "title: 跨站脚本测试\npaginate: 100\n");
        write(dir, "content/_index.md", "# 首页\n");
        for (Vector v : ALL) {
            String md = switch (v.kind()) {
                case "html" -> frontMatter(v.text()) + "# 正文\n\n" + v.text() + "\n\n段落里的 " + v.text() + " 结束。\n";
                case "url" -> "---\ntitle: " + yaml(v.name()) + "\n---\n" + urlBody(v.text());
                default -> "---\ntitle: " + yaml(v.name()) + "\n---\n" + v.text();
            };
            write(dir, "content/" + v.page().replace(".html", ".md"), md);
            if (v.kind().equals("html")) {
                write(dir, "content/csp/" + v.page().substring(5).replace(".html", ".md"),
                        "---\ntitle: " + yaml(v.text()) + "\nunsafe: true\n---\n正文\n");
            }
        }
        // a law in two versions: article pages, the comparison page and cross-references print article text
        for (String date : List.of("2014-08-31", "2021-06-10")) {
            StringBuilder law = new StringBuilder("# 中华人民共和国安全<img src=x onerror=alert(1)>生产法\n\n## 第一章　总则<script>alert(1)</script>\n\n");
            int n = 1;
            for (Vector v : of("html")) {
                if (n > 40) break;
                law.append("第").append(ChineseNumber.of(n++)).append("条　").append(date.startsWith("2014") ? "旧" : "新")
                        .append("规定 ").append(v.text()).append(" 依照《中华人民共和国<script>alert(2)</script>法》第一条。\n\n");
            }
            write(dir, "content/法律/安全生产法(" + date + ").md", law.toString());
        }
        return dir;
    }

    /** Chinese numerals for article numbers up to 99. */
    private static final class ChineseNumber {
        static String of(int n) {
            String d = "〇一二三四五六七八九";
            if (n < 10) return String.valueOf(d.charAt(n));
            return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        }
    }

    private static SiteFixture.Built built;

    /**
     * The site of {@link #writeSite}, built once per test run and shared by the test classes. Its templates
     * override {@code page.ftlh}: pages with {@code unsafe: true} print their title unescaped (as a careless
     * site template might), every other page renders with the theme's own {@code page.ftlh}.
     */
    static synchronized SiteFixture.Built builtSite() throws IOException {
        if (built == null) {
            Path dir = writeSite(Files.createTempDirectory("wenku-xss-"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            String themePage = Files.readString(Path.of("templates/page.ftlh"), StandardCharsets.UTF_8);
            write(dir, "templates/page.ftlh", """
                    <#if page.params.unsafe??>
                    <#import "base.ftlh" as b>
                    <@b.layout><h1 class="unsafe-title">${page.title?no_esc}</h1></@b.layout>
                    <#else>
                    """ + themePage + "\n</#if>\n");
            built = SiteFixture.buildIn(dir, null);
        }
        return built;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String frontMatter(String value) {
        StringBuilder sb = new StringBuilder("---\n");
        for (String f : FIELDS) {
            sb.append(f).append(": ");
            if (f.equals("tags") || f.equals("keywords")) sb.append('[').append(yaml(value)).append(']');
            else sb.append(yaml(value));
            sb.append('\n');
        }
        return sb.append("---\n").toString();
    }

    private static String urlBody(String u) {
        return "[链接](" + u + ") [尖括号](<" + u + ">) ![图](" + u + ") [引用][r] ![图引用][r] <" + u + ">\n\n"
                + "[带标题](" + u + " \"标题\")\n\n"
                + "<a href=\"" + u + "\">原始链接</a> <img src=\"" + u + "\"> <a href='" + u + "'>单引号</a>\n\n"
                + "[r]: " + u + "\n";
    }

    /** A YAML double-quoted scalar holding exactly {@code s}. */
    static String yaml(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
