package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wenku.search.SearchDocument;
import wenku.testing.SiteFixture;
import wenku.testing.SiteFixture.Built;

/** Laws as first-class documents, end to end on a small inline site: what a reader sees in the built pages. */
class LawPagesTest {
    private static Built site;

    @BeforeAll
    static void build() {
        site = SiteFixture.build("""
                -- content/法律/安全生产法(2014-08-31).md --
                # 中华人民共和国安全生产法

                2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过

                2014年8月31日 第十二届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国安全生产法〉的决定》第二次修正

                <!-- INFO END -->

                ## 第一章 总则

                第一条 为了加强安全生产工作，防止和减少生产安全事故，制定本法。

                第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。

                ## 第二章 生产经营单位的安全生产保障

                第三条 生产经营单位的主要负责人对本单位的安全生产工作全面负责。

                第四条 违反本法第三条规定的，责令限期改正。
                -- content/法律/安全生产法(2021-06-10).md --
                # 中华人民共和国安全生产法

                2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过

                2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国安全生产法〉的决定》第三次修正

                <!-- INFO END -->

                ## 第一章 总则

                ### 第一节 一般规定

                第一条 为了加强安全生产工作，防止和减少生产安全事故，保障人民群众生命和财产安全，制定本法。

                第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。

                ### 第二节 方针

                第三条 安全生产工作坚持中国共产党的领导。

                ## 第二章 生产经营单位的安全生产保障

                第四条 生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。

                第四条之一 生产经营单位应当建立全员安全生产责任制。

                第五条 违反本法第四条规定的，责令限期改正。

                > 第九十九条 这是引用的别的法律的条文，不是本法的条文。
                -- content/案例/某矿事故案.md --
                # 某矿事故案

                ## 裁判理由

                依照《中华人民共和国安全生产法》第四条第一款、第五条，以及《安全生产法》的规定处理；
                《汽车销售合同》第七条约定的内容与本案无关。《中华人民共和国合同法》已经废止。
                -- content/案例/旧案(2016-05-01).md --
                # 旧案

                当时适用《安全生产法》第三条。
                -- content/学习/笔记.md --
                # 学习笔记

                没有条文的普通文章。
                """);
    }

    @Test
    void articlesHaveAnchorsNumericAliasesAndALinkOnTheirNumber() {
        Document law = site.html("法律/安全生产法(2021-06-10).html");
        Element art = law.getElementById("第四条");
        assertNotNull(art);
        assertEquals("p", art.tagName());
        assertEquals("第四条", art.attr("data-article"));
        assertNotNull(art.selectFirst("#art-4"), "numeric alias inside the article");
        Element number = art.selectFirst("a.article-num");
        assertEquals("#第四条", number.attr("href"));
        assertEquals("第四条", number.text());
        assertTrue(art.text().startsWith("第四条 生产经营单位的主要负责人"), art.text());
        Element zhi = law.getElementById("第四条之一");
        assertNotNull(zhi, "之一 articles have their own anchor");
        assertNotNull(zhi.selectFirst("#art-4-1"));
        assertNull(law.getElementById("第九十九条"), "an article quoted in a block quote is not an article of this law");
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条", "第四条之一", "第五条"),
                law.select(".article-body p[data-article]").eachAttr("id"));
    }

    @Test
    void theInfoLinesBecomeAHistoryBlock() {
        Document law = site.html("法律/安全生产法(2021-06-10).html");
        List<Element> items = law.select(".law-history li");
        assertEquals(2, items.size());
        assertEquals("2002年6月29日", items.get(0).selectFirst("time").text());
        assertEquals("2002-06-29", items.get(0).selectFirst("time").attr("datetime"));
        assertEquals("通过", items.get(0).selectFirst(".law-kind").text());
        assertEquals("修正", items.get(1).selectFirst(".law-kind").text());
        assertFalse(law.selectFirst(".article-body").text().contains("2002年6月29日"), "not loose paragraphs of the body");
        assertFalse(law.html().contains("INFO END"));
    }

    @Test
    void theOutlineNestsSectionsInChaptersWithTheirArticlesAndAGoToBox() {
        Document law = site.html("法律/安全生产法(2021-06-10).html");
        Element outline = law.selectFirst("aside.law-aside .law-outline-list");
        assertEquals(List.of("第一章 总则", "第二章 生产经营单位的安全生产保障"),
                outline.select(":root > li > details > summary > a, :root > li > a").eachText());
        Element chapter1 = outline.selectFirst("li.law-章");
        assertEquals(List.of("#第一节-一般规定", "#第二节-方针"), chapter1.select("li.law-节 > a").eachAttr("href"));
        assertEquals("第一至三条", chapter1.selectFirst("summary .law-range").text());
        assertEquals("第一至二条", chapter1.selectFirst("li.law-节 .law-range").text());
        assertEquals("#第一章-总则", chapter1.selectFirst("summary a").attr("href"));
        assertNotNull(law.getElementById("第一章-总则"), "the outline links to the chapter heading");
        assertNotNull(law.selectFirst("form.goto-article input#goto-article"));
        assertNotNull(law.selectFirst("script[src$=assets/law.js]"));

        Document plain = site.html("学习/笔记.html");
        assertNull(plain.selectFirst(".goto-article"), "no go-to box on a page without articles");
        assertNull(plain.selectFirst("script[src$=assets/law.js]"));
    }

    @Test
    void versionsAreListedOnceAndSwitchable() {
        Document section = site.html("法律/index.html");
        assertEquals(List.of("中华人民共和国安全生产法"), section.select(".page-list .page-title").eachText(),
                "the law is listed once, by its newest version");
        assertEquals("../法律/安全生产法(2021-06-10).html", section.selectFirst(".page-list .page-title").attr("href"));
        assertEquals("2个版本", section.selectFirst(".page-list .page-versions").text());

        Document newest = site.html("法律/安全生产法(2021-06-10).html");
        assertNull(newest.selectFirst(".law-notice"), "the newest text carries no notice");
        assertEquals(List.of("2014年8月31日", "2021年6月10日"), newest.select(".law-versions time").eachText());
        assertEquals("2021年6月10日", newest.selectFirst(".law-versions strong[aria-current]").text());

        Document older = site.html("法律/安全生产法(2014-08-31).html");
        Element notice = older.selectFirst(".law-notice a.law-newest-link");
        assertEquals("../法律/安全生产法(2021-06-10).html", notice.attr("href"));
        // the script sends the reader to the same article in the newest text: article 3 of 2014 became article 4
        assertEquals("第四条", older.getElementById("第三条").attr("data-newer"));
        assertEquals("第五条", older.getElementById("第四条").attr("data-newer"));
        assertEquals("第一条", older.getElementById("第一条").attr("data-newer"));
    }

    @Test
    void aComparisonPageShowsAddedChangedAndRenumberedArticles() {
        Document newest = site.html("法律/安全生产法(2021-06-10).html");
        String href = newest.selectFirst("a.law-compare-link").attr("href");
        assertEquals("../法律/安全生产法-版本对照-2014-08-31-2021-06-10.html", href);
        Document cmp = site.html("法律/安全生产法-版本对照-2014-08-31-2021-06-10.html");
        assertEquals("中华人民共和国安全生产法", cmp.selectFirst("h1").text());
        Element added = cmp.selectFirst(".cmp-row.cmp-added");
        assertEquals("— → 第三条 新增", added.selectFirst(".cmp-nums").text());
        assertEquals("安全生产工作坚持中国共产党的领导。", added.selectFirst("ins").text());
        Element renumbered = cmp.select(".cmp-row.cmp-changed").stream()
                .filter(r -> r.selectFirst(".cmp-nums").text().startsWith("第三条 → 第四条")).findFirst().orElseThrow();
        assertEquals("是本单位安全生产第一责任人，", renumbered.selectFirst("ins").text());
        assertEquals("../法律/安全生产法(2014-08-31).html#第三条", renumbered.selectFirst(".cmp-nums a").attr("href"));
        assertEquals(List.of("第二条 → 第二条 未修改"), cmp.select(".cmp-row.cmp-unchanged .cmp-nums").eachText());
        assertEquals("新增 2 条", cmp.selectFirst(".cmp-summary .cmp-added").text());
    }

    @Test
    void citationsLinkToTheLawAndTheArticleInTheVersionInForce() {
        Document c = site.html("案例/某矿事故案.html");
        List<Element> refs = c.select(".article-body a.law-ref");
        assertEquals(List.of("《中华人民共和国安全生产法》", "第四条第一款", "第五条", "《安全生产法》"), refs.stream().map(Element::text).toList());
        assertEquals("../法律/安全生产法(2021-06-10).html", refs.get(0).attr("href"));
        assertEquals("../法律/安全生产法(2021-06-10).html#第四条", refs.get(1).attr("href"));
        assertEquals("../法律/安全生产法(2021-06-10).html#第五条", refs.get(2).attr("href"));
        assertEquals("《安全生产法》第四条", refs.get(1).attr("title"));
        assertNull(c.selectFirst("a.law-ref:contains(汽车销售合同)"), "a contract is not a law");
        assertNull(c.selectFirst("a.law-ref:contains(合同法)"), "a law the site does not have is not linked");

        Document old = site.html("案例/旧案(2016-05-01).html");
        assertEquals("../法律/安全生产法(2014-08-31).html#第三条", old.selectFirst("a.law-ref:contains(第三条)").attr("href"),
                "a text of 2016 cites the version in force in 2016");

        Document law = site.html("法律/安全生产法(2021-06-10).html");
        assertEquals("#第四条", law.getElementById("第五条").selectFirst("a.law-ref").attr("href"), "本法第四条 links within the page");
    }

    @Test
    void aBareArticleNumberInALawLinksToThatLawsOwnArticle() {
        Built own = SiteFixture.build("""
                -- content/法规/矿山安全条例.md --
                # 矿山安全条例

                第一条 为了保障矿山安全，制定本条例。

                第二条 矿山企业应当建立安全生产责任制。

                第三条 违反第二条规定的，依照第一条处理；合同法第二条另有规定的，从其规定。

                第四条 本条例自公布之日起施行，第九十条的规定除外。
                -- content/法规/关于修改《矿山安全条例》的决定.md --
                # 国务院关于修改《矿山安全条例》的决定

                第一条 将依照第二条修改为依照第三条。

                第二条 本决定自公布之日起施行。

                第三条 其他。
                -- content/学习/心得.md --
                # 学习心得

                依照第二条，班组要开好班前会。
                """);
        Element third = own.html("法规/矿山安全条例.html").getElementById("第三条");
        List<Element> refs = third.select("a.law-ref");
        assertEquals(List.of("第二条", "第一条"), refs.stream().map(Element::text).toList(), third.outerHtml());
        assertEquals(List.of("#第二条", "#第一条"), refs.stream().map(e -> e.attr("href")).toList());
        assertEquals("《矿山安全条例》第二条", refs.get(0).attr("title"));
        Element fourth = own.html("法规/矿山安全条例.html").getElementById("第四条");
        assertNull(fourth.selectFirst("a.law-ref"), "the law has no 第九十条: nothing to link to");
        assertNull(own.html("法规/关于修改《矿山安全条例》的决定.html").selectFirst(".article-body a.law-ref"),
                "the bare numbers of a decision to amend are those of the amended law");
        assertNull(own.html("学习/心得.html").selectFirst(".article-body a.law-ref"), "outside laws a bare 第二条 is not linked");
    }

    @Test
    void aLawListsThePagesCitingItAndCasesAreAmongItsRelatedPages() {
        Document law = site.html("法律/安全生产法(2021-06-10).html");
        assertEquals(List.of("某矿事故案", "旧案"), law.select(".law-cited-by li > a").eachText(), "most citations first");
        assertEquals("4 处", law.selectFirst(".law-cited-by li .count").text());
        assertTrue(law.select(".related a").eachText().contains("某矿事故案"), law.select(".related").text());
        Document older = site.html("法律/安全生产法(2014-08-31).html");
        assertEquals(List.of("某矿事故案", "旧案"), older.select(".law-cited-by li > a").eachText(), "cited by is per law, all versions");
    }

    @Test
    void skippedAndRepeatedArticleNumbersAreReportedWithFileAndLine() {
        Built built = SiteFixture.build("""
                -- content/规章/考核办法.md --
                ---
                title: 考核办法
                ---
                # 考核办法

                第一条 为了规范考核，制定本办法。

                第二条 考核每年一次。

                第四条 本办法自印发之日起施行。

                第四条 本办法由安全部负责解释。

                第五条 附则。
                """);
        assertEquals(List.of(
                        "规章/考核办法.md:10:1: warning: laws: 第四条 appears twice (quote a repeated article with “”, or correct its number)",
                        "规章/考核办法.md:12:1: warning: laws: article numbers skip from 第二条 to 第四条 (is an article missing or misnumbered?)"),
                built.warnings().stream().map(wenku.problem.Problem::format).sorted().toList());
        assertTrue(site.warnings().isEmpty(), site.warnings().toString());
    }

    @Test
    void searchSeesOneLawWithItsVersions() {
        List<SearchDocument> docs = SearchDocuments.from(site.result().site());
        SearchDocument newest = docs.stream().filter(d -> d.url().equals("法律/安全生产法(2021-06-10).html")).findFirst().orElseThrow();
        SearchDocument older = docs.stream().filter(d -> d.url().equals("法律/安全生产法(2014-08-31).html")).findFirst().orElseThrow();
        assertEquals("法律/安全生产法", newest.lawKey());
        assertEquals(newest.lawKey(), older.lawKey());
        assertTrue(newest.latest());
        assertFalse(older.latest());
        assertTrue(newest.blocks().stream().anyMatch(b -> b.anchor().equals("第四条之一") && b.label().equals("第四条之一")));
        SearchDocument note = docs.stream().filter(d -> d.url().equals("学习/笔记.html")).findFirst().orElseThrow();
        assertNull(note.lawKey());
        assertTrue(note.latest());
    }
}
