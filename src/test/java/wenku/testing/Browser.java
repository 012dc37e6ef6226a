package wenku.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium for end-to-end tests, driven through Debian's chromedriver.
 *
 * <pre>{@code
 * Browser.assumeInstalled();
 * try (StaticServer site = StaticServer.serve(Path.of("public"));
 *      Browser browser = Browser.start()) {
 *     browser.windowSize(360, 800).open(site.url("学习资料/"));
 *     browser.screenshot(Path.of("target/screens/list.png"));
 *     assertFalse(browser.overflow().horizontal(), browser.overflow().toString());
 *     assertEquals(List.of(), browser.consoleErrors());
 * }
 * }</pre>
 *
 * <p>Only {@value #CHROMIUM} and {@value #CHROMEDRIVER} are used, named explicitly, so Selenium
 * Manager never runs and nothing is downloaded. Every browser gets a fresh profile in a temporary
 * folder, deleted on {@link #close()}. The browser is offline like the intranet: every host name
 * except {@code localhost} and {@code 127.0.0.1} fails to resolve and no proxy is used, so a page that tries to load
 * anything from outside shows it as a console error. Pages render at device scale 1 with overlay
 * scrollbars hidden, so a screenshot is exactly as wide as {@link #windowSize(int, int)} says.
 *
 * <p>Alerts, confirms and prompts are accepted and their text recorded ({@link #dialogs()}) after
 * every {@link #open}, {@link #click} and {@link #script}; console errors, uncaught exceptions and
 * failed loads are recorded in {@link #consoleErrors()}.
 *
 * <p>Not thread safe: one test thread per browser. Start costs about a second; share one browser
 * across the tests of a class when there are many.
 */
public final class Browser implements AutoCloseable {

    /** Debian's Chromium (package {@code chromium}). */
    public static final String CHROMIUM = "/usr/bin/chromium";
    /** Debian's chromedriver (package {@code chromium-driver}), same version as {@link #CHROMIUM}. */
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path tempDir;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();

    private Browser(Path tempDir, ChromeDriverService service, ChromeDriver driver) {
        this.tempDir = tempDir;
        this.service = service;
        this.driver = driver;
    }

    /** True when both Chromium and chromedriver are installed where Debian puts them. */
    public static boolean isInstalled() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Skips the calling test, saying why, when Chromium or chromedriver is missing. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(isInstalled(), "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (install with: apt-get install chromium chromium-driver fonts-noto-cjk, as .ci/run does)");
    }

    /**
     * Starts a headless browser with a 1280×900 window.
     *
     * @throws IllegalStateException when the browser is not installed or does not start (with the
     *                               end of chromedriver's log in the message)
     */
    public static Browser start() {
        if (!isInstalled()) {
            throw new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path tempDir;
        try {
            tempDir = Files.createTempDirectory("wenku-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = tempDir.resolve("chromedriver.log");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .withTimeout(TIMEOUT)
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(tempDir.resolve("profile")));
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
            return new Browser(tempDir, service, driver).windowSize(1280, 900);
        } catch (RuntimeException e) {
            String tail = tail(log);
            service.stop();
            deleteRecursively(tempDir);
            throw new IllegalStateException("Chromium did not start: " + e.getMessage() + "\nchromedriver log:\n" + tail, e);
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile,
                // offline like the intranet: no proxy, and no host name but localhost resolves
                "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                // screenshots exactly window-sized, like a phone's overlay scrollbars
                "--force-device-scale-factor=1", "--hide-scrollbars",
                "--lang=zh-CN");
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        o.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        return o;
    }

    /**
     * Sets the size of the page's viewport in CSS pixels (e.g. 360×800 for a phone), so that
     * {@code window.innerWidth} is exactly {@code width}.
     */
    public Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // The window has chrome around the viewport in some modes: grow it by the difference once.
        long innerW = number(driver.executeScript("return window.innerWidth"));
        long innerH = number(driver.executeScript("return window.innerHeight"));
        if (innerW != width || innerH != height) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - innerW), height + (int) (height - innerH)));
        }
        return this;
    }

    /** Opens a URL ({@code http://…} or {@code file://…}) and waits until the page has loaded. */
    public Browser open(String url) {
        driver.get(url);
        afterAction();
        return this;
    }

    /** Opens a local file, e.g. {@code public/index.html}. */
    public Browser open(Path file) {
        return open(file.toAbsolutePath().toUri().toString());
    }

    /** The page's title. */
    public String title() {
        return driver.getTitle();
    }

    /** The URL now shown, percent-encoded as the browser holds it. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The elements matching a CSS selector, in document order (empty when none). */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The first element matching a CSS selector; fails with the selector in the message when none. */
    public WebElement find(String css) {
        List<WebElement> all = findAll(css);
        if (all.isEmpty()) {
            throw new AssertionError("no element matches " + css + " on " + currentUrl());
        }
        return all.get(0);
    }

    /** Clicks the first element matching a CSS selector and waits for any navigation it starts. */
    public Browser click(String css) {
        find(css).click();
        afterAction();
        return this;
    }

    /** Waits up to 10 seconds until an element matching the selector is visible, and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Runs JavaScript in the page ({@code return …} gives the result) and records any dialog it opened. */
    public Object script(String js, Object... args) {
        Object result = driver.executeScript(js, args);
        afterAction();
        return result;
    }

    /** How wide the page is against the viewport: a page that fits a phone has no horizontal overflow. */
    public Overflow overflow() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                const root = document.documentElement;
                const limit = root.clientWidth;
                const culprits = [];
                for (const el of document.body ? document.body.querySelectorAll('*') : []) {
                  const r = el.getBoundingClientRect();
                  if (r.width > 0 && Math.round(r.right) > limit) {
                    let name = el.tagName.toLowerCase();
                    if (el.id) name += '#' + el.id;
                    if (typeof el.className === 'string' && el.className.trim())
                      name += '.' + el.className.trim().split(/\\s+/).join('.');
                    culprits.push(name + ' (right edge ' + Math.round(r.right) + ')');
                    if (culprits.length === 5) break;
                  }
                }
                return {scrollWidth: root.scrollWidth, clientWidth: limit, culprits: culprits};
                """);
        @SuppressWarnings("unchecked")
        List<String> culprits = (List<String>) m.get("culprits");
        return new Overflow(number(m.get("scrollWidth")), number(m.get("clientWidth")), List.copyOf(culprits));
    }

    /**
     * The document's scroll width against its client width.
     *
     * @param culprits up to five elements whose right edge passes the viewport, to name in a failure message
     */
    public record Overflow(long scrollWidth, long clientWidth, List<String> culprits) {
        /** True when the page scrolls sideways. */
        public boolean horizontal() {
            return scrollWidth > clientWidth;
        }
    }

    /** Saves what the viewport shows as a PNG (parent folders are created) and returns the file. */
    public Path screenshot(Path png) {
        return write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the whole page, top to bottom, as a PNG as wide as the viewport. */
    public Path fullPageScreenshot(Path png) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        long width = number(driver.executeScript("return document.documentElement.clientWidth"));
        long height = Math.max(1, (long) Math.ceil(((Number) size.get("height")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Console errors so far: {@code console.error} calls, uncaught exceptions and failed loads
     * (a missing stylesheet, an image from outside), each as Chromium logged it.
     */
    public List<String> consoleErrors() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(e.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    /** The text of every alert, confirm and prompt the pages opened so far (each was accepted). */
    public List<String> dialogs() {
        afterAction();
        return List.copyOf(dialogs);
    }

    /** The Selenium driver, for anything the helpers above do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** Quits the browser and chromedriver and deletes the temporary profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(tempDir);
        }
    }

    private void afterAction() {
        while (true) {
            try {
                Alert alert = driver.switchTo().alert();
                dialogs.add(alert.getText());
                alert.accept();
            } catch (NoAlertPresentException e) {
                return;
            }
        }
    }

    private static Path write(Path png, byte[] bytes) {
        try {
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(png, bytes);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the next run uses a fresh one
        }
    }
}
