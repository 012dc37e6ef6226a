package wenku.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events endpoint that tells open browser tabs to reload. Every connection is sent the
 * current site version when it opens and each new version when it is published; the page's reload script
 * compares it with the version the page was served at and reloads when they differ. So a tab that was
 * disconnected (server restarted, laptop asleep) catches up as soon as it reconnects.
 *
 * <p>Thread safe. Connections are dropped when writing to them fails; a comment line every 15 seconds
 * finds connections whose tab was closed.
 */
final class ReloadHub implements AutoCloseable {
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wenku-reload-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile String version;

    private record Client(HttpExchange exchange, OutputStream out) {
    }

    ReloadHub(String version) {
        this.version = version;
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** Number of open connections. */
    int connections() {
        return clients.size();
    }

    /** Takes over an event-stream request: answers it and keeps it open. */
    void open(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        Client c = new Client(ex, ex.getResponseBody());
        clients.add(c);
        write(c, "retry: 500\n" + event(version));
    }

    /** Publishes a new version: every open tab reloads. */
    void publish(String newVersion) {
        version = newVersion;
        send(event(newVersion));
    }

    private static String event(String v) {
        return "event: version\ndata: " + v + "\n\n";
    }

    private void send(String text) {
        for (Client c : clients) write(c, text);
    }

    private void write(Client c, String text) {
        try {
            synchronized (c) {
                c.out().write(text.getBytes(StandardCharsets.UTF_8));
                c.out().flush();
            }
        } catch (IOException e) {
            clients.remove(c);
            c.exchange().close();
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (Client c : clients) c.exchange().close();
        clients.clear();
    }
}
