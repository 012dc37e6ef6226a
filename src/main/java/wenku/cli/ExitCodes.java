package wenku.cli;

/** The exit codes of every wenku command. */
public final class ExitCodes {
    /** Everything went well (warnings may have been printed). */
    public static final int OK = 0;
    /** The content has errors: nothing was written, the previous output is intact. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A file could not be read or written, or wenku itself failed. */
    public static final int IO_ERROR = 3;

    private ExitCodes() {
    }
}
