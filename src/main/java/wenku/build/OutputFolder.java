package wenku.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import wenku.render.OutputSink;

/**
 * Writes a new site beside the old one and swaps it in only when the build succeeded, so a failed or
 * interrupted build never leaves a broken or half-written site: readers see the old site or the new one.
 *
 * <p>The new site is written to a hidden sibling folder {@code .NAME.new-NNN}; {@link #commit()} renames the
 * old folder to {@code .NAME.old}, renames the new one into place and deletes the old one. Nothing is
 * written anywhere else: only these siblings and the lock files {@code .NAME.lock} and
 * {@code .NAME.new-NNN.lock} beside the output folder. A file whose bytes the old site already holds at the same
 * path is not written again: the new site gets a hard link to the old file (when both are on one file system), so
 * a rebuild creates files only for what changed. Files the old site keeps unchanged keep their modification time.
 *
 * <p>Crashes and concurrent builds:
 * <ul>
 *   <li>A build killed between the two renames leaves no {@code NAME} but a complete {@code .NAME.old};
 *       the next build puts it back before it starts.</li>
 *   <li>Each build holds an OS file lock on its {@code .NAME.new-NNN.lock} while it runs; staging folders
 *       whose lock is free belong to builds that died, and are deleted by the next build.</li>
 *   <li>The restore and the swap happen under an exclusive lock on {@code .NAME.lock} (and a lock inside
 *       this JVM), so two builds into the same folder each swap in a complete site, one after the other.</li>
 * </ul>
 *
 * <p>The output folder is replaced as a whole, so {@link #begin} refuses a folder that wenku did not write
 * (one with files but no {@code .NAME.lock} beside it and not looking like a wenku site) and one that
 * contains or lies inside the content.
 *
 * <p>{@link #write} and {@link #copy} are thread safe; {@link #commit} and {@link #close} are called once, by
 * the build's thread. Two outputs written to the same path are not overwritten: the second is kept out and
 * listed by {@link #collisions()}.
 */
final class OutputFolder implements OutputSink, AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path target;
    private final Path staging;
    private final Path backup;
    private final Path swapLock;
    private final FileChannel claimChannel;
    private final FileLock claim;
    private final Path claimFile;
    private final ConcurrentHashMap<Path, Boolean> dirs = new ConcurrentHashMap<>();
    private final Set<String> collisions = java.util.Collections.synchronizedSet(new TreeSet<>());
    private boolean committed;
    private volatile boolean linking; // false once links fail, and from the start when there is no old site
    private static final ThreadLocal<byte[]> COMPARE_BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private OutputFolder(Path target, Path staging, Path backup, Path swapLock, Path claimFile, FileChannel claimChannel,
                         FileLock claim) {
        this.target = target;
        this.staging = staging;
        this.backup = backup;
        this.swapLock = swapLock;
        this.claimFile = claimFile;
        this.claimChannel = claimChannel;
        this.claim = claim;
        this.linking = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Repairs what a killed build may have left beside {@code target}: puts the old site back if the build died
     * between its two renames, and deletes the staging folders of builds that are no longer running.
     * Every build calls this first, so even a build that then fails on its content leaves a repaired folder.
     */
    static void repair(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String name = t.getFileName().toString();
        Path swapLock = parent.resolve("." + name + ".lock");
        if (Files.exists(swapLock)) { // no lock file: wenku never swapped a site in here, so there is nothing to restore
            withSwapLock(swapLock, () -> {
                restoreInterruptedSwap(t, parent.resolve("." + name + ".old"));
                return null;
            });
        }
        deleteStaleStaging(parent, name);
    }

    /**
     * Prepares a staging folder for a build into {@code target}: restores the old site if a build died
     * mid-swap, deletes the staging folders of builds that died, and claims a new staging folder.
     *
     * @param keep folders the output must neither be, contain, nor lie inside (the content and templates folders)
     * @throws IOException when {@code target} is not a folder wenku may replace (the message says what to do)
     */
    static OutputFolder begin(Path target, List<Path> keep) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        if (parent == null) throw new IOException("cannot use " + target + " as the output folder (choose a folder such as public)");
        refuseOverlap(t, keep);
        Files.createDirectories(parent);
        String name = t.getFileName().toString();
        Path backup = parent.resolve("." + name + ".old");
        Path swapLock = parent.resolve("." + name + ".lock");
        if (!Files.exists(swapLock)) refuseForeign(t); // the lock file beside it says wenku has built into it before
        withSwapLock(swapLock, () -> {
            restoreInterruptedSwap(t, backup);
            return null;
        });
        deleteStaleStaging(parent, name);

        // the claim (a locked file) exists before its staging folder, so cleanup never takes a live build's folder
        Path claimFile = Files.createTempFile(parent, "." + name + ".new-", ".lock");
        FileChannel channel = FileChannel.open(claimFile, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.lock();
            String f = claimFile.getFileName().toString();
            Path staging = parent.resolve(f.substring(0, f.length() - ".lock".length()));
            Files.createDirectory(staging);
            return new OutputFolder(t, staging, backup, swapLock, claimFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(claimFile);
            throw e;
        }
    }

    private static void refuseOverlap(Path out, List<Path> keep) throws IOException {
        Path o = real(out);
        for (Path k : keep) {
            if (k == null) continue;
            Path r = real(k.toAbsolutePath().normalize());
            if (o.equals(r) || r.startsWith(o)) {
                throw new IOException("the output folder " + out + " holds " + k + ", and every build replaces the whole"
                        + " output folder (choose another folder with --out, e.g. public)");
            }
            if (o.startsWith(r)) {
                throw new IOException("the output folder " + out + " is inside " + k
                        + " (choose a folder outside it with --out, e.g. public)");
            }
        }
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
    private static Path real(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return p;
        return existing.toRealPath().resolve(existing.relativize(p)).normalize();
    }

    private static void refuseForeign(Path t) throws IOException {
        if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the output folder " + t + " is a file or a link, not a folder (remove it or choose another --out)");
        }
        boolean looksLikeOurs = Files.exists(t.resolve("index.html")) && Files.exists(t.resolve("404.html"))
                && Files.exists(t.resolve("sitemap.xml"));
        if (looksLikeOurs) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(t)) {
            if (!s.iterator().hasNext()) return;
        }
        throw new IOException("the output folder " + t + " holds files wenku did not write, and every build replaces"
                + " the whole output folder (empty it, or choose another folder with --out)");
    }

    /** A build died between its two renames: the old site is complete in the backup folder. */
    private static void restoreInterruptedSwap(Path t, Path backup) throws IOException {
        if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(backup, LinkOption.NOFOLLOW_LINKS)) {
            move(backup, t);
        }
    }

    private static void deleteStaleStaging(Path parent, String name) throws IOException {
        String prefix = "." + name + ".new-";
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : s) candidates.add(p);
        }
        for (Path p : candidates) {
            String f = p.getFileName().toString();
            if (f.endsWith(".lock")) {
                Path dir = parent.resolve(f.substring(0, f.length() - ".lock".length()));
                if (!Files.exists(dir) && isFree(p)) Files.deleteIfExists(p);
                continue;
            }
            Path lockFile = parent.resolve(f + ".lock");
            if (!Files.exists(lockFile) || isFree(lockFile)) {
                deleteTree(p);
                Files.deleteIfExists(lockFile);
            }
        }
    }

    /** True when no running build (in any process) holds the lock on {@code lockFile}. */
    private static boolean isFree(Path lockFile) {
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = c.tryLock();
            if (l == null) return false;
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held by a build in this JVM
        } catch (NoSuchFileException e) {
            return false; // its build just finished and removed it
        } catch (IOException e) {
            return false;
        }
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    private static <T> T withSwapLock(Path lockFile, Locked<T> body) throws IOException {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvm.lock();
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock l = c.lock()) {
            return body.run();
        } finally {
            jvm.unlock();
        }
    }

    Path staging() {
        return staging;
    }

    @Override
    public void write(String path, byte[] data) {
        Path file = inside(path);
        try {
            ensureDir(file.getParent());
            if (linking && linkUnchanged(file, data)) return;
            Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            collisions.add(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the old site's file at the same path into the new site as a second name (a hard link) when it holds
     * exactly {@code data}; returns false, leaving nothing at {@code file}, when there is no such file or it differs.
     * A rebuild then creates a new file only for what changed, and the swap frees no file that did not change.
     * Creating and freeing thousands of inodes is most of the cost of writing a site on some file systems (ext4
     * without a journal scans past every recently freed inode for each file it creates).
     *
     * <p>The bytes are compared through the new name, so what is kept is what was compared, whatever a concurrent
     * build does to the old folder meanwhile. Throws {@link FileAlreadyExistsException} when {@code file} exists.
     */
    private boolean linkUnchanged(Path file, byte[] data) throws IOException {
        Path old = target.resolve(staging.relativize(file));
        try {
            Files.createLink(file, old);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            linking = false; // another file system, or links refused: write every file
            return false;
        }
        if (holds(file, data)) return true;
        Files.delete(file);
        return false;
    }

    /** True when {@code file} is a regular file (not a link to one) whose bytes are {@code data}. */
    private static boolean holds(Path file, byte[] data) {
        try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            if (ch.size() != data.length) return false;
            byte[] buf = COMPARE_BUFFER.get();
            ByteBuffer bb = ByteBuffer.wrap(buf);
            int at = 0;
            while (at < data.length) {
                bb.clear().limit(Math.min(buf.length, data.length - at));
                int n = ch.read(bb);
                if (n <= 0) return false;
                if (!Arrays.equals(buf, 0, n, data, at, at + n)) return false;
                at += n;
            }
            return true;
        } catch (IOException e) {
            return false; // a symbolic link, a folder, unreadable: write the file anew
        }
    }

    private Path inside(String path) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + path);
        }
        return file;
    }

    private void ensureDir(Path dir) throws IOException {
        if (!dirs.containsKey(dir)) {
            Files.createDirectories(dir);
            dirs.put(dir, Boolean.TRUE);
        }
    }

    /** Copies a file into the new site (never following a link at {@code from}). */
    void copy(Path from, String path) throws IOException {
        Path file = inside(path);
        ensureDir(file.getParent());
        try {
            Files.copy(from, file, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            collisions.add(path);
        }
    }

    /** Output paths that two outputs were written to (the first one was kept), sorted. */
    List<String> collisions() {
        synchronized (collisions) {
            return List.copyOf(collisions);
        }
    }

    /** Puts the new site in place of the old one. */
    void commit() throws IOException {
        withSwapLock(swapLock, () -> {
            restoreInterruptedSwap(target, backup);
            if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) deleteTree(backup);
            boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (hadOld) move(target, backup);
            move(staging, target);
            committed = true;
            if (hadOld) deleteTree(backup);
            return null;
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging folder of a build that did not commit, and gives up this build's claim. */
    @Override
    public void close() {
        try {
            if (!committed) deleteTree(staging);
        } catch (IOException e) {
            // left behind: the next build sees its claim is free and deletes it
        } finally {
            try {
                claim.release();
                claimChannel.close();
                Files.deleteIfExists(claimFile);
            } catch (IOException e) {
                // a stale claim file without a folder is removed by the next build
            }
        }
    }

    /**
     * Deletes {@code root} and everything in it, never following a symbolic link. Where the platform allows, files
     * are removed by name relative to their open folder (one system call each, no path to resolve).
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        boolean emptied = false;
        try (DirectoryStream<Path> d = Files.newDirectoryStream(root)) {
            if (d instanceof SecureDirectoryStream<Path> sd) {
                deleteContents(sd);
                emptied = true;
            }
        }
        if (!emptied) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(root);
    }

    private static void deleteContents(SecureDirectoryStream<Path> dir) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (Path entry : dir) {
            Path name = entry.getFileName();
            try {
                dir.deleteFile(name);
            } catch (NoSuchFileException e) {
                // gone already
            } catch (IOException e) {
                if (!dir.getFileAttributeView(name, java.nio.file.attribute.BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes().isDirectory()) throw e;
                folders.add(name);
            }
        }
        for (Path name : folders) {
            try (SecureDirectoryStream<Path> sub = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                deleteContents(sub);
            }
            dir.deleteDirectory(name);
        }
    }
}
