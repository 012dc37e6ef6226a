package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import wenku.testing.Browser;
import wenku.testing.SiteFixture;
import wenku.testing.StaticServer;

/**
 * Opens every page of the cross-site scripting site ({@link XssVectors}) in headless Chromium and checks that
 * no dialog opened and nothing an injected handler would do happened. Two layers are checked apart:
 * the sanitiser with the Content-Security-Policy switched off in the browser, and the policy with the
 * sanitiser bypassed by a site template that prints a title unescaped.
 */
class XssBrowserTest {
    /**
     * Runs before any script of every document: records alert/confirm/prompt/print calls, writes to
     * {@code window.__xss}, and CSP violations, in {@code window.__wenkuHits}.
     */
    static final String HOOKS = """
            (() => {
              const hits = [];
              Object.defineProperty(window, '__wenkuHits', {value: hits});
              for (const f of ['alert', 'confirm', 'prompt']) {
                const original = window[f];
                window[f] = function () { hits.push(f + '(' + Array.from(arguments).join(',') + ')'); return original.apply(window, arguments); };
              }
              window.print = function () { hits.push('print()'); };
              Object.defineProperty(window, '__xss', {set(v) { hits.push('__xss=' + v); }, get() { return undefined; }});
              document.addEventListener('securitypolicyviolation',
                  e => hits.push('csp ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.lineNumber));
            })();
            """;

    /** Pokes every element of the body the way a reader might: hover, focus, press, click (without navigating). */
    static final String INTERACT = """
            const stop = e => e.preventDefault();
            window.addEventListener('click', stop, true);
            window.addEventListener('submit', stop, true);
            for (const el of document.body.querySelectorAll('*')) {
              for (const type of ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'pointerdown', 'dragstart', 'animationstart']) {
                el.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true}));
              }
              if (typeof el.focus === 'function') el.focus();
              el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
            }
            window.removeEventListener('click', stop, true);
            window.removeEventListener('submit', stop, true);
            return window.__wenkuHits.slice();
            """;

    static final String READ = "return window.__wenkuHits.slice();";

    @TempDir
    static Path dir;
    static SiteFixture.Built site;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        XssVectors.writeSite(dir);
        XssVectors.write(dir, "templates/page.ftlh", """
                <#import "base.ftlh" as b>
                <@b.layout>
                <h1 class="unsafe-title"><#if page.params.unsafe??>${page.title?no_esc}<#else>${page.title}</#if></h1>
                <div class="article-body">${page.bodyHtml?no_esc}</div>
                </@b.layout>
                """);
        site = SiteFixture.buildIn(dir, null);
        server = StaticServer.serve(site.out());
        browser = Browser.start();
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    static void cdp(String command, Map<String, Object> params) {
        ((ChromeDriver) browser.driver()).executeCdpCommand(command, params);
    }

    /**
     * Opens a page, interacts with it, and returns what fired. Talks to the driver directly (one page load and
     * one script per page) for speed; a dialog makes the script call fail, and is then collected.
     */
    @SuppressWarnings("unchecked")
    static List<String> visit(String url, boolean interact) throws InterruptedException {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        try {
            driver.get(url.contains("?") ? server.root() + url : server.url(url));
        } catch (UnhandledAlertException e) {
            browser.dialogs(); // accepts it and records its text
        }
        String script = interact ? INTERACT : READ;
        for (int attempt = 0; ; attempt++, script = READ) {
            try {
                Object r = driver.executeScript(script);
                if (r != null) return new ArrayList<>((List<String>) r);
                // right after a dialog was accepted the page may still be finishing the interrupted script
                if (attempt == 10) throw new AssertionError("cannot read what fired on " + url);
                Thread.sleep(50);
            } catch (UnhandledAlertException e) {
                browser.dialogs(); // a dialog interrupted the script: accept it, then read what was recorded
                if (attempt == 10) throw e;
            }
        }
    }

    /**
     * The pages to open: every article and list page, each taxonomy's index and first term page. The other term
     * pages print the same values in the same template (their escaping is checked for all of them by {@link XssTest}).
     */
    static List<String> pagesToOpen(boolean csp) {
        java.util.Set<String> taxonomiesSeen = new java.util.HashSet<>();
        return site.files().stream()
                .filter(f -> f.endsWith(".html"))
                .filter(f -> f.startsWith("csp/") == csp)
                .filter(f -> !List.of("authors", "units", "categories", "tags").contains(f.split("/")[0])
                        || f.endsWith("/index.html") || taxonomiesSeen.add(f.split("/")[0]))
                .toList();
    }

    @Test
    void withoutTheSecurityPolicyTheSanitiserAloneStopsEveryVector() throws Exception {
        cdp("Page.setBypassCSP", Map.of("enabled", true));
        try {
            List<String> fired = new ArrayList<>();
            int dialogsBefore = browser.dialogs().size();
            // control: the hooks do see script that runs, on a page wenku did not make
            java.nio.file.Files.writeString(site.out().resolve("control.html"), "<!doctype html><title>control</title><body>"
                    + "<script>window.__xss = 1</script><img src=x onerror=print()><p onmouseover=confirm(2)>x</p>");
            List<String> control = visit("control.html", true);
            assertEquals(List.of("__xss=1", "confirm(2)", "print()"), control.stream().sorted().toList());
            assertEquals(List.of("2"), browser.dialogs().subList(dialogsBefore, browser.dialogs().size()));
            java.nio.file.Files.delete(site.out().resolve("control.html"));

            List<String> pages = pagesToOpen(false);
            for (String url : pages) {
                for (String hit : visit(url, true)) fired.add(url + ": " + hit);
            }
            assertEquals(List.of(), fired);
            assertEquals(List.of("2"), browser.dialogs().subList(dialogsBefore, browser.dialogs().size()), "only the control's dialog");
            assertTrue(pages.size() > XssVectors.ALL.size(), "pages opened: " + pages.size());
        } finally {
            browser.dialogs();
            cdp("Page.setBypassCSP", Map.of("enabled", false));
        }
    }

    @Test
    void theSecurityPolicyStopsScriptEvenWhenATemplatePrintsUnescapedHtml() throws Exception {
        List<String> fired = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        int dialogsBefore = browser.dialogs().size();
        List<String> pages = pagesToOpen(true);
        for (String url : pages) {
            for (String hit : visit(url, false)) (hit.startsWith("csp ") ? blocked : fired).add(url + ": " + hit);
        }
        assertEquals(List.of(), fired);
        assertEquals(dialogsBefore, browser.dialogs().size(), browser.dialogs().toString());
        assertTrue(pages.size() > 200, "pages opened: " + pages.size());
        // the unescaped titles really did put handlers and scripts into the page: the policy blocked them
        assertTrue(blocked.stream().anyMatch(b -> b.contains("script-src")), blocked.toString());
    }

    @Test
    void theThemeItselfKeepsToItsSecurityPolicy() throws Exception {
        List<String> blocked = new ArrayList<>();
        for (String url : List.of("index.html", "url/index.html", "url/u01.html", "block/b01.html", "html/v001.html",
                "tags/index.html", "404.html", "search.html")) {
            for (String hit : visit(url, true)) blocked.add(url + ": " + hit);
        }
        assertEquals(List.of(), blocked);
    }

    @Test
    void searchPageDoesNotReflectItsQuery() throws Exception {
        List<String> fired = new ArrayList<>();
        for (String q : List.of("%3Cscript%3Ealert(1)%3C/script%3E", "%3Cimg%20src=x%20onerror=alert(1)%3E",
                "%22%3E%3Csvg%20onload=alert(1)%3E", "javascript:alert(1)")) {
            fired.addAll(visit("search.html?q=" + q, true));
        }
        assertEquals(List.of(), fired);
    }
}
