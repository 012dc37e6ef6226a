package wenku.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import wenku.build.BuildOptions;
import wenku.build.IncrementalBuild;
import wenku.build.LiveSite;
import wenku.problem.BuildFailedException;
import wenku.problem.Problem;

/**
 * {@code wenku serve}: builds the site into memory, serves it on {@code 127.0.0.1}, watches the content and
 * templates folders, rebuilds what a change affects and makes open browser tabs reload.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(options, 1313, DevServer.Listener.NONE)) {
 *     System.out.println(server.url());   // http://127.0.0.1:1313/
 *     ...
 * }
 * }</pre>
 *
 * <p>Every HTML page it serves gets one extra element, {@code <script src="/__wenku/reload.js">}, a same-origin
 * file, so the pages' Content-Security-Policy ({@code script-src 'self'; connect-src 'self'}) allows it; the
 * script listens to {@code /__wenku/events} (Server-Sent Events) and reloads the tab when a new build is
 * published. While the content has errors every page shows the list of problems instead
 * ({@link ErrorPage}); images and styles keep coming from the last good build. The server never stops
 * because of what is in the content.
 *
 * <p>Thread safe. Rebuilds run one at a time on the watcher's thread; requests are served on a pool of
 * daemon threads from the latest published build.
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__wenku/";
    static final String RELOAD_SCRIPT = PREFIX + "reload.js";
    static final String EVENTS = PREFIX + "events";
    /** How long the folders must be quiet after a change before rebuilding (editors write in several steps). */
    static final Duration QUIET = Duration.ofMillis(30);

    /** What the server tells its user. Called on the server's threads; implementations must be thread safe. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** A build was published (the first one too, before {@link #start} returns). */
        default void built(Rebuild rebuild) {
        }

        /** A page could not be rendered for a request (a template error); the browser shows the problems. */
        default void renderFailed(String path, List<Problem> problems) {
        }
    }

    /**
     * One published build.
     *
     * @param version what open tabs compare to decide to reload
     * @param changed the content- or templates-relative paths that changed (empty for the first build)
     * @param site    the site, or {@code null} when wenku itself failed ({@code failure} says why)
     * @param failure an unexpected failure (a folder that cannot be read …), or {@code null}
     * @param nanos   how long the build took
     */
    public record Rebuild(String version, Set<String> changed, LiveSite site, Exception failure, long nanos) {
        /** True when there is a site to show. */
        public boolean ok() {
            return site != null && site.ok();
        }
    }

    private record State(Rebuild current, LiveSite lastGood) {
    }

    private final IncrementalBuild build;
    private final Listener listener;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private final byte[] reloadScript;
    private final ReloadHub hub;
    private final ExecutorService pool;
    private HttpServer http;
    private FolderWatcher watcher;
    private volatile State state;
    private int builds;

    private DevServer(IncrementalBuild build, Listener listener) throws IOException {
        this.build = build;
        this.listener = listener;
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
            if (in == null) throw new IOException("wenku's reload script is missing from its classpath");
            this.reloadScript = in.readAllBytes();
        }
        this.hub = new ReloadHub(session + ".0");
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wenku-http");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Builds the site, starts watching its folders and serving it.
     *
     * @param options  what to build ({@code out} is ignored: nothing is written)
     * @param port     the port on 127.0.0.1; 0 picks a free one
     * @param listener told about every build
     * @throws IOException when the port is taken or the folders cannot be read
     */
    public static DevServer start(BuildOptions options, int port, Listener listener) throws IOException {
        DevServer s = new DevServer(new IncrementalBuild(options), listener);
        try {
            s.open(port);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void open(int port) throws IOException {
        if (!java.nio.file.Files.isDirectory(build.contentRoot())) {
            throw new IOException("content folder " + build.contentRoot() + " does not exist (create it or pass --content DIR)");
        }
        List<Path> watched = new ArrayList<>();
        watched.add(build.contentRoot());
        if (build.templatesRoot() != null) watched.add(build.templatesRoot());
        watcher = FolderWatcher.start(watched, QUIET, this::rebuild);
        rebuild(Set.of());
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is in use (stop the other server or pick another port with --port)", e);
        }
        http.createContext("/", this::handle);
        http.setExecutor(pool);
        http.start();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:1313/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The latest published build. */
    public Rebuild current() {
        return state.current();
    }

    /** Number of open reload connections (browser tabs). */
    public int tabs() {
        return hub.connections();
    }

    /** Folders being watched. */
    int watchedFolders() {
        return watcher.folders();
    }

    private synchronized void rebuild(Set<Path> changed) {
        Set<String> names = new TreeSet<>();
        for (Path p : changed) {
            build.changed(p);
            names.add(display(p));
        }
        long t0 = System.nanoTime();
        LiveSite site = null;
        Exception failure = null;
        try {
            site = build.rebuild();
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        Rebuild r = new Rebuild(session + "." + ++builds, Set.copyOf(names), site, failure, System.nanoTime() - t0);
        State before = state;
        LiveSite good = site != null && site.ok() ? site : before == null ? null : before.lastGood();
        state = new State(r, good);
        hub.publish(r.version());
        listener.built(r);
    }

    private String display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        if (a.startsWith(build.contentRoot())) return build.contentRoot().relativize(a).toString().replace('\\', '/');
        if (build.templatesRoot() != null && a.startsWith(build.templatesRoot())) {
            return "templates/" + build.templatesRoot().relativize(a).toString().replace('\\', '/');
        }
        return a.toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean keepOpen = false;
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path == null || path.isEmpty()) path = "/";
            if (path.equals(EVENTS)) {
                hub.open(ex);
                keepOpen = true;
                return;
            }
            if (path.equals(RELOAD_SCRIPT)) {
                send(ex, 200, "text/javascript; charset=utf-8", reloadScript);
                return;
            }
            serve(ex, path, state);
        } finally {
            if (!keepOpen) ex.close();
        }
    }

    private void serve(HttpExchange ex, String path, State s) throws IOException {
        Rebuild r = s.current();
        String version = r.version();
        boolean page = isPage(path);
        if (r.failure() != null) {
            if (page) {
                List<Problem> ps = List.of(Problem.error(null, 0, 0, "wenku", String.valueOf(r.failure().getMessage())));
                sendErrorPage(ex, "wenku 无法构建站点", ps, version);
                return;
            }
        } else if (!r.site().ok()) {
            if (page) {
                sendErrorPage(ex, "内容有 " + r.site().errors() + " 处错误，页面没有更新", r.site().problems(), version);
                return;
            }
        }
        LiveSite site = r.ok() ? r.site() : s.lastGood();
        if (site == null) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<byte[]> file;
        try {
            file = site.file(path);
            if (file.isEmpty() && !path.endsWith("/") && site.file(path + "/").isPresent()) {
                redirect(ex, path + "/");
                return;
            }
            if (file.isEmpty()) {
                Optional<byte[]> notFound = site.file("404.html");
                byte[] body = notFound.isPresent() ? inject(notFound.get(), version) : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, notFound.isPresent() ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body);
                return;
            }
        } catch (BuildFailedException e) {
            listener.renderFailed(path, e.problems());
            sendErrorPage(ex, "页面无法生成（模板有错误）", e.problems(), version);
            return;
        } catch (UncheckedIOException e) {
            send(ex, 500, "text/plain; charset=utf-8", ("cannot read: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = contentType(path);
        byte[] body = type.startsWith("text/html") ? inject(file.get(), version) : file.get();
        send(ex, 200, type, body);
    }

    private void sendErrorPage(HttpExchange ex, String heading, List<Problem> problems, String version) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        send(ex, 500, "text/html; charset=utf-8", ErrorPage.html(heading, problems, contentPrefix(), version));
    }

    /** How problem paths are prefixed so they can be found from where wenku was started, e.g. {@code content/}. */
    private String contentPrefix() {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path c = build.contentRoot();
        String rel = c.startsWith(cwd) ? cwd.relativize(c).toString().replace('\\', '/') : c.toString();
        return rel.isEmpty() ? "" : rel + "/";
    }

    private static void redirect(HttpExchange ex, String path) throws IOException {
        String location;
        try {
            location = new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            location = path;
        }
        ex.getResponseHeaders().set("Location", location);
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) ex.getResponseBody().write(body);
    }

    /** Adds the reload script to an HTML page, before {@code </head>}. */
    static byte[] inject(byte[] html, String version) {
        String s = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\" data-version=\"" + version + "\" defer></script>\n";
        int at = s.toLowerCase(Locale.ROOT).indexOf("</head>");
        String out = at < 0 ? tag + s : s.substring(0, at) + tag + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isPage(String path) {
        if (path.endsWith("/") || path.endsWith(".html")) return true;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.indexOf('.') < 0;
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("bmp", "image/bmp"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff2", "font/woff2"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"), Map.entry("zip", "application/zip"));

    static String contentType(String path) {
        String p = path.endsWith("/") ? "index.html" : path;
        String last = p.substring(p.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0) return "text/html; charset=utf-8";
        return TYPES.getOrDefault(last.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** Stops serving and watching; open tabs lose their connection (and reconnect to a restarted server). */
    @Override
    public void close() {
        if (watcher != null) watcher.close();
        hub.close();
        if (http != null) http.stop(0);
        pool.shutdownNow();
    }
}
