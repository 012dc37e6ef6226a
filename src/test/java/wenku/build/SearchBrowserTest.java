package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import wenku.testing.Browser;
import wenku.testing.SiteFixture;
import wenku.testing.StaticServer;

/**
 * A reader searches a built site in a real browser: types into the box on a page, gets results as they
 * type, opens the results page, filters, goes back; and does the same on a copy opened from disk.
 */
class SearchBrowserTest {

    private static SiteFixture.Built site() {
        StringBuilder law = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            String n = wenku.law.ChineseNumerals.format(i);
            law.append("第").append(n).append("条 生产经营单位应当执行第").append(n).append("项安全措施。\n\n");
        }
        return SiteFixture.build("-- content/法律/示例安全法(2016-01-01).md --\n# 中华人民共和国示例安全法\n\n<!-- INFO END -->\n\n"
                + law + "-- content/法律/示例安全法(2023-05-01).md --\n# 中华人民共和国示例安全法\n\n<!-- INFO END -->\n\n" + law
                + """
                -- content/学习/班组安全活动.md --
                ---
                title: 班组安全活动记录
                date: 2024-03-01
                category: 经验交流
                ---
                ## 活动内容

                组织学习示例安全法，讨论危险源辨识与隐患排查。

                ## 下一步打算

                坚持每周开展一次隐患排查。
                -- content/学习/支部学习.md --
                ---
                title: 支部学习安排
                date: 2024-04-01
                category: 党建
                ---
                学习党章，开展隐患排查专项行动。
                """);
    }

    @Test
    void aReaderTypesGetsResultsOpensTheResultsPageFiltersAndGoesBack() throws Exception {
        Browser.assumeInstalled();
        SiteFixture.Built site = site();
        try (StaticServer server = StaticServer.serve(site.out()); Browser browser = Browser.start()) {
            browser.windowSize(1280, 900).open(server.url("学习/支部学习.html"));
            // "/" focuses the box; results come as the reader types
            browser.driver().switchTo().activeElement().sendKeys("/");
            WebElement box = browser.driver().switchTo().activeElement();
            assertEquals("search-input", box.getAttribute("id"));
            box.sendKeys("示例安全法 第3条");
            WebElement first = browser.waitFor(".search-dropdown .search-result");
            WebElement link = first.findElement(org.openqa.selenium.By.cssSelector("a"));
            assertEquals("中华人民共和国示例安全法", link.getText());
            String href = URLDecoder.decode(link.getAttribute("href"), StandardCharsets.UTF_8);
            assertTrue(href.endsWith("/法律/示例安全法(2023-05-01).html#第三条"), "newest version, at the article: " + href);
            String excerpt = first.findElement(org.openqa.selenium.By.cssSelector(".search-result-excerpt")).getAttribute("innerHTML");
            assertTrue(excerpt.contains("<mark>第三条</mark>"), excerpt);
            assertTrue(first.findElement(org.openqa.selenium.By.cssSelector("a mark")).getText().contains("示例安全法"));

            // following the result lands on the article
            link.click();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#"));
            assertTrue(URLDecoder.decode(browser.currentUrl(), StandardCharsets.UTF_8).endsWith("#第三条"));

            // the results page is bookmarkable and has a hit count and filters
            browser.open(server.url("search.html") + "?q=" + java.net.URLEncoder.encode("隐患排查", StandardCharsets.UTF_8));
            browser.waitFor(".search-list .search-result");
            assertEquals("找到 2 条结果", browser.find(".search-count").getText());
            assertEquals(List.of("班组安全活动记录", "支部学习安排"), titles(browser));
            assertEquals("隐患排查", browser.find("#search-input").getAttribute("value"));
            browser.script("var s = document.querySelector('.search-filters select[name=category]');"
                    + " s.value = '党建'; s.dispatchEvent(new Event('change'));");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> titles(browser).size() == 1);
            assertEquals(List.of("支部学习安排"), titles(browser));
            assertTrue(URLDecoder.decode(browser.currentUrl(), StandardCharsets.UTF_8).contains("category=党建"));
            browser.driver().navigate().back();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> titles(browser).size() == 2);

            // nothing found: a clear message and the nearest titles
            browser.open(server.url("search.html") + "?q=" + java.net.URLEncoder.encode("示例安全发", StandardCharsets.UTF_8));
            browser.waitFor(".search-suggestions a");
            assertEquals("示例安全法", browser.find(".search-suggestions a").getText());

            assertEquals(List.of(), browser.consoleErrors());
            assertTrue(server.failedRequests().isEmpty(), server.failedRequests().toString());
            browser.screenshot(Path.of("target/screenshots/search-results.png"));
        }
    }

    @Test
    void searchWorksInACopyOpenedFromDisk() {
        Browser.assumeInstalled();
        SiteFixture.Built site = site();
        try (Browser browser = Browser.start()) {
            browser.windowSize(1280, 900).open(site.out().resolve("学习/支部学习.html"));
            WebElement box = browser.find("#search-input");
            box.click();
            box.sendKeys("危险源");
            WebElement first = browser.waitFor(".search-dropdown .search-result");
            assertTrue(first.getText().contains("班组安全活动记录"), first.getText());
            box.sendKeys(Keys.ENTER);
            browser.waitFor(".search-list .search-result");
            assertTrue(browser.currentUrl().startsWith("file:"), browser.currentUrl());
            assertEquals(List.of("班组安全活动记录"), titles(browser));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static List<String> titles(Browser browser) {
        return browser.findAll(".search-list .search-result-title").stream().map(WebElement::getText).toList();
    }
}
