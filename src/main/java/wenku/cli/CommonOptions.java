package wenku.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * Options every command has, and how a command reports the failures that are not the content's fault with them.
 * A picocli mixin.
 */
public final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "print each stage's time and item count")
    boolean verbose;

    @Option(names = "--stacktrace", description = "print Java stack traces of unexpected failures")
    boolean stacktrace;

    /** Prints a file that could not be read or written (its stack trace only with --stacktrace); returns the exit code. */
    int ioError(PrintWriter err, Exception e) {
        err.println("error: " + e.getMessage());
        if (stacktrace) e.printStackTrace(err);
        return ExitCodes.IO_ERROR;
    }

    /** Prints a failure that is wenku's own fault, with a hint to run again with --stacktrace; returns the exit code. */
    int unexpected(PrintWriter err, RuntimeException e) {
        err.println("error: wenku failed unexpectedly: " + e);
        if (stacktrace) e.printStackTrace(err);
        else err.println("(run again with --stacktrace to see where)");
        return ExitCodes.IO_ERROR;
    }
}
