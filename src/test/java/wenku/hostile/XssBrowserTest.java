package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    /**
     * Pokes every element of the page's main part (where content goes; the theme's header and navigation hold only
     * escaped text) the way a reader might: hover, focus, press, click (without navigating).
     */
    static final String INTERACT = """
            const stop = e => e.preventDefault();
            window.addEventListener('click', stop, true);
            window.addEventListener('submit', stop, true);
            for (const el of document.querySelectorAll('main *')) {
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

    static SiteFixture.Built site;
    static StaticServer server;
    /** Two browsers, each opening half of the pages, to use both cores. */
    static final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        site = XssVectors.builtSite();
        server = StaticServer.serve(site.out());
        for (int i = 0; i < 2; i++) {
            Browser b = Browser.start();
            browsers.add(b);
            cdp(b, "Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        }
    }

    @AfterAll
    static void stop() {
        for (Browser b : browsers) b.close();
        if (server != null) server.close();
    }

    static void cdp(Browser b, String command, Map<String, Object> params) {
        ((ChromeDriver) b.driver()).executeCdpCommand(command, params);
    }

    static void bypassCsp(boolean bypass) {
        for (Browser b : browsers) cdp(b, "Page.setBypassCSP", Map.of("enabled", bypass));
    }

    /** Every dialog the browsers opened so far. */
    static List<String> dialogs() {
        List<String> all = new ArrayList<>();
        for (Browser b : browsers) all.addAll(b.dialogs());
        return all;
    }

    /**
     * Opens a page, interacts with it, and returns what fired. Talks to the driver directly (one page load and
     * one script per page) for speed; a dialog makes the script call fail, and is then collected.
     */
    @SuppressWarnings("unchecked")
    static List<String> visit(Browser browser, String url, boolean interact) throws InterruptedException {
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

    /** Visits every page, split between the browsers; returns {@code "url: what fired"} lines in page order. */
    static List<String> visitAll(List<String> pages, boolean interact) throws Exception {
        String[][] hits = new String[pages.size()][];
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < browsers.size(); t++) {
            Browser b = browsers.get(t);
            int first = t;
            Thread thread = new Thread(() -> {
                try {
                    for (int i = first; i < pages.size(); i += browsers.size()) {
                        String url = pages.get(i);
                        hits[i] = visit(b, url, interact).stream().map(h -> url + ": " + h).toArray(String[]::new);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) t.join();
        if (!failures.isEmpty()) throw new AssertionError("a browser failed", failures.get(0));
        List<String> out = new ArrayList<>();
        for (String[] h : hits) out.addAll(List.of(h));
        return out;
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
        bypassCsp(true);
        try {
            // control: the hooks do see script that runs, on a page wenku did not make
            int dialogsBefore = dialogs().size();
            Files.writeString(site.out().resolve("control.html"), "<!doctype html><title>control</title><body>"
                    + "<main><script>window.__xss = 1</script><img src=x onerror=print()><p onmouseover=confirm(2)>x</p></main>");
            List<String> control = visitAll(List.of("control.html"), true);
            assertEquals(List.of("control.html: __xss=1", "control.html: confirm(2)", "control.html: print()"),
                    control.stream().sorted().toList());
            assertEquals(List.of("2"), dialogs().subList(dialogsBefore, dialogs().size()));
            Files.delete(site.out().resolve("control.html"));

            List<String> pages = pagesToOpen(false);
            assertEquals(List.of(), visitAll(pages, true));
            assertEquals(dialogsBefore + 1, dialogs().size(), "only the control's dialog: " + dialogs());
            assertTrue(pages.size() > XssVectors.ALL.size(), "pages opened: " + pages.size());
        } finally {
            dialogs();
            bypassCsp(false);
        }
    }

    @Test
    void theSecurityPolicyStopsScriptEvenWhenATemplatePrintsUnescapedHtml() throws Exception {
        int dialogsBefore = dialogs().size();
        List<String> pages = pagesToOpen(true);
        List<String> hits = visitAll(pages, false);
        List<String> blocked = hits.stream().filter(h -> h.contains(": csp ")).toList();
        List<String> fired = hits.stream().filter(h -> !h.contains(": csp ")).toList();
        assertEquals(List.of(), fired);
        assertEquals(dialogsBefore, dialogs().size(), dialogs().toString());
        assertTrue(pages.size() > 200, "pages opened: " + pages.size());
        // the unescaped titles really did put handlers and scripts into the pages: the policy blocked them
        assertTrue(blocked.stream().filter(b -> b.contains("script-src")).count() > 50, blocked.toString());
    }

    @Test
    void theThemeItselfKeepsToItsSecurityPolicy() throws Exception {
        assertEquals(List.of(), visitAll(List.of("index.html", "url/index.html", "url/u01.html", "block/b01.html",
                "html/v001.html", "tags/index.html", "404.html", "search.html"), true));
    }

    @Test
    void searchPageDoesNotReflectItsQuery() throws Exception {
        assertEquals(List.of(), visitAll(List.of("search.html?q=%3Cscript%3Ealert(1)%3C/script%3E",
                "search.html?q=%3Cimg%20src=x%20onerror=alert(1)%3E", "search.html?q=%22%3E%3Csvg%20onload=alert(1)%3E",
                "search.html?q=javascript:alert(1)"), true));
    }
}
