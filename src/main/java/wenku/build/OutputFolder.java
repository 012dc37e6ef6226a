package wenku.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import wenku.render.OutputSink;

/**
 * Writes a new site beside the old one and swaps it in only when the build succeeded, so a failed or
 * interrupted build never leaves a broken or half-written site: readers see the old site or the new one.
 *
 * <p>The new site is written to a temporary sibling folder; {@link #commit()} renames the old folder away,
 * renames the new one into place and deletes the old one. If a build is killed between the two renames,
 * the next build puts the old site back before it starts. {@link #write} is thread safe.
 */
final class OutputFolder implements OutputSink, AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path backup;
    private final ConcurrentHashMap<Path, Boolean> dirs = new ConcurrentHashMap<>();
    private boolean committed;

    private OutputFolder(Path target, Path staging, Path backup) {
        this.target = target;
        this.staging = staging;
        this.backup = backup;
    }

    /** Prepares a staging folder for a build into {@code target}. */
    static OutputFolder begin(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        Files.createDirectories(parent);
        String name = t.getFileName().toString();
        Path backup = parent.resolve("." + name + ".old");
        if (!Files.exists(t) && Files.isDirectory(backup)) {
            Files.move(backup, t); // a previous build died between the two renames: restore the old site
        }
        Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
        return new OutputFolder(t, staging, backup);
    }

    Path staging() {
        return staging;
    }

    @Override
    public void write(String path, byte[] data) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + path);
        }
        try {
            ensureDir(file.getParent());
            Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two outputs were written to " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureDir(Path dir) throws IOException {
        if (!dirs.containsKey(dir)) {
            Files.createDirectories(dir);
            dirs.put(dir, Boolean.TRUE);
        }
    }

    /** Copies a file into the new site. */
    void copy(Path from, String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) throw new IOException("refusing to write outside the output folder: " + path);
        ensureDir(file.getParent());
        Files.copy(from, file, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** Puts the new site in place of the old one. */
    void commit() throws IOException {
        if (Files.exists(backup)) deleteTree(backup);
        boolean hadOld = Files.exists(target);
        if (hadOld) move(target, backup);
        move(staging, target);
        committed = true;
        if (hadOld) deleteTree(backup);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging folder of a build that did not commit. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // nothing more to do: the staging folder is hidden and the next build ignores it
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
