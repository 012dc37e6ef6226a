package wenku.markdown;

/**
 * A document whose shape (thousands of nested quotes, a table of a hundred thousand rows) is too deep or too
 * long to render safely. The message says what to change.
 */
public final class MarkdownTooComplexException extends RuntimeException {
    private final int line;

    public MarkdownTooComplexException(String message) {
        this(message, 0);
    }

    /** @param line the 1-based line of the Markdown where the problem starts, 0 when unknown */
    public MarkdownTooComplexException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The 1-based line of the rendered Markdown where the problem starts, or 0 when unknown. */
    public int line() {
        return line;
    }
}
