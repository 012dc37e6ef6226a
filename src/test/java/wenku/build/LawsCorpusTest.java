package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.problem.Problem;
import wenku.site.Page;

/** The end-to-end test: the real shared corpus of 1,584 law files, built as it is. */
class LawsCorpusTest {
    static final Path CORPUS = Path.of("../shared/corpus/laws");

    @TempDir
    static Path tmp;
    static BuildResult result;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not beside the repository");
        out = tmp.resolve("public");
        result = Build.run(new BuildOptions(CORPUS, null, out, "/laws/", false, false));
    }

    @Test
    void everyFileButTheSectionIndexesBecomesAPage() throws IOException {
        Set<String> sources = new TreeSet<>();
        try (Stream<Path> s = Files.walk(CORPUS)) {
            s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md"))
                    .forEach(p -> sources.add(CORPUS.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(1564, sources.size());
        Set<String> built = new TreeSet<>();
        for (Page p : result.site().pages()) {
            built.add(p.source());
            assertTrue(Files.isRegularFile(out.resolve(p.url())), p.url());
        }
        assertEquals(sources, built);
        assertEquals(0, result.errors());
    }

    @Test
    void noLinkInsideTheSiteIsBroken() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> html;
        try (Stream<Path> s = Files.walk(out)) {
            html = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(html.size() > 1600, "pages, section lists and taxonomy pages: " + html.size());
        for (Path file : html) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("#") || ref.contains("://") || ref.startsWith("mailto:") || e.is("link[rel=canonical]")) continue;
                String path = ref.replaceAll("[#?].*$", "");
                if (path.isEmpty()) continue;
                Path target = file.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(out) || !Files.exists(target)) broken.add(out.relativize(file) + " -> " + ref);
            }
        }
        assertEquals(List.of(), broken.subList(0, Math.min(20, broken.size())));
        List<Problem> linkWarnings = result.problems().stream().filter(p -> "links".equals(p.stage())).toList();
        assertEquals(List.of(), linkWarnings);
    }

    @Test
    void everyCitationAndComparisonLinkLandsOnTheArticleItNames() throws IOException {
        java.util.Map<Path, Set<String>> ids = new java.util.HashMap<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        List<Path> html;
        try (Stream<Path> s = Files.walk(out)) {
            html = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path file : html) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element a : doc.select("a.law-ref[href*=#], .cmp-nums a[href*=#], a.article-num")) {
                String href = a.attr("href");
                String path = href.substring(0, href.indexOf('#'));
                String id = URLDecoder.decode(href.substring(href.indexOf('#') + 1), StandardCharsets.UTF_8);
                Path target = path.isEmpty() ? file
                        : file.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
                Set<String> targetIds = ids.computeIfAbsent(target, t -> {
                    try {
                        return new java.util.HashSet<>(Jsoup.parse(t.toFile(), "UTF-8").select("[id]").eachAttr("id"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                checked++;
                if (!targetIds.contains(id)) missing.add(out.relativize(file) + " -> " + href);
            }
        }
        assertTrue(checked > 70_000, checked + " article links");
        assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())));
    }

    @Test
    void theArticlesAnchoredInThePagesAreTheArticlesCitationsAreResolvedAgainst() throws IOException {
        List<String> differ = new ArrayList<>();
        int articles = 0;
        for (Page p : result.site().pages()) {
            String source = Files.readString(CORPUS.resolve(p.source()), StandardCharsets.UTF_8);
            List<String> expected = wenku.law.LawText.parse(source).sequence().numbers().stream()
                    .map(wenku.law.ArticleNumber::anchor).toList();
            List<String> anchored = p.body().law().articles().stream().map(wenku.html.LawBody.ArticleAnchor::id).toList();
            articles += anchored.size();
            if (!expected.equals(anchored)) differ.add(p.source());
        }
        assertEquals(List.of(), differ);
        assertTrue(articles > 60_000, articles + " articles");
    }

    @Test
    void aLawWithSeveralVersionsIsListedOnceWithItsVersionCount() throws IOException {
        Document section = Jsoup.parse(out.resolve("社会法/index.html").toFile(), "UTF-8");
        List<String> titles = new ArrayList<>();
        for (int n = 1; Files.exists(out.resolve(n == 1 ? "社会法/index.html" : "社会法/index-" + n + ".html")); n++) {
            Document d = Jsoup.parse(out.resolve(n == 1 ? "社会法/index.html" : "社会法/index-" + n + ".html").toFile(), "UTF-8");
            titles.addAll(d.select(".page-list .page-title").eachText());
        }
        assertEquals(1, titles.stream().filter(t -> t.equals("中华人民共和国妇女权益保障法")).count(), titles.toString());
        assertEquals(new TreeSet<>(titles).size(), titles.size(), "no law twice");
        assertTrue(section.select(".page-versions").eachText().stream().allMatch(t -> t.matches("[23]个版本")));
        Document older = Jsoup.parse(out.resolve("社会法/妇女权益保障法(2018-10-26).html").toFile(), "UTF-8");
        assertEquals("../社会法/妇女权益保障法(2022-10-30).html", older.selectFirst(".law-notice a").attr("href"));
        assertTrue(Files.exists(out.resolve("社会法/妇女权益保障法-版本对照-2018-10-26-2022-10-30.html")));
    }

    @Test
    void lawPagesShowTitleAndArticlesAndSectionIndexKeysAreNotPrinted() throws IOException {
        Document law = Jsoup.parse(out.resolve("社会法/劳动法(2018-12-29).html").toFile(), "UTF-8");
        assertEquals("中华人民共和国劳动法", law.selectFirst("h1.article-title").text());
        assertEquals("2018年12月29日", law.selectFirst(".meta-date").text());
        assertTrue(law.selectFirst(".article-body").text().contains("第一条 为了保护劳动者的合法权益"));
        Document section = Jsoup.parse(out.resolve("社会法/index.html").toFile(), "UTF-8");
        assertTrue(!section.text().contains("bookCollapseSection"));
        assertEquals("社会法", section.selectFirst("h1").text());
    }
}
