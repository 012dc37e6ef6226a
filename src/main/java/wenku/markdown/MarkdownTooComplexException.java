package wenku.markdown;

/** A document whose structure (e.g. thousands of nested quotes) is too deep to render safely. */
public final class MarkdownTooComplexException extends RuntimeException {
    public MarkdownTooComplexException(String message) {
        super(message);
    }
}
