package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.site.Page;

/**
 * What an article page of the sample site costs a reader on the intranet: its own CSS and JavaScript (everything its
 * {@code <link rel=stylesheet>}, {@code <script src>} and the stylesheets' {@code @import}/{@code url()} load) stays
 * within 60 KiB, and nothing is requested from outside the site.
 */
class PageWeightTest {
    static final long BUDGET = 60 * 1024;
    /** Elements whose attribute makes the browser fetch something as the page loads. */
    static final String FETCHED = "link[rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$][href], "
            + "script[src], img[src], iframe[src], embed[src], object[data], video[src], audio[src], source[src], "
            + "track[src], input[type=image][src]";
    private static final Pattern CSS_URL = Pattern.compile("@import\\s+(?:url\\()?\\s*['\"]?([^'\")\\s;]+)|url\\(\\s*['\"]?([^'\")]+)");

    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void buildSampleSite() throws IOException {
        out = tmp.resolve("public");
        result = Build.run(new BuildOptions(Path.of("content"), null, out, null, false, false));
    }

    @Test
    void everyArticlePageLoadsAtMost60KiBOfCssAndJavaScript() throws IOException {
        assertFalse(result.site().pages().isEmpty());
        for (Page p : result.site().pages()) {
            Path page = out.resolve(p.url());
            Set<Path> files = new LinkedHashSet<>();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("link[rel~=(?i)^stylesheet$][href], script[src]")) {
                Path f = local(page, e.hasAttr("src") ? e.attr("src") : e.attr("href"));
                files.add(f);
                if (f.toString().endsWith(".css")) files.addAll(cssImports(f));
            }
            long bytes = 0;
            for (Path f : files) bytes += Files.size(f);
            assertTrue(bytes <= BUDGET, p.url() + " loads " + bytes + " bytes of CSS and JS: " + files);
            assertTrue(bytes > 0, p.url() + " loads no CSS or JS at all");
        }
    }

    @Test
    void noPageRequestsAnythingFromOutsideTheSite() throws IOException {
        List<String> outside = new ArrayList<>();
        List<Path> html;
        try (var s = Files.walk(out)) {
            html = s.filter(f -> f.toString().endsWith(".html")).toList();
        }
        for (Path page : html) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select(FETCHED)) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.hasAttr("data") ? e.attr("data") : e.attr("href");
                if (isOutside(ref)) outside.add(out.relativize(page) + ": " + e.outerHtml());
            }
            for (Element style : doc.select("style")) {
                for (String ref : urls(style.data())) if (isOutside(ref)) outside.add(out.relativize(page) + ": " + ref);
            }
        }
        try (var s = Files.walk(out)) {
            for (Path css : s.filter(f -> f.toString().endsWith(".css")).toList()) {
                for (String ref : urls(Files.readString(css))) if (isOutside(ref)) outside.add(out.relativize(css) + ": " + ref);
            }
        }
        assertEquals(List.of(), outside);
    }

    /** A reference a browser resolves to another host: a scheme other than data:, or a protocol-relative URL. */
    static boolean isOutside(String ref) {
        String r = ref.strip().toLowerCase(java.util.Locale.ROOT);
        return r.startsWith("//") || (r.matches("^[a-z][a-z0-9+.-]*:.*") && !r.startsWith("data:"));
    }

    private static Path local(Path page, String ref) {
        assertFalse(isOutside(ref), ref);
        String path = URLDecoder.decode(ref.replaceAll("[#?].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path f = page.getParent().resolve(path).normalize();
        assertTrue(f.startsWith(out) && Files.isRegularFile(f), page + " refers to missing " + ref);
        return f;
    }

    private static List<Path> cssImports(Path css) throws IOException {
        List<Path> out = new ArrayList<>();
        Matcher m = Pattern.compile("@import\\s+(?:url\\()?\\s*['\"]?([^'\")\\s;]+)").matcher(Files.readString(css));
        while (m.find()) {
            Path f = local(css, m.group(1));
            out.add(f);
            out.addAll(cssImports(f));
        }
        return out;
    }

    private static List<String> urls(String css) {
        List<String> out = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }
}
