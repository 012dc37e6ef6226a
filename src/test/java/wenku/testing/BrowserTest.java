package wenku.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness itself, on small pages written here: one browser shared by the tests of this class. */
class BrowserTest {

    @TempDir
    static Path site;
    static StaticServer server;
    static Browser browser;

    static final String HEAD = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        Files.writeString(site.resolve("index.html"), HEAD + """
                <title>安全生产学习文库</title>
                <style>body{margin:0;font-family:sans-serif} #band{height:40px;background:#ff0000}</style></head>
                <body><div id="band"></div><p>欢迎学习。</p>
                <p><a id="next" href="学习资料/班组安全活动记录(2024-03-15).html">班组安全活动记录</a></p></body></html>
                """);
        Path section = Files.createDirectories(site.resolve("学习资料"));
        Files.writeString(section.resolve("班组安全活动记录(2024-03-15).html"), HEAD + """
                <title>班组安全活动记录</title></head><body><h1>综采一队二班</h1></body></html>
                """);
        Files.writeString(site.resolve("wide.html"), HEAD + """
                <title>宽表格</title></head><body><table class="data" style="width:600px"><tr><td>隐患等级</td></tr></table></body></html>
                """);
        Files.writeString(site.resolve("long.html"), HEAD + """
                <title>长页面</title></head><body style="margin:0"><div style="height:2000px;background:#00f"></div></body></html>
                """);
        Files.writeString(site.resolve("errors.html"), HEAD + """
                <title>出错的页面</title>
                <script src="http://cdn.example.com/jquery.js"></script></head>
                <body><script>console.error('检查失败'); alert('请先登录'); undefinedFunction();</script></body></html>
                """);
        server = StaticServer.serve(site);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void opensPageOverHttpAndFollowsALinkToAChineseFileName() {
        browser.windowSize(1280, 900).open(server.root().toString());
        assertEquals("安全生产学习文库", browser.title());

        browser.click("#next");

        assertEquals("班组安全活动记录", browser.title());
        assertEquals("综采一队二班", browser.find("h1").getText());
        assertEquals(server.url("学习资料/班组安全活动记录(2024-03-15).html").replace("%28", "(").replace("%29", ")"),
                browser.currentUrl());
        assertTrue(server.requests().stream().anyMatch(r -> r.path().equals("/学习资料/班组安全活动记录(2024-03-15).html")
                && r.status() == 200), server.requests().toString());
    }

    @Test
    void opensLocalFiles() {
        browser.open(site.resolve("学习资料/班组安全活动记录(2024-03-15).html"));

        assertEquals("班组安全活动记录", browser.title());
        assertTrue(browser.currentUrl().startsWith("file:///"), browser.currentUrl());
    }

    @Test
    void phoneWidthScreenshotIsExactlyTheViewport() throws IOException {
        browser.windowSize(360, 800).open(server.root().toString());

        Path png = browser.screenshot(site.resolve("shots/home-360.png"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(360, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals(0xff0000, image.getRGB(180, 20) & 0xffffff, "the red band across the top");
        assertEquals(0xffffff, image.getRGB(180, 700) & 0xffffff, "white page below the text");
    }

    @Test
    void fullPageScreenshotCoversThePageBelowTheFold() throws IOException {
        browser.windowSize(360, 800).open(server.url("long.html"));

        BufferedImage image = ImageIO.read(browser.fullPageScreenshot(site.resolve("shots/long.png")).toFile());

        assertEquals(360, image.getWidth());
        assertEquals(2000, image.getHeight());
        assertEquals(0x0000ff, image.getRGB(180, 1990) & 0xffffff);
    }

    @Test
    void overflowIsReportedWithTheElementThatCausesIt() {
        browser.windowSize(360, 800).open(server.root().toString());
        Browser.Overflow fits = browser.overflow();
        assertFalse(fits.horizontal(), fits.toString());
        assertEquals(360, fits.clientWidth());

        browser.open(server.url("wide.html"));
        Browser.Overflow wide = browser.overflow();

        assertTrue(wide.horizontal(), wide.toString());
        assertTrue(wide.scrollWidth() >= 600, wide.toString());
        assertTrue(wide.culprits().stream().anyMatch(c -> c.startsWith("table.data")), wide.toString());
    }

    @Test
    void recordsConsoleErrorsDialogsAndBlocksOutsideHosts() {
        browser.open(server.url("errors.html"));

        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("检查失败")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("undefinedFunction")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("cdn.example.com")), errors.toString());
        assertEquals(List.of("请先登录"), browser.dialogs());
    }
}
