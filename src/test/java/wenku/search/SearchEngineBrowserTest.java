package wenku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import wenku.testing.Browser;

/**
 * The search engine as a reader's browser runs it: an index written by {@link SearchIndex} from documents made
 * inline here, the real client ({@code templates/assets/search.js}), a page opened from disk with
 * {@code file://} under the theme's Content-Security-Policy. Each test asks {@code wenkuSearch.search} and
 * checks what comes back: which documents, in which order, linking where, with what highlighted.
 */
class SearchEngineBrowserTest {
    private static Path site;
    private static Browser browser;

    @BeforeAll
    static void writeSiteAndOpenIt() throws IOException {
        Browser.assumeInstalled();
        site = Files.createTempDirectory("wenku-search-test-");
        SearchIndex.Summary summary = SearchIndex.write(documents(), site);
        assertEquals(documents().size(), summary.documents());
        Files.createDirectories(site.resolve("assets"));
        Files.copy(Path.of("templates/assets/search.js"), site.resolve("assets/search.js"));
        Files.copy(Path.of("templates/assets/search.css"), site.resolve("assets/search.css"));
        Files.writeString(site.resolve("index.html"), """
                <!doctype html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
                <meta name="wenku-root" content="./">
                <title>测试</title>
                <script src="assets/search.js" defer></script>
                </head>
                <body><form class="search-form" action="search.html" role="search"><input type="search" name="q" id="search-input"></form></body>
                </html>
                """, StandardCharsets.UTF_8);
        browser = Browser.start();
        browser.open(site.resolve("index.html"));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static SearchDocument.Block block(String anchor, String text) {
        return new SearchDocument.Block(anchor, anchor, text);
    }

    private static SearchDocument doc(String url, String title, String section, String date, String lawKey, boolean latest,
                                      SearchDocument.Block... blocks) {
        return new SearchDocument(url, title, null, List.of(section), section, section.equals("案例") ? "案例" : null,
                date == null ? null : LocalDate.parse(date), lawKey, latest, List.of(blocks));
    }

    static List<SearchDocument> documents() {
        List<SearchDocument> docs = new ArrayList<>();
        // exact phrases: whole in one paragraph, split across paragraphs, blocks and documents
        docs.add(doc("a/whole.html", "关于加强管理的通知", "a", "2020-01-01", null, true,
                block("", "各单位：\n为进一步做好工作，生产经营单位应当建立台账。")));
        docs.add(doc("a/paragraphs.html", "工作要点", "a", "2020-01-02", null, true,
                block("", "一是抓好生产经营\n单位应当落实责任。")));
        docs.add(doc("a/blocks.html", "检查办法", "a", "2020-01-03", null, true,
                block("第一条", "第一条 本办法适用于生产经营"), block("第二条", "第二条 单位应当配合检查。")));
        docs.add(doc("a/docs1.html", "甲文", "a", "2020-01-04", null, true, block("", "内容涉及生产经营")));
        docs.add(doc("a/docs2.html", "乙文", "a", "2020-01-05", null, true, block("", "单位应当遵守规定")));
        // the law, in two versions, its implementing regulation, and a text that cites it many times
        List<SearchDocument.Block> law = new ArrayList<>();
        law.add(block("", "2002年6月29日通过"));
        for (int i = 1; i <= 25; i++) {
            String n = ArticleName.of(i);
            law.add(block("第" + n + "条", "第" + n + "条 生产经营单位必须遵守第" + n + "项规定，做好安全工作。"));
        }
        docs.add(doc("law/安全生产法(2014-08-31).html", "中华人民共和国安全生产法", "law", "2014-08-31", "law/安全生产法", false,
                law.toArray(new SearchDocument.Block[0])));
        docs.add(doc("law/安全生产法(2021-06-10).html", "中华人民共和国安全生产法", "law", "2021-06-10", "law/安全生产法", true,
                law.toArray(new SearchDocument.Block[0])));
        docs.add(doc("law/安全生产法实施条例.html", "安全生产法实施条例", "law", "2015-01-01", null, true,
                block("第一条", "第一条 根据《中华人民共和国安全生产法》，制定本条例。")));
        docs.add(doc("a/cites.html", "学习安全生产法的体会", "a", "2022-01-01", null, true,
                block("", "安全生产法很重要，要求全员参与。")));
        docs.add(doc("a/mentions.html", "年度工作总结", "a", "2023-01-01", null, true,
                block("", "安全生产法很重要。安全生产法要求全员参与。我们要学习安全生产法，宣传安全生产法。")));
        // title boost
        docs.add(doc("a/chem-title.html", "危险化学品安全管理条例", "a", "2011-03-02", null, true,
                block("第一条", "第一条 为了加强管理，制定本条例。")));
        docs.add(doc("a/chem-body.html", "仓库管理规定", "a", "2019-01-01", null, true,
                block("", "危险化学品入库前检查。危险化学品分类存放。危险化学品出库登记。危险化学品专人管理。")));
        // letters, digits, names, a case in its own section and category
        docs.add(doc("std/防爆.html", "防爆电气设备", "std", "2010-01-01", null, true,
                block("", "本规定依据GB 3836.1-2010执行，ISO标准另行规定。")));
        docs.add(doc("案例/张三.html", "张三诉某公司案", "案例", "2019-05-05", null, true,
                block("裁判要点", "张三在生产经营活动中受伤，法院判决赔偿。")));
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> search(String q, Map<String, Object> opts) {
        Object r = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "window.wenkuSearch.search(arguments[0], arguments[1]).then(done, function (e) { done({error: String(e)}); });",
                q, opts);
        Map<String, Object> res = (Map<String, Object>) r;
        assertFalse(res.containsKey("error"), String.valueOf(res.get("error")));
        return res;
    }

    private static Map<String, Object> search(String q) {
        return search(q, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> res) {
        return (List<Map<String, Object>>) res.get("results");
    }

    /** Result URLs relative to the site, decoded, e.g. {@code law/安全生产法(2021-06-10).html#第二十条}. */
    private static List<String> urls(String q) {
        List<String> out = new ArrayList<>();
        String root = site.toUri().toString();
        for (Map<String, Object> r : results(search(q))) {
            String u = URLDecoder.decode((String) r.get("url"), StandardCharsets.UTF_8);
            String rootDecoded = URLDecoder.decode(root, StandardCharsets.UTF_8);
            out.add(u.startsWith(rootDecoded) ? u.substring(rootDecoded.length()) : u);
        }
        return out;
    }

    private static String page(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    @Test
    void aPhraseMatchesOnlyWhereItStandsWholeInOneParagraph() {
        Map<String, Object> res = search("生产经营单位应当");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> r : results(res)) found.add(page(URLDecoder.decode((String) r.get("url"), StandardCharsets.UTF_8)));
        assertTrue(found.get(0).endsWith("a/whole.html"), found.toString());
        assertTrue(found.stream().noneMatch(u -> u.endsWith("paragraphs.html") || u.endsWith("blocks.html")
                || u.endsWith("docs1.html") || u.endsWith("docs2.html")), "split phrases must not match: " + found);
        String excerpt = (String) results(res).get(0).get("excerptHtml");
        assertTrue(excerpt.contains("<mark>生产经营单位应当</mark>"), excerpt);
    }

    @Test
    void aTitleMatchRanksAboveTheSameWordsInTheText() {
        List<String> u = urls("危险化学品");
        assertEquals("a/chem-title.html", page(u.get(0)), u.toString());
        assertEquals("a/chem-body.html", page(u.get(1)), u.toString());
    }

    @Test
    void theShortNameOfALawFindsItsNewestVersionFirst() {
        List<String> u = urls("安全生产法");
        assertEquals("law/安全生产法(2021-06-10).html", page(u.get(0)), u.toString());
        assertEquals("law/安全生产法(2014-08-31).html", page(u.get(1)), u.toString());
        // then the other titles that hold the name, then texts that only mention it
        assertEquals(java.util.Set.of("law/安全生产法实施条例.html", "a/cites.html"), java.util.Set.of(page(u.get(2)), page(u.get(3))));
        assertEquals("a/mentions.html", page(u.get(4)), u.toString());
        assertEquals("中华人民共和国安全生产法", results(search("中华人民共和国安全生产法")).get(0).get("title"));
    }

    @Test
    void anArticleReferenceLeadsToTheArticleOfTheNewestVersion() {
        for (String q : List.of("安全生产法第二十条", "安全生产法 第20条", "安全生产法　第２０条", "第二十条 安全生产法")) {
            assertEquals("law/安全生产法(2021-06-10).html#第二十条", urls(q).get(0), q);
        }
        Map<String, Object> top = results(search("安全生产法 第二十条")).get(0);
        assertEquals("第二十条", top.get("label"));
        assertTrue(((String) top.get("excerptHtml")).contains("遵守第二十项规定"), (String) top.get("excerptHtml"));
    }

    @Test
    void pinyinOfATitleFindsItInFullOrByInitials() {
        assertEquals("law/安全生产法(2021-06-10).html", page(urls("anquanshengchanfa").get(0)));
        assertEquals("law/安全生产法(2021-06-10).html", page(urls("aqscf").get(0)));
        assertEquals("a/chem-title.html", page(urls("weixianhuaxuepin").get(0)));
    }

    @Test
    void lettersDigitsAndFullWidthFormsMatchAlike() {
        assertEquals("std/防爆.html", page(urls("GB 3836").get(0)));
        assertEquals("std/防爆.html", page(urls("ＧＢ３８３６").get(0)));
        assertEquals("std/防爆.html", page(urls("iso").get(0)));
        assertEquals("std/防爆.html", page(urls("2010").get(0)));
    }

    @Test
    void anySubstringIsFoundEvenASingleCharacterOrAName() {
        assertEquals("案例/张三.html#裁判要点", urls("张三").get(0));
        assertTrue(urls("赔").stream().anyMatch(u -> u.startsWith("案例/张三.html")));
    }

    @Test
    void everyTermOfAQueryMustBeThere() {
        List<String> u = urls("生产经营 判决");
        assertEquals(List.of("案例/张三.html#裁判要点"), u);
        Map<String, Object> res = search("生产经营 判决");
        assertEquals(1L, res.get("total"));
    }

    @Test
    void filtersBySectionAndCategory() {
        Map<String, Object> all = search("生产经营");
        Map<String, Object> law = search("生产经营", Map.of("section", "law"));
        assertTrue(((Number) all.get("total")).longValue() > ((Number) law.get("total")).longValue());
        for (Map<String, Object> r : results(law)) assertEquals("law", r.get("sectionId"));
        Map<String, Object> cases = search("生产经营", Map.of("category", "案例"));
        assertEquals(1L, cases.get("total"));
        assertNotNull(all.get("sections"));
    }

    @Test
    void noResultSaysSoAndSuggestsTheNearestTitles() {
        Map<String, Object> res = search("量子纠缠");
        assertEquals(0L, res.get("total"));
        assertTrue(results(res).isEmpty());
        Map<String, Object> typo = search("安全生产发");
        assertEquals(Boolean.FALSE, typo.get("exact"));
        @SuppressWarnings("unchecked")
        List<String> suggestions = (List<String>) typo.get("suggestions");
        assertTrue(suggestions.contains("安全生产法"), suggestions.toString());
    }

    @Test
    void queriesAreParsedIntoTermsAndArticleReferences() {
        assertEquals("第二十条", parse("安全生产法第20条").get("article"));
        assertEquals("第一百一十条", parse("第110条").get("article"));
        assertEquals("第一百零五条", parse("第105条").get("article"));
        assertEquals("第十条", parse("第10条").get("article"));
        assertEquals("第二十条之一", parse("刑法第二十条之一").get("article"));
        assertNull(parse("本条例第五十六条").get("article"), "a text citing itself: a phrase, not an article of a law called 本条例");
        assertNull(parse("依照本法第十条").get("article"));
        assertEquals("第二条", parse("劳动合同法 第二条").get("article"), "合同法 ends with 同法, but names a law");
        assertEquals("第二十条", parse("基本法第二十条").get("article"), "基本法 ends with 本法, but names a law");
        assertEquals(null, parse("竞争法第十条第三").get("article"), "an article inside a longer phrase is part of the phrase");
        assertEquals("安全生产法", parse("中华人民共和国安全生产法 第二十条").get("name").toString().substring(7));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String q) {
        return (Map<String, Object>) browser.script("return window.wenkuSearch.parseQuery(arguments[0]);", q);
    }

    /** 第N条 names as the theme writes them (no dependency on wenku.law here). */
    static final class ArticleName {
        private static final String D = "零一二三四五六七八九";

        static String of(int n) {
            if (n < 10) return String.valueOf(D.charAt(n));
            if (n < 20) return "十" + (n % 10 == 0 ? "" : D.charAt(n % 10));
            return D.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(D.charAt(n % 10)));
        }
    }
}
