package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.problem.Problem;
import wenku.testing.Browser;
import wenku.testing.SiteFixture;
import wenku.testing.StaticServer;

/**
 * Any file name a user can commit gives a working URL; names that would share a URL are reported; links,
 * images and symbolic links that lead out of the content folder are neither followed nor copied; nothing is
 * written outside the output folder.
 */
class PathsTest {
    /** File names (without .md) that must each become a page reachable by a link; title → name. */
    static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("空格", "带 空格 的 文件");
        m.put("井号", "C#语言入门");
        m.put("百分号", "完成率100%");
        m.put("百分号编码", "看似编码%20%41");
        m.put("问号", "为什么要戴安全帽?");
        m.put("全角", "全角（括号）与　全角空格，标点！");
        m.put("引号与符号", "a&b'c\"d<e>f");
        m.put("方括号", "[草稿]通知");
        m.put("加号", "C++与加号+号");
        m.put("分号逗号", "一;二,三=四@五");
        m.put("点号", "版本1.2.3");
        m.put("表情", "安全第一🚧");
        m.put("长名字", "安全生产".repeat(16) + "长"); // 3 × 65 = 195 bytes, + ".md" = 198 bytes
        m.put("保留名", "index");
        m.put("保留名二", "404");
        m.put("反斜杠", "反\\斜杠");
        return m;
    }

    static Path site(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("带 空格 的目录/子#目录"));
        StringBuilder index = new StringBuilder("---\ntitle: 目录页\n---\n");
        for (Map.Entry<String, String> e : names().entrySet()) {
            Files.writeString(content.resolve(e.getValue() + ".md"), "# " + e.getKey() + "\n\n正文。\n");
            String link = e.getValue().replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F")
                    .replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E").replace("[", "%5B")
                    .replace("]", "%5D").replace("\\", "%5C").replace("\"", "%22").replace("　", "%E3%80%80");
            index.append("- [").append(e.getKey()).append("](").append(link).append(".md)\n");
        }
        index.append("- [目录里](带%20空格%20的目录/子%23目录/深处%20文件.md)\n");
        Files.writeString(content.resolve("带 空格 的目录/子#目录/深处 文件.md"), "# 目录里\n\n![图片](../图%20片.png)\n");
        Files.write(content.resolve("带 空格 的目录/图 片.png"), PNG);
        Files.writeString(content.resolve("目录页.md"), index.toString());
        return dir;
    }

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    @Test
    void everyFileNameGivesAPageThatItsLinkReaches() throws Exception {
        SiteFixture.Built built = SiteFixture.buildIn(site(dir), null);
        Document index = built.html("目录页.html");
        List<Element> links = index.select(".article-body a[href]");
        assertEquals(names().size() + 1, links.size(), index.select(".article-body").html());
        for (Element a : links) {
            assertFalse(a.hasClass("broken"), a.outerHtml());
            String href = a.attr("href");
            String path = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
            int hash = path.indexOf('#');
            assertTrue(hash < 0, "no fragment expected in " + href);
            Document page = built.html(path);
            assertEquals(a.text(), page.selectFirst("h1.article-title").text(), href);
        }
        assertTrue(built.exists("带-空格-的目录/图-片.png") || built.files().stream().anyMatch(f -> f.endsWith(".png")),
                built.files().toString());
        for (String f : built.files()) {
            assertTrue(f.getBytes(StandardCharsets.UTF_8).length < 250, "output name too long: " + f);
            for (String segment : f.split("/")) {
                assertFalse(segment.contains("#") || segment.contains("?") || segment.contains("%") || segment.contains("\\"),
                        "segment " + segment + " of " + f);
            }
        }
    }

    @Test
    void inTheBrowserEveryLinkOpensItsPage() throws Exception {
        Browser.assumeInstalled();
        SiteFixture.Built built = SiteFixture.buildIn(site(dir), null);
        List<String> titles = new ArrayList<>(names().keySet());
        titles.add("目录里");
        try (StaticServer server = StaticServer.serve(built.out()); Browser browser = Browser.start()) {
            for (int i = 0; i < titles.size(); i++) {
                browser.open(server.url("目录页.html"));
                browser.click(".article-body li:nth-of-type(" + (i + 1) + ") a");
                assertEquals(titles.get(i), browser.find("h1.article-title").getText(), browser.currentUrl());
            }
            browser.script("document.querySelector('.article-body img').scrollIntoView()");
            long width = 0;
            for (int i = 0; i < 50 && width == 0; i++) {
                Thread.sleep(100);
                width = (Long) browser.script("return document.querySelector('.article-body img').naturalWidth");
            }
            assertEquals(1L, width, "the image with spaces in its name loads");
            assertEquals(List.of(), server.failedRequests());
        }
    }

    @Test
    void namesThatShareAUrlAreReported() throws Exception {
        List<Problem> problems = SiteFixture.buildFailing("""
                -- content/安全 规程.md --
                # 一
                -- content/安全-规程.md --
                # 二
                -- content/Readme.md --
                # 三
                -- content/README.md --
                # 四
                -- content/为什么?.md --
                # 五
                -- content/为什么.md --
                # 六
                -- content/tags/index.md --
                ---
                tags: [index]
                ---
                # 七
                """);
        List<String> messages = problems.stream().filter(Problem::isError).map(Problem::format).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("安全-规程.md") && m.contains("安全 规程.md") || m.contains("安全 规程.md") && m.contains("安全-规程.html")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("README.md") || m.contains("Readme.md")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("为什么")), messages.toString());
        assertTrue(messages.stream().allMatch(m -> m.contains("rename")), messages.toString());
    }

    @Test
    void aTermNamedLikeAGeneratedPageGetsItsOwnUrl() throws Exception {
        SiteFixture.Built built = SiteFixture.build("""
                -- content/a.md --
                ---
                title: 甲
                tags: [index, 安全]
                ---
                正文
                """);
        Document tags = built.html("tags/index.html");
        assertEquals(2, tags.select("ul.terms a").size(), tags.outerHtml());
        Element index = tags.select("ul.terms a").stream().filter(a -> a.text().equals("index")).findFirst().orElseThrow();
        assertFalse(index.attr("href").endsWith("tags/index.html"), index.attr("href"));
    }

    @Test
    void linksImagesAndSymlinksOutOfTheContentFolderAreNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# 机密\n\n外面的秘密文字\n");
        Files.write(outside.resolve("secret.png"), PNG);
        Files.writeString(outside.resolve("secret.txt"), "外面的秘密文字");
        Path content = Files.createDirectories(dir.resolve("site/content"));
        Files.writeString(content.resolve("a.md"), """
                ---
                title: 甲
                url: ../../../../outside/escaped
                ---
                [上级](../outside/secret.md) [更上](../../outside/secret.md) [根](/../outside/secret.txt)
                [绝对](/etc/passwd) [文件](file:///etc/passwd) [反斜杠](..\\..\\outside\\secret.md)

                ![图](../../outside/secret.png) ![图二](../outside/secret.png)

                ![自己](a) [自己](a)
                """);
        boolean links = true;
        try {
            Files.createSymbolicLink(content.resolve("链接.md"), outside.resolve("secret.md"));
            Files.createSymbolicLink(content.resolve("链接目录"), outside);
            Files.createSymbolicLink(content.resolve("图.png"), outside.resolve("secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            links = false;
        }
        SiteFixture.Built built = SiteFixture.buildIn(dir.resolve("site"), null);

        for (String f : built.files()) {
            String text = new String(Files.readAllBytes(built.out().resolve(f)), StandardCharsets.UTF_8);
            assertFalse(text.contains("外面的秘密文字"), f + " holds text from outside the content folder");
            assertFalse(f.contains("secret") || f.contains("链接") || f.equals("图.png"), f);
        }
        Document a = built.pages().values().stream().filter(d -> d.title().startsWith("甲")).findFirst().orElseThrow();
        for (Element link : a.select(".article-body a[href]")) {
            String href = link.attr("href");
            assertTrue(link.hasClass("broken") || link.hasClass("external") || href.equals("escaped.html")
                    || href.startsWith("a") || href.endsWith("escaped.html"), link.outerHtml());
            assertFalse(href.startsWith("file:"), href);
        }
        assertTrue(a.select(".article-body a").stream().noneMatch(x -> x.attr("href").startsWith("file:")));
        for (Element img : a.select(".article-body img")) {
            assertFalse(img.attr("src").endsWith(".html"), "an image that names a page is not pointed at the page: " + img);
        }
        if (links) {
            assertTrue(built.warnings().stream().anyMatch(p -> p.file().equals("链接.md") && p.message().contains("symbolic link")),
                    built.warnings().toString());
        }
        // nothing was written outside the output folder
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("outside", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> s = Files.list(dir.resolve("site"))) {
            assertEquals(List.of(".public.lock", "content", "public"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(3, s.count());
        }
    }

    @Test
    void svgAttachmentsLoseTheirScripts() throws Exception {
        Path site = SiteFixture.write("""
                -- content/图.md --
                # 图

                [打开](图.svg) ![图](图.svg)
                -- content/图.svg --
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><rect width="10" height="10" onclick="alert(4)"/></a><foreignObject><iframe src="javascript:alert(5)"></iframe></foreignObject><animate attributeName="href" values="javascript:alert(6)"/><circle r="5" fill="red"/></svg>
                -- content/干净.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><circle r="5" fill="red"/></svg>
                """);
        SiteFixture.Built built = SiteFixture.buildIn(site, null);
        String svg = built.text("图.svg");
        for (String bad : List.of("alert", "script", "onload", "onclick", "javascript", "foreignObject", "iframe")) {
            assertFalse(svg.contains(bad), bad + " left in " + svg);
        }
        assertTrue(svg.contains("<circle r=\"5\" fill=\"red\""), svg);
        assertEquals(Files.readString(site.resolve("content/干净.svg")), built.text("干净.svg"), "a clean SVG is copied as it is");
        assertTrue(built.warnings().stream().anyMatch(p -> p.file().equals("图.svg") && p.message().contains("script")),
                built.warnings().toString());
    }
}
