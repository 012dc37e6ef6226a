package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.testing.Browser;
import wenku.testing.StaticServer;

/** The sample site in a real browser, at phone width: a reader opens the home page and follows a link. */
class SampleSiteBrowserTest {

    @Test
    void readerOnAPhoneFollowsALinkFromTheHomePageWithoutHorizontalScrolling(@TempDir Path tmp) throws Exception {
        Browser.assumeInstalled();
        Path out = tmp.resolve("public");
        Build.run(new BuildOptions(Path.of("content"), null, out, null, false, false));
        try (StaticServer server = StaticServer.serve(out); Browser browser = Browser.start()) {
            browser.windowSize(360, 800).open(server.url("index.html"));
            assertFalse(browser.overflow().horizontal(), "home page: " + browser.overflow());
            String title = browser.find(".home-newest .page-title").getText();
            browser.click(".home-newest .page-title");
            assertEquals(title, browser.waitFor("h1.article-title").getText());
            assertFalse(browser.overflow().horizontal(), "article page: " + browser.overflow());

            Path shot = browser.screenshot(Path.of("target/screenshots/sample-article-360.png"));
            BufferedImage img = ImageIO.read(shot.toFile());
            assertEquals(360, img.getWidth());
            // the red site header band is at the top and spans the whole width
            assertTrue(isHeaderRed(img.getRGB(2, 5)) && isHeaderRed(img.getRGB(357, 5)),
                    "header colour at the edges: " + Integer.toHexString(img.getRGB(2, 5)));
            assertEquals(List.of(), browser.consoleErrors(), "nothing fails to load, nothing is fetched from outside");
            assertTrue(server.failedRequests().isEmpty(), server.failedRequests().toString());
        }
        assertTrue(Files.size(Path.of("target/screenshots/sample-article-360.png")) > 1000);
    }

    private static boolean isHeaderRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 150 && g < 60 && b < 60;
    }
}
