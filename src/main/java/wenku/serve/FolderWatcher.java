package wenku.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them, and reports what changed in batches: after the first change
 * it waits until the folders have been quiet for a moment (editors save through temporary files and
 * renames), then hands the changed paths to its listener, on the watcher's own thread.
 *
 * <p>Folders created later are watched as soon as they appear; deleted ones are dropped. Hidden files and
 * folders ({@code .name}) and editor backups ({@code name~}) are ignored, like the content loader ignores
 * them. When the system drops events (too many at once), the batch contains the watched roots themselves,
 * meaning "anything may have changed".
 *
 * <p>Thread safe: {@link #close} may be called from any thread.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final WatchService service;
    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> listener;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;

    private FolderWatcher(WatchService service, List<Path> roots, Duration quiet, Consumer<Set<Path>> listener) {
        this.service = service;
        this.roots = roots;
        this.quiet = quiet;
        this.listener = listener;
        this.thread = new Thread(this::loop, "wenku-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param roots    folders to watch (missing ones are skipped)
     * @param quiet    how long the folders must be quiet before a batch is reported
     * @param listener gets each batch of changed paths (absolute); called on the watcher thread, one batch at a time
     */
    static FolderWatcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> listener) throws IOException {
        List<Path> absolute = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        FolderWatcher w = new FolderWatcher(absolute.get(0).getFileSystem().newWatchService(), absolute, quiet, listener);
        for (Path root : absolute) if (Files.isDirectory(root)) w.registerTree(root);
        w.thread.start();
        return w;
    }

    /** Number of folders being watched. */
    int folders() {
        return keys.size();
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && ignored(d)) return FileVisitResult.SKIP_SUBTREE;
                keys.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // deleted while we looked: its delete event follows
            }
        });
    }

    static boolean ignored(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString();
        return n.startsWith(".") || n.endsWith("~") || n.equals("4913"); // 4913: vim's probe file
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                drain(service.take(), batch);
                long deadline = System.nanoTime() + MAX_DELAY.toNanos();
                while (System.nanoTime() < deadline) {
                    WatchKey more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                    if (more == null) break;
                    drain(more, batch);
                }
                if (!batch.isEmpty()) listener.accept(Set.copyOf(batch));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.addAll(roots);
                continue;
            }
            Path child = dir == null ? null : dir.resolve((Path) event.context());
            if (child == null || ignored(child)) continue;
            batch.add(child);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                    addFiles(child, batch); // files created before the folder was watched
                } catch (IOException | java.io.UncheckedIOException e) {
                    batch.add(child); // changing while we looked: later events tell the rest
                }
            }
        }
        if (!key.reset()) keys.remove(key);
    }

    private static void addFiles(Path dir, Set<Path> batch) throws IOException {
        try (var s = Files.walk(dir)) {
            s.filter(p -> !ignored(p)).forEach(batch::add);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
