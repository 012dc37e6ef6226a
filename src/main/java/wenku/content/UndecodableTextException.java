package wenku.content;

/** A file's bytes are not text in any encoding we accept. {@link #byteOffset()} is where the first bad byte is. */
public final class UndecodableTextException extends Exception {
    private final long byteOffset;

    public UndecodableTextException(long byteOffset, String message) {
        super(message);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
