package wenku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wenku.build.BuildOptions;
import wenku.testing.SiteFixture;

/**
 * {@code wenku serve} over HTTP: the server starts on a free port, serves the pages with the reload script,
 * announces every rebuild on its event stream, and serves the new content after a file is edited, added or
 * deleted; broken content and broken templates show their problems instead of the page, and the server
 * keeps running.
 */
class DevServerTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    Path dir;
    Path content;
    DevServer server;
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    BlockingQueue<String> versions = new LinkedBlockingQueue<>();
    Thread events;

    @BeforeEach
    void start() throws Exception {
        dir = SiteFixture.write("""
                -- content/site.yml --
                title: 测试文库
                -- content/学习资料/_index.md --
                ---
                title: 学习资料
                ---
                -- content/学习资料/班组学习.md --
                ---
                title: 班组学习
                date: 2024-02-01
                ---
                每周学习一次。
                -- templates/README.txt --
                the site's own templates
                """);
        content = dir.resolve("content");
        server = DevServer.start(new BuildOptions(content, dir.resolve("templates"), null, null, false, false), 0, DevServer.Listener.NONE);
        events = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(url(DevServer.EVENTS)).build(),
                        HttpResponse.BodyHandlers.ofLines());
                r.body().filter(l -> l.startsWith("data: ")).forEach(l -> versions.add(l.substring(6)));
            } catch (IOException | InterruptedException e) {
                // the server stopped
            }
        }, "test-events");
        events.setDaemon(true);
        events.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void servesPagesWithTheReloadScriptOnLoopback() throws Exception {
        assertEquals("127.0.0.1", server.url().getHost());
        assertNotEquals(0, server.url().getPort());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElseThrow());
        Element script = Jsoup.parse(home.body()).selectFirst("head script[src=/__wenku/reload.js]");
        assertNotNull(script, "the reload script is a same-origin file, allowed by the pages' script-src 'self'");
        assertEquals(server.current().version(), script.attr("data-version"));
        assertTrue(Jsoup.parse(home.body()).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("connect-src 'self'"), "the event stream is same-origin too");

        HttpResponse<String> js = get(DevServer.RELOAD_SCRIPT);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(js.body().contains("new EventSource('/__wenku/events')"));

        assertEquals(200, get("/assets/site.css").statusCode());
        assertEquals(200, get("/学习资料/班组学习.html").statusCode());
        HttpResponse<String> folder = get("/学习资料");
        assertEquals(301, folder.statusCode());
        assertEquals("/%E5%AD%A6%E4%B9%A0%E8%B5%84%E6%96%99/", folder.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> missing = get("/没有这一页.html");
        assertEquals(404, missing.statusCode());
        assertTrue(Jsoup.parse(missing.body()).title().startsWith("页面不存在"));
    }

    @Test
    void anEditedFileIsAnnouncedAndServed() throws Exception {
        String first = nextVersion();
        assertEquals(server.current().version(), first, "a new connection is told the current version");
        write("学习资料/班组学习.md", "---\ntitle: 班组学习\ndate: 2024-02-01\n---\n每周学习两次，每次一小时。\n");
        afterReload(() -> page("/学习资料/班组学习.html").select(".article-body").text().contains("每周学习两次，每次一小时。"));
        String now = server.current().version();
        assertNotEquals(first, now);
        assertEquals(now, page("/学习资料/班组学习.html").selectFirst("script[src=/__wenku/reload.js]").attr("data-version"));
    }

    @Test
    void addedFoldersAndDeletedFilesAreServedAsTheyAreNow() throws Exception {
        nextVersion();
        write("经验交流/班前会.md", "---\ntitle: 开好班前会\n---\n班前会讲安全。\n");
        afterReload(() -> get("/经验交流/班前会.html").statusCode() == 200);
        assertTrue(page("/").select(".site-nav a").eachText().contains("经验交流"));

        Files.delete(content.resolve("学习资料/班组学习.md"));
        afterReload(() -> get("/学习资料/班组学习.html").statusCode() == 404);
    }

    @Test
    void brokenContentShowsItsProblemsUntilItIsFixed() throws Exception {
        nextVersion();
        write("学习资料/班组学习.md", "---\ntitle: 班组学习\ndate: 明天\n---\n每周学习一次。\n");
        afterReload(() -> get("/学习资料/班组学习.html").statusCode() == 500);
        String broken = server.current().version();
        HttpResponse<String> r = get("/学习资料/班组学习.html");
        Document errors = Jsoup.parse(r.body());
        assertTrue(errors.selectFirst("h1").text().contains("1 处错误"), errors.selectFirst("h1").text());
        String item = errors.selectFirst("#wenku-errors li.error").text();
        assertTrue(item.contains("学习资料/班组学习.md:3:"), item);
        assertTrue(item.contains("明天"), item);
        assertEquals(broken, errors.selectFirst("script[src=/__wenku/reload.js]").attr("data-version"),
                "the error page reloads itself when the content is fixed");
        assertEquals(200, get("/assets/site.css").statusCode(), "styles still come from the last good build");

        write("学习资料/班组学习.md", "---\ntitle: 班组学习\ndate: 2024-02-01\n---\n已改正。\n");
        afterReload(() -> get("/学习资料/班组学习.html").statusCode() == 200);
        assertTrue(page("/学习资料/班组学习.html").select(".article-body").text().contains("已改正。"));
    }

    @Test
    void aTemplateErrorShowsOnThePageAndGoesAwayWithTheTemplate() throws Exception {
        nextVersion();
        Path template = dir.resolve("templates/page.ftlh");
        Files.writeString(template, "<#import \"base.ftlh\" as b><@b.layout>${page.noSuchField}</@b.layout>\n", StandardCharsets.UTF_8);
        afterReload(() -> get("/学习资料/班组学习.html").statusCode() == 500);
        HttpResponse<String> r = get("/学习资料/班组学习.html");
        String item = Jsoup.parse(r.body()).selectFirst("#wenku-errors li.error").text();
        assertTrue(item.startsWith("templates/page.ftlh:1:"), item);
        assertEquals(200, get("/").statusCode(), "other templates still work");

        Files.delete(template);
        afterReload(() -> get("/学习资料/班组学习.html").statusCode() == 200);
    }

    // ---- helpers

    /** A check that may need a rebuild or two (a save can be seen as two changes) before it holds. */
    interface Check {
        boolean holds() throws Exception;
    }

    /** Waits for reload events until {@code check} holds; fails when it does not within {@link #WAIT}. */
    void afterReload(Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        nextVersion();
        while (!check.holds()) {
            long left = deadline - System.nanoTime();
            String v = left > 0 ? versions.poll(left, TimeUnit.NANOSECONDS) : null;
            assertNotNull(v, "not seen within " + WAIT + " of saving");
        }
    }

    String nextVersion() throws InterruptedException {
        String v = versions.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(v, "no reload event within " + WAIT);
        return v;
    }

    void write(String path, String text) throws IOException {
        Path f = content.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    URI url(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (encoded.length() > 0 || path.startsWith("/")) encoded.append('/');
            encoded.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String p = encoded.toString().replaceFirst("^//", "/");
        return server.url().resolve(p);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
