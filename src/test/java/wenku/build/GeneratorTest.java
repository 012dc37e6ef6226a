package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wenku.problem.Problem;
import wenku.testing.SiteFixture;
import wenku.testing.SiteFixture.Built;

/** The generator end to end on small inline sites: what a reader sees in the built pages. */
class GeneratorTest {

    @Test
    void titleSubtitleAndDateComeFromHeadingsAndFileNameWithoutFrontMatter() {
        Built site = SiteFixture.build("""
                -- content/社会法/劳动法(2018-12-29).md --
                # 中华人民共和国劳动法

                # （2018年修正）

                第一条 为了保护劳动者的合法权益，制定本法。
                """);
        Document page = site.html("社会法/劳动法(2018-12-29).html");
        assertEquals("中华人民共和国劳动法", page.selectFirst("h1.article-title").text());
        assertEquals("（2018年修正）", page.selectFirst(".article-subtitle").text());
        assertEquals("2018年12月29日", page.selectFirst(".meta-date time").text());
        assertEquals("2018-12-29", page.selectFirst(".meta-date time").attr("datetime"));
        assertEquals(1, page.select("h1").size(), "the title is shown once, not repeated in the body");
        assertTrue(page.title().startsWith("中华人民共和国劳动法 - "));
    }

    @Test
    void frontMatterFieldsAppearOnTheArticlePage() {
        Built site = SiteFixture.build("""
                -- content/经验交流/四个着力点.md --
                ---
                title: 煤矿企业创建服务型党组织的四个着力点
                subtitle: 一个矿的实践
                date: 2014-08-09
                author: 刘士玉
                unit: 开滦集团东欢坨矿业分公司
                source: 中国煤炭工业 2014年第6期
                editor: 周琼
                category: 经验交流
                tags: [创先争优, 服务型党组织, 党员]
                keywords: [党建]
                flavour: 自定义字段
                ---

                开头一段。

                ## 抓住关键点，明确创建目标

                正文。

                ## 把握基本点

                正文二。
                """);
        Document page = site.html("经验交流/四个着力点.html");
        assertEquals("2014年8月9日", page.selectFirst(".meta-date").text());
        assertEquals("作者：刘士玉", page.selectFirst(".meta-author").text());
        assertEquals("作者单位：开滦集团东欢坨矿业分公司", page.selectFirst(".meta-unit").text());
        assertEquals("来源：中国煤炭工业 2014年第6期", page.selectFirst(".meta-source").text());
        assertEquals("（责任编辑：周琼）", page.selectFirst(".article-editor").text());
        assertEquals(List.of("创先争优", "服务型党组织", "党员", "党建"),
                page.select(".article-tags a.tag").eachText());
        assertEquals("../tags/创先争优.html", page.selectFirst(".article-tags a.tag").attr("href"));
        // headings get Chinese anchors and a TOC beside the text
        Element h2 = page.selectFirst(".article-body h2");
        assertEquals("抓住关键点-明确创建目标", h2.id());
        assertEquals(List.of("#抓住关键点-明确创建目标", "#把握基本点"), page.select(".toc a").eachAttr("href"));
        assertEquals("经验交流", page.selectFirst(".breadcrumbs a:last-child").text());
        assertNotNull(page.selectFirst(".meta-reading"));
    }

    @Test
    void linksBetweenNotesImagesAndAttachmentsAreRewrittenRelativeToThePage() {
        Built site = SiteFixture.build("""
                -- content/a/第一篇.md --
                # 第一篇
                见[第二篇](../b/第%20二%20篇.md#要点)，[附件](表格.xlsx)，![图](图片.svg)，[外部](https://example.org/x)。
                -- content/b/第 二 篇.md --
                # 第二篇
                ## 要点
                回到[第一篇](/a/第一篇.md)。
                -- content/a/表格.xlsx --
                not really a spreadsheet
                -- content/a/图片.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        Document a = site.html("a/第一篇.html");
        assertEquals("../b/第-二-篇.html#要点", a.selectFirst(".article-body a:contains(第二篇)").attr("href"));
        assertEquals("../a/表格.xlsx", a.selectFirst(".article-body a:contains(附件)").attr("href"));
        assertEquals("../a/图片.svg", a.selectFirst(".article-body img").attr("src"));
        Element external = a.selectFirst(".article-body a:contains(外部)");
        assertTrue(external.hasClass("external"));
        assertEquals("noopener noreferrer", external.attr("rel"));
        assertTrue(site.exists("a/表格.xlsx") && site.exists("a/图片.svg"));
        assertEquals("../a/第一篇.html", site.html("b/第-二-篇.html").selectFirst(".article-body p a").attr("href"));
        assertTrue(site.warnings().isEmpty(), site.warnings().toString());
    }

    @Test
    void brokenLinksAreReportedWithFileAndLine() {
        Built site = SiteFixture.build("""
                -- content/a.md --
                # 标题

                见[不存在](没有这篇.md)。
                """);
        List<Problem> w = site.warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("a.md:3:8: warning: links: link \"没有这篇.md\" points to nothing in the site (check the file name and path)",
                w.get(0).format());
    }

    @Test
    void rawHtmlIsReducedToSafeMarkupAndFrontMatterIsEscaped() {
        Built site = SiteFixture.build("""
                -- content/x.md --
                ---
                title: "<script>alert(1)</script>标题"
                ---
                <script>alert(2)</script>
                <img src=x onerror=alert(3)>
                [点我](javascript:alert(4))
                <iframe src="https://evil.example"></iframe>
                """);
        Document page = site.html("x.html");
        assertEquals("<script>alert(1)</script>标题", page.selectFirst("h1").text());
        assertTrue(page.select("main script, main iframe, [onerror]").isEmpty());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertEquals(1, page.select("script").size(), "only the site's own script");
    }

    @Test
    void taxonomiesHaveIndexAndTermPagesWithCounts() {
        Built site = SiteFixture.build("""
                -- content/a.md --
                ---
                title: 甲
                date: 2024-01-02
                category: 规章制度
                tags: [安全, 培训]
                author: 张三
                unit: 一矿
                ---
                -- content/b.md --
                ---
                title: 乙
                date: 2024-03-04
                category: 规章制度
                tags: [安全]
                author: [张三, 李四]
                ---
                """);
        Document tags = site.html("tags/index.html");
        assertEquals(List.of("安全 2", "培训 1"), tags.select(".terms li").eachText());
        Document safety = site.html("tags/安全.html");
        assertEquals(List.of("乙", "甲"), safety.select(".page-list .page-title").eachText(), "newest first");
        assertEquals(List.of("张三 2", "李四 1"), site.html("authors/index.html").select(".terms li").eachText());
        assertEquals(List.of("一矿 1"), site.html("units/index.html").select(".terms li").eachText());
        assertEquals(List.of("规章制度 2"), site.html("categories/index.html").select(".terms li").eachText());
    }

    @Test
    void sectionsAreListedNewestFirstAndPaginated() {
        StringBuilder sb = new StringBuilder("-- content/site.yml --\npaginate: 2\n-- content/规程/_index.md --\n---\ntitle: 安全规程\n---\n规程简介。\n");
        for (int i = 1; i <= 5; i++) {
            sb.append("-- content/规程/第").append(i).append("篇.md --\n---\ntitle: 第").append(i)
                    .append("篇\ndate: 2024-01-0").append(i).append("\n---\n正文\n");
        }
        Built site = SiteFixture.build(sb.toString());
        Document first = site.html("规程/index.html");
        assertEquals("安全规程", first.selectFirst("h1").text());
        assertEquals("规程简介。", first.selectFirst(".section-intro").text());
        assertEquals(List.of("第5篇", "第4篇"), first.select(".page-title").eachText());
        assertEquals(List.of("1", "2", "3"), first.select(".pager a, .pager span").eachText().stream()
                .filter(s -> s.matches("\\d")).collect(Collectors.toList()));
        assertEquals(List.of("第1篇"), site.html("规程/index-3.html").select(".page-title").eachText());
        // previous / next follow the list order
        Document p3 = site.html("规程/第3篇.html");
        assertEquals("第4篇", p3.selectFirst(".prev-next .prev").ownText());
        assertEquals("第2篇", p3.selectFirst(".prev-next .next").ownText());
        // the navigation shows the section with its title
        assertEquals("安全规程", site.html("index.html").selectFirst(".site-nav a[href='规程/index.html']").text());
    }

    @Test
    void subPathSitesUseRelativeLinksAndAbsoluteFeedUrls() {
        Built site = SiteFixture.build("""
                -- content/a/b.md --
                ---
                title: 深层页面
                date: 2024-05-01
                ---
                正文
                """, "/kb/");
        Document page = site.html("a/b.html");
        assertEquals("../assets/site.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../index.html", page.selectFirst(".brand").attr("href"));
        assertEquals("/kb/a/b.html", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(site.text("sitemap.xml").contains("<loc>/kb/a/b.html</loc>"));
        assertTrue(site.text("feed.xml").contains("<link href=\"/kb/a/b.html\"/>"));
    }

    @Test
    void homePageShowsNewestSectionsAndTags() {
        Built site = SiteFixture.build("""
                -- content/site.yml --
                title: 测试文库
                description: 学习资料汇编
                -- content/甲/旧.md --
                ---
                title: 旧文
                date: 2020-01-01
                tags: [安全]
                ---
                -- content/乙/新.md --
                ---
                title: 新文
                date: 2024-01-01
                tags: [安全]
                ---
                """);
        Document home = site.html("index.html");
        assertEquals("测试文库", home.title());
        assertEquals(List.of("新文", "旧文"), home.select(".home-newest .page-title").eachText());
        assertEquals(List.of("甲 1", "乙 1"), home.select(".home-sections li").eachText());
        assertEquals("安全 2", home.selectFirst(".home-tags li").text());
        assertTrue(site.exists("404.html") && site.exists("search.html") && site.exists("feed.xml"));
    }

    @Test
    void siteTemplatesOverrideTheDefaultThemeFileByFile() {
        Built site = SiteFixture.build("""
                -- templates/404.ftlh --
                <p id="custom">自定义 ${site.title}</p>
                -- content/a.md --
                # 甲
                """);
        assertEquals("自定义 文库", site.html("404.html").selectFirst("#custom").text());
        assertNotNull(site.html("a.html").selectFirst("h1.article-title"), "other templates still come from the default theme");
    }

    @Test
    void markdownExtensionsRender() {
        Built site = SiteFixture.build("""
                -- content/a.md --
                # 扩展

                | 项目 | 数量 |
                |---|---|
                | 隐患 | 3 |

                ~~删除~~ 脚注[^1]

                - [x] 已完成
                - [ ] 未完成

                术语
                : 定义

                !!! note "提示"
                    注意安全。

                [^1]: 脚注内容。
                """);
        Document p = site.html("a.html");
        assertEquals("隐患", p.selectFirst(".article-body table td").text());
        assertNotNull(p.selectFirst(".article-body del, .article-body s"));
        assertEquals(2, p.select(".article-body input[type=checkbox]").size());
        assertEquals("定义", p.selectFirst(".article-body dd").text());
        assertTrue(p.selectFirst(".article-body .adm-block").text().contains("注意安全"));
        assertTrue(p.selectFirst(".article-body .footnotes").text().contains("脚注内容"));
    }

    @Test
    void softLineBreaksBetweenChineseCharactersDoNotBecomeSpaces() {
        Built site = SiteFixture.build("""
                -- content/a.md --
                # 标题

                第一行文字
                第二行文字 and English
                words here
                """);
        assertEquals("第一行文字第二行文字 and English words here", site.html("a.html").selectFirst(".article-body p").text());
    }

    @Test
    void twoPagesWithTheSameUrlAreReportedNotOverwritten() {
        List<Problem> problems = SiteFixture.buildFailing("""
                -- content/a b.md --
                # 一
                -- content/a-b.md --
                # 二
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).format().startsWith("a-b.md: error: urls: would be written to a-b.html, which a b.md already uses"),
                problems.get(0).format());
    }

    @Test
    void frontMatterErrorsAreAllReportedWithLinesAndPreviousOutputStays() throws Exception {
        java.nio.file.Path dir = SiteFixture.write("""
                -- content/a.md --
                # 好的
                """);
        SiteFixture.buildIn(dir, null);
        String before = java.nio.file.Files.readString(dir.resolve("public/a.html"));
        java.nio.file.Files.writeString(dir.resolve("content/b.md"), "---\ntitle: 乙\ndate: 明天\n---\n");
        java.nio.file.Files.writeString(dir.resolve("content/c.md"), "---\ntitle: 丙\nweight: 很重\n");
        try {
            Build.run(new BuildOptions(dir.resolve("content"), null, dir.resolve("public"), null, false, false));
            throw new AssertionError("expected failure");
        } catch (wenku.problem.BuildFailedException e) {
            List<String> msgs = e.problems().stream().map(Problem::format).toList();
            assertEquals(List.of(
                    "b.md:3:1: error: front matter: date \"明天\" is not a date (write 2024-05-01)",
                    "c.md:1:1: error: front matter: front matter opened with --- is never closed (add a line with --- after the last key)"),
                    msgs);
            assertTrue(e.getMessage().contains("  1. b.md:3:1"), e.getMessage());
        }
        assertEquals(before, java.nio.file.Files.readString(dir.resolve("public/a.html")), "previous output intact");
        assertFalse(java.nio.file.Files.exists(dir.resolve("public/b.html")));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        String txt = """
                -- content/site.yml --
                title: 确定性
                -- content/a.md --
                ---
                title: 甲
                date: 2024-01-01
                tags: [安全, 培训]
                ---
                正文 ## 甲
                -- content/b/c.md --
                # 丙
                相关：安全培训
                """;
        Built one = SiteFixture.build(txt);
        Built two = SiteFixture.build(txt);
        assertEquals(one.files(), two.files());
        for (String f : one.files()) {
            assertEquals(one.text(f), two.text(f), f);
        }
    }

    @Test
    void draftsAreNotBuilt() {
        Built site = SiteFixture.build("""
                -- content/a.md --
                ---
                title: 草稿
                draft: true
                ---
                -- content/b.md --
                # 正式
                """);
        assertFalse(site.exists("a.html"));
        assertTrue(site.exists("b.html"));
        assertNull(site.html("index.html").selectFirst(".page-title:contains(草稿)"));
    }
}
