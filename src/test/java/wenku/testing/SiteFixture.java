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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.build.BuildResult;
import wenku.problem.BuildFailedException;
import wenku.problem.Problem;

/**
 * A whole small site written inline in a test, as Hugo's integration tests do:
 *
 * <pre>{@code
 * Built site = SiteFixture.build("""
 *     -- content/site.yml --
 *     title: 测试文库
 *     -- content/安全/规程.md --
 *     # 规程
 *     第一条　……
 *     """);
 * Document page = site.html("安全/规程.html");
 * }</pre>
 *
 * <p>Sections start with a line {@code -- relative/path --}; everything up to the next such line is the file's
 * text (UTF-8). Paths under {@code content/} are the content folder, under {@code templates/} the site's own
 * templates (overriding the default theme). The site is built into {@code public/} of a fresh temporary folder,
 * which is deleted when the test JVM exits.
 */
public final class SiteFixture {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SiteFixture::deleteCreated, "wenku-site-fixture-cleanup"));
    }

    private SiteFixture() {
    }

    private static void deleteCreated() {
        List<Path> dirs;
        synchronized (CREATED) {
            dirs = new ArrayList<>(CREATED);
        }
        for (Path dir : dirs) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException e) {
                // a test left a file open or read-only: leave the rest of that folder in the temp folder
            }
        }
    }

    /** Writes the files of a text block into a fresh temporary folder and returns it. */
    public static Path write(String txtar) {
        try {
            Path dir = Files.createTempDirectory("wenku-site-");
            synchronized (CREATED) {
                CREATED.add(dir);
            }
            for (Map.Entry<String, String> e : parse(txtar).entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(dir.resolve("content"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(String txtar) {
        Map<String, String> files = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (name != null) files.put(name, text.toString());
                name = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) files.put(name, text.toString());
        return files;
    }

    /** Builds a site written as a text block; fails the test with every problem if the build fails. */
    public static Built build(String txtar) {
        return build(txtar, null);
    }

    /** Builds with a base URL (e.g. {@code /kb/}). */
    public static Built build(String txtar, String baseUrl) {
        Path dir = write(txtar);
        return buildIn(dir, baseUrl);
    }

    /** Builds the site in {@code dir} ({@code dir/content}, optional {@code dir/templates}) into {@code dir/public}. */
    public static Built buildIn(Path dir, String baseUrl) {
        Path templates = Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
        BuildOptions options = new BuildOptions(dir.resolve("content"), templates, dir.resolve("public"), baseUrl, false, false);
        try {
            return new Built(dir, Build.run(options));
        } catch (BuildFailedException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a site that is expected to fail and returns the problems it reported. */
    public static List<Problem> buildFailing(String txtar) {
        return buildFailingIn(write(txtar));
    }

    /**
     * Builds the site in {@code dir} (as {@link #buildIn}), expecting it to fail, and returns the problems it
     * reported. For sites with files a text block cannot hold: write the block with {@link #write}, add
     * GBK text or binary files, then call this.
     */
    public static List<Problem> buildFailingIn(Path dir) {
        BuildOptions options = new BuildOptions(dir.resolve("content"), null, dir.resolve("public"), null, false, false);
        try {
            Build.run(options);
        } catch (BuildFailedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the build was expected to fail but succeeded");
    }

    /** A built site. */
    public record Built(Path dir, BuildResult result) {
        public Path out() {
            return dir.resolve("public");
        }

        public boolean exists(String path) {
            return Files.isRegularFile(out().resolve(path));
        }

        /** The text of an output file. */
        public String text(String path) {
            try {
                return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An output HTML file, parsed. */
        public Document html(String path) {
            return Jsoup.parse(text(path), "");
        }

        /** Every output HTML file, path → parsed document, sorted by path. */
        public Map<String, Document> pages() {
            Map<String, Document> m = new LinkedHashMap<>();
            for (String f : files()) if (f.endsWith(".html")) m.put(f, html(f));
            return m;
        }

        /** Every output file path, relative and with {@code /}, sorted. */
        public List<String> files() {
            try (var s = Files.walk(out())) {
                List<String> out = new ArrayList<>();
                s.filter(Files::isRegularFile).forEach(p -> out.add(out().relativize(p).toString().replace('\\', '/')));
                out.sort(null);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<Problem> warnings() {
            return result.problems().stream().filter(p -> !p.isError()).toList();
        }
    }
}
