package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import wenku.testing.Browser;
import wenku.testing.SiteFixture;
import wenku.testing.StaticServer;

/** A reader on a law page in a real browser: jumps to an article, copies its link, goes to the newest text. */
class LawPagesBrowserTest {

    @Test
    void goToArticleCopyLinkAndFollowTheSameArticleIntoTheNewestText() throws Exception {
        Browser.assumeInstalled();
        StringBuilder older = new StringBuilder("# 中华人民共和国示例法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n");
        StringBuilder newer = new StringBuilder("# 中华人民共和国示例法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n"
                + "第一条 新增的第一条，讲的是全新的内容。\n\n");
        for (int i = 1; i <= 40; i++) {
            String n = wenku.law.ChineseNumerals.format(i);
            String text = "本条规定第" + n + "项管理要求，生产经营单位应当落实第" + n + "项措施，并定期检查第" + n + "项制度的执行情况。\n\n";
            older.append("第").append(n).append("条 ").append(text);
            newer.append("第").append(wenku.law.ChineseNumerals.format(i + 1)).append("条 ").append(text);
        }
        SiteFixture.Built site = SiteFixture.build("-- content/法/示例法(2020-01-01).md --\n" + older
                + "-- content/法/示例法(2024-01-01).md --\n" + newer);
        try (StaticServer server = StaticServer.serve(site.out()); Browser browser = Browser.start()) {
            browser.windowSize(1280, 800).open(server.url("法/示例法(2020-01-01).html"));
            WebElement box = browser.find("#goto-article");
            box.sendKeys("二十一", Keys.ENTER);
            assertEquals("#第二十一条", hash(browser));
            box.clear();
            box.sendKeys("99", Keys.ENTER);
            assertEquals("本文没有这一条", browser.find(".goto-message").getText());
            box.clear();
            box.sendKeys("第30条", Keys.ENTER);
            assertEquals("#第三十条", hash(browser));
            assertTrue((Boolean) browser.script("var r = document.getElementById('第三十条').getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight / 2;"), "the article is scrolled into view");

            browser.click("#第十二条 a.article-num");
            assertEquals("#第十二条", hash(browser));
            assertFalse((Boolean) browser.script("return document.getElementById('law-toast').hidden;"), "the copy is confirmed");

            // the older text's article 12 is article 13 of the newest text
            browser.click("a.law-newest-link");
            String url = URLDecoder.decode(browser.currentUrl(), StandardCharsets.UTF_8);
            assertTrue(url.endsWith("/法/示例法(2024-01-01).html#第十三条"), url);
            assertEquals(List.of(), browser.consoleErrors());

            browser.windowSize(360, 800).open(server.url("法/示例法(2020-01-01).html"));
            assertFalse(browser.overflow().horizontal(), "law page on a phone: " + browser.overflow());
            browser.screenshot(java.nio.file.Path.of("target/screenshots/law-older-version-360.png"));
            browser.open(server.url("法/示例法-版本对照-2020-01-01-2024-01-01.html"));
            assertFalse(browser.overflow().horizontal(), "comparison on a phone: " + browser.overflow());
            assertEquals(1, browser.findAll(".cmp-row.cmp-added").size());
            assertTrue(browser.findAll(".cmp-row.cmp-unchanged").stream().noneMatch(WebElement::isDisplayed),
                    "unchanged articles are hidden until the reader asks for them");
            browser.click("label[for=cmp-only]");
            assertTrue(browser.findAll(".cmp-row.cmp-unchanged").stream().allMatch(WebElement::isDisplayed));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static String hash(Browser browser) {
        return URLDecoder.decode((String) browser.script("return location.hash;"), StandardCharsets.UTF_8);
    }
}
