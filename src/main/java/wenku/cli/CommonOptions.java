package wenku.cli;

import picocli.CommandLine.Option;

/** Options every command has. A picocli mixin. */
public final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "print each stage's time and item count")
    boolean verbose;

    @Option(names = "--stacktrace", description = "print Java stack traces of unexpected failures")
    boolean stacktrace;
}
