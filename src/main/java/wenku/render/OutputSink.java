package wenku.render;

/**
 * Where rendered files go. The build decides (a temporary folder, memory in tests or the server).
 * Implementations must be thread safe: pages are rendered in parallel.
 */
public interface OutputSink {
    /** Stores {@code data} at the output-relative {@code path} (with {@code /} separators). */
    void write(String path, byte[] data);
}
