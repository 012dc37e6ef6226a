package wenku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import wenku.build.BuildOptions;
import wenku.testing.Browser;
import wenku.testing.SiteFixture;

/**
 * Live reload in a real browser: the tab showing a page reloads by itself after the file is saved, shows
 * the problems while the file is broken and the page again once it is fixed, with nothing refused by the
 * pages' Content-Security-Policy (a refused script or connection is a console error).
 */
class ServeBrowserTest {

    @Test
    void theOpenTabReloadsAfterEverySave() throws Exception {
        Browser.assumeInstalled();
        Path dir = SiteFixture.write("""
                -- content/学习资料/班组学习.md --
                ---
                title: 班组学习
                date: 2024-02-01
                ---
                每周学习一次。
                """);
        Path note = dir.resolve("content/学习资料/班组学习.md");
        try (DevServer server = DevServer.start(new BuildOptions(dir.resolve("content"), null, null, null, false, false), 0,
                DevServer.Listener.NONE);
             Browser browser = Browser.start()) {
            browser.open(server.url() + "学习资料/班组学习.html");
            assertEquals("每周学习一次。", browser.find(".article-body p").getText());
            waitFor(browser, () -> server.tabs() == 1);

            Files.writeString(note, "---\ntitle: 班组学习\ndate: 2024-02-01\n---\n每周学习两次。\n", StandardCharsets.UTF_8);
            waitFor(browser, () -> browser.findAll(".article-body p").stream().anyMatch(p -> p.getText().equals("每周学习两次。")));

            Files.writeString(note, "---\ntitle: 班组学习\ndate: 下周\n---\n每周学习两次。\n", StandardCharsets.UTF_8);
            waitFor(browser, () -> !browser.findAll("#wenku-errors").isEmpty());
            assertTrue(browser.find("#wenku-errors li.error").getText().contains("班组学习.md:3:"));

            Files.writeString(note, "---\ntitle: 班组学习\ndate: 2024-02-01\n---\n改好了。\n", StandardCharsets.UTF_8);
            waitFor(browser, () -> browser.findAll(".article-body p").stream().anyMatch(p -> p.getText().equals("改好了。")));
            List<String> errors = browser.consoleErrors().stream()
                    .filter(e -> !e.endsWith("the server responded with a status of 500 (Internal Server Error)")).toList();
            assertEquals(List.of(), errors, "only the error page's own status 500 is logged");
        }
    }

    interface Condition {
        boolean holds();
    }

    static void waitFor(Browser browser, Condition c) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(d -> c.holds());
    }
}
