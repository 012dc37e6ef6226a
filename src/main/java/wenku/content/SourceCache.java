package wenku.content;

import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import wenku.problem.Problem;

/**
 * What {@link ContentLoader} read from each Markdown file last time, so that loading the same folder again
 * (as {@code wenku serve} does after every save) decodes and parses only the files that changed.
 *
 * <p>A file is taken from the cache when its modification time and size are as before and nobody called
 * {@link #changed} for it; otherwise its bytes are read again, and when they hash to the same SHA-256 as before
 * the earlier {@link SourceDocument} instance is still reused (so later stages can recognise it by identity).
 * The problems found while reading a file are remembered with it and reported again on every load.
 *
 * <p>Thread safe: the loader reads files on several threads.
 */
public final class SourceCache {
    /** One file as read: its stamp, content hash, the document (or {@code null}) and the problems reading it found. */
    record Entry(FileTime modified, long size, byte[] sha256, SourceDocument document, List<Problem> problems) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    /**
     * Marks a content-relative path as changed, so the next load reads it even when its time and size
     * look the same (two saves within the file system's time resolution).
     */
    public void changed(String path) {
        changed.add(path);
    }

    /** Number of files remembered. */
    public int size() {
        return entries.size();
    }

    /** The entry for a file when its stamp is unchanged and it was not marked changed; else {@code null}. */
    Entry fresh(String path, FileTime modified, long size) {
        if (changed.contains(path)) return null;
        Entry e = entries.get(path);
        return e != null && e.size() == size && e.modified().equals(modified) ? e : null;
    }

    /** The entry for a file whose bytes hash to {@code sha256}, or {@code null}. */
    Entry sameContent(String path, byte[] sha256) {
        Entry e = entries.get(path);
        return e != null && Arrays.equals(e.sha256(), sha256) ? e : null;
    }

    void put(String path, Entry e) {
        entries.put(path, e);
        changed.remove(path);
    }

    /** Forgets every file not in {@code present} (deleted or renamed since). */
    void retain(Set<String> present) {
        entries.keySet().retainAll(present);
        changed.retainAll(present);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
