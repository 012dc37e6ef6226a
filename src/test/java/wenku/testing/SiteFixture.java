package wenku.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.build.BuildResult;
import wenku.problem.BuildFailedException;
import wenku.problem.Problem;

/**
 * A small site written inline in a test, in the style of Hugo's integration tests: a text block of
 * {@code -- path --} sections, each followed by that file's text.
 *
 * <pre>{@code
 * SiteFixture.Built site = SiteFixture.of("""
 *         -- content/site.yml --
 *         title: 安全文库
 *         -- content/规程/井下作业.md --
 *         ---
 *         title: 井下作业规程
 *         tags: [安全, 井下]
 *         ---
 *         # 第一章 总则
 *         """).build(tempDir);
 * Document page = site.page("规程/井下作业.html");
 * assertEquals("井下作业规程", page.selectFirst("h1.article-title").text());
 * }</pre>
 *
 * <p>Paths are relative to the site folder: {@code content/…} for content, {@code templates/…} for a site's
 * own templates (passed as {@code --templates} when there is at least one). Text is written as UTF-8; use
 * {@link #withBytes} for other encodings or binary files. A section's text ends with the line before the
 * next {@code -- path --} line; the newline before that marker belongs to the file.
 *
 * <p>{@link #build} runs {@link Build#run} in this JVM with Git dates off; output goes to {@code public/}
 * beside {@code content/}. Immutable: the {@code with…} methods return a new fixture.
 */
public final class SiteFixture {
    private final Map<String, byte[]> files;
    private final String baseUrl;

    private SiteFixture(Map<String, byte[]> files, String baseUrl) {
        this.files = files;
        this.baseUrl = baseUrl;
    }

    /** A site from a text block of {@code -- path --} sections. Text before the first marker is ignored. */
    public static SiteFixture of(String txtar) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            String name = marker(line);
            if (name != null) {
                if (path != null) files.put(path, text.toString().getBytes(StandardCharsets.UTF_8));
                path = name;
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path != null) {
            String t = text.toString();
            if (txtar.endsWith("\n") && t.endsWith("\n")) t = t.substring(0, t.length() - 1);
            files.put(path, t.getBytes(StandardCharsets.UTF_8));
        }
        return new SiteFixture(files, null);
    }

    private static String marker(String line) {
        if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) return line.substring(3, line.length() - 3);
        return null;
    }

    /** This site plus (or with a replaced) file of any bytes: GBK text, a PNG, random binary. */
    public SiteFixture withBytes(String path, byte[] bytes) {
        Map<String, byte[]> m = new LinkedHashMap<>(files);
        m.put(path, bytes.clone());
        return new SiteFixture(m, baseUrl);
    }

    /** This site plus (or with a replaced) UTF-8 text file. */
    public SiteFixture withText(String path, String text) {
        return withBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** This site built with {@code --base-url}. */
    public SiteFixture withBaseUrl(String url) {
        return new SiteFixture(files, url);
    }

    /** The file paths of this site, in the order written. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** Writes the files under {@code dir} (creating folders) and returns {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Files.createDirectories(dir.resolve("content"));
        return dir;
    }

    /** The build options this fixture uses when written to {@code dir}. */
    public BuildOptions options(Path dir) {
        boolean ownTemplates = files.keySet().stream().anyMatch(p -> p.startsWith("templates/"));
        return new BuildOptions(dir.resolve("content"), ownTemplates ? dir.resolve("templates") : null,
                dir.resolve("public"), baseUrl, false, false);
    }

    /**
     * Writes the site under {@code dir} and builds it into {@code dir/public}.
     *
     * @throws BuildFailedException when the content has errors (see {@link #buildFails})
     */
    public Built build(Path dir) throws IOException {
        writeTo(dir);
        BuildOptions o = options(dir);
        BuildResult r = Build.run(o);
        return new Built(r, o.out());
    }

    /** Writes the site under {@code dir}, builds it, and returns the build's errors; fails when it builds. */
    public BuildFailedException buildFails(Path dir) throws IOException {
        writeTo(dir);
        try {
            Build.run(options(dir));
        } catch (BuildFailedException e) {
            return e;
        }
        throw new AssertionError("the build was expected to fail but succeeded");
    }

    /** A finished build: its result and the output folder. */
    public record Built(BuildResult result, Path out) {

        /** Every problem reported (warnings only, since the build succeeded), formatted. */
        public List<String> problems() {
            return result.problems().stream().map(Problem::format).toList();
        }

        /** A built HTML page by its site-relative path, e.g. {@code 规程/井下作业.html}. */
        public Document page(String url) {
            Path file = out.resolve(url);
            if (!Files.isRegularFile(file)) throw new AssertionError("no page " + url + " in " + files());
            return parse(file);
        }

        /** Every built HTML page, site-relative path → document, sorted by path. */
        public Map<String, Document> pages() {
            Map<String, Document> m = new LinkedHashMap<>();
            for (String f : files()) if (f.endsWith(".html")) m.put(f, parse(out.resolve(f)));
            return m;
        }

        /** A built file's text (UTF-8). */
        public String text(String path) {
            try {
                return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Every file written, as site-relative paths with {@code /}, sorted. */
        public List<String> files() {
            try (Stream<Path> s = Files.walk(out)) {
                List<String> l = new ArrayList<>();
                s.filter(Files::isRegularFile).forEach(p -> l.add(out.relativize(p).toString().replace('\\', '/')));
                l.sort(null);
                return l;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Document parse(Path file) {
            try {
                return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
