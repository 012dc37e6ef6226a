package wenku.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny static web server for tests: serves one folder (a built site) on {@code 127.0.0.1} at an
 * ephemeral port, the way an intranet web server would.
 *
 * <pre>{@code
 * try (StaticServer server = StaticServer.serve(Path.of("public"));
 *      Browser browser = Browser.start()) {
 *     browser.open(server.url("安全规程/"));
 * }
 * }</pre>
 *
 * <p>Behaviour: request paths are percent-decoded as UTF-8 (Chinese file names work); a folder is
 * answered by its {@code index.html}, and a folder asked for without its trailing slash is redirected
 * to it (301) so relative links resolve as on a real server; a missing file gives 404 with the
 * root's {@code 404.html} as body when there is one; paths that would leave the folder give 404.
 * Text types are sent with {@code charset=utf-8}. Only GET and HEAD are allowed.
 *
 * <p>Thread safe: requests are answered on a small pool; {@link #requests()} may be read from any thread.
 */
public final class StaticServer implements AutoCloseable {

    /** One answered request, for tests that check what a page loaded. */
    public record Request(String method, String path, int status) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Request> requests = new ArrayList<>();
    private int inFlight; // requests being answered, guarded by this

    private StaticServer(Path root, HttpServer server, ExecutorService pool) {
        this.root = root;
        this.server = server;
        this.pool = pool;
    }

    static {
        // Without TCP_NODELAY the JDK server's small responses wait for delayed ACKs (tens of ms per request).
        // Read once, when the JDK's server configuration is first loaded.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Starts serving {@code folder} at {@code http://127.0.0.1:<free port>/}. */
    public static StaticServer serve(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + folder);
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        StaticServer s = new StaticServer(root, http, pool);
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The site root, {@code http://127.0.0.1:<port>/}. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /**
     * The URL of a path below the root, percent-encoding each segment as a browser would, e.g.
     * {@code url("学习资料/隐患排查.html")}. A leading slash is optional; a trailing slash is kept.
     */
    public String url(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        StringBuilder b = new StringBuilder(root().toString());
        String[] segments = p.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    /** Every request answered so far, in order. */
    public synchronized List<Request> requests() {
        awaitRecorded();
        return List.copyOf(requests);
    }

    /** The requests answered with a status of 400 or more (missing files and the like). */
    public synchronized List<Request> failedRequests() {
        awaitRecorded();
        return requests.stream().filter(r -> r.status() >= 400).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        synchronized (this) {
            inFlight++;
        }
        try {
            handleCounted(exchange);
        } finally {
            synchronized (this) {
                inFlight--;
                notifyAll();
            }
        }
    }

    /**
     * Waits (up to two seconds) until every request being answered is recorded: a client can have the whole
     * response before the server thread has written its record.
     */
    private synchronized void awaitRecorded() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (inFlight > 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return;
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void handleCounted(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath(); // percent-decoded as UTF-8
        int status;
        try {
            status = answer(exchange, method, path == null ? "/" : path);
        } catch (IOException | RuntimeException e) {
            status = 500;
            if (exchange.getResponseCode() == -1) {
                exchange.sendResponseHeaders(500, -1);
            }
        } finally {
            exchange.close();
        }
        synchronized (this) {
            requests.add(new Request(method, path, status));
        }
    }

    private int answer(HttpExchange exchange, String method, String path) throws IOException {
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return 405;
        }
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return notFound(exchange, head);
        }
        if (!file.startsWith(root)) {
            return notFound(exchange, head);
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                exchange.sendResponseHeaders(301, -1);
                return 301;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return notFound(exchange, head);
        }
        send(exchange, 200, file, head);
        return 200;
    }

    private int notFound(HttpExchange exchange, boolean head) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(exchange, 404, page, head);
        } else {
            byte[] body = "404 Not Found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(404, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
        return 404;
    }

    private static void send(HttpExchange exchange, int status, Path file, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        long size = Files.size(file);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, size == 0 ? -1 : size);
        if (size > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        }
    }

    /** The Content-Type sent for a file, by its extension ({@code application/octet-stream} when unknown). */
    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
