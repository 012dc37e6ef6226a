package wenku.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticServerTest {

    @TempDir
    static Path site;
    static StaticServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serve() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>首页</title>");
        Files.writeString(site.resolve("404.html"), "<!doctype html><title>页面不存在</title>");
        Path section = Files.createDirectories(site.resolve("学习资料"));
        Files.writeString(section.resolve("index.html"), "<!doctype html><title>学习资料</title>");
        Files.writeString(section.resolve("班组安全活动记录(2024-03-15).html"), "<p>班前会</p>");
        Files.writeString(section.resolve("流程 图.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(site.getParent().resolve("outside-" + site.getFileName() + ".txt"), "secret");
        server = StaticServer.serve(site);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        Files.deleteIfExists(site.getParent().resolve("outside-" + site.getFileName() + ".txt"));
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesChineseFileNamesPercentEncodedWithUtf8Type() throws Exception {
        String url = server.url("学习资料/班组安全活动记录(2024-03-15).html");
        assertTrue(url.startsWith("http://127.0.0.1:" + server.port() + "/%E5%AD%A6%E4%B9%A0"), url);

        HttpResponse<String> r = get(url);

        assertEquals(200, r.statusCode());
        assertEquals("<p>班前会</p>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void spacesInNamesAndImageTypes() throws Exception {
        HttpResponse<String> r = get(server.url("学习资料/流程 图.svg"));

        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void folderGivesItsIndexAndIsRedirectedToItsSlash() throws Exception {
        HttpResponse<String> redirect = get(server.url("学习资料"));
        assertEquals(301, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertEquals(URI.create(server.url("学习资料/")).getRawPath(), location);

        HttpResponse<String> index = get(server.url("学习资料/"));
        assertEquals(200, index.statusCode());
        assertEquals("<!doctype html><title>学习资料</title>", index.body());
        assertEquals("<!doctype html><title>首页</title>", get(server.root().toString()).body());
    }

    @Test
    void missingFileGivesTheSites404Page() throws Exception {
        HttpResponse<String> r = get(server.url("学习资料/没有这篇.html"));

        assertEquals(404, r.statusCode());
        assertEquals("<!doctype html><title>页面不存在</title>", r.body());
        assertTrue(server.failedRequests().stream().anyMatch(q -> q.path().equals("/学习资料/没有这篇.html")),
                server.failedRequests().toString());
    }

    @Test
    void pathsLeavingTheFolderAreNotServed() throws Exception {
        String escape = server.root() + "%2e%2e/outside-" + site.getFileName() + ".txt";

        HttpResponse<String> r = get(escape);

        assertEquals(404, r.statusCode());
        assertTrue(!r.body().contains("secret"));
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.root()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(server.root()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(Files.size(site.resolve("index.html"))), head.headers().firstValue("Content-Length").orElseThrow());
    }
}
