package wenku.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wenku} command line: {@code wenku build}, {@code wenku serve}, {@code wenku check} … */
@Command(name = "wenku", mixinStandardHelpOptions = true, version = "wenku 0.1.0",
        description = "文库: builds a static knowledge-base site from Markdown study material, for intranets.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        java.util.OptionalInt tuned = TunedJvm.run(args); // a build runs in a JVM set up for a short batch job
        System.exit(tuned.isPresent() ? tuned.getAsInt() : run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            c.getErr().println("error: " + ex);
            return ExitCodes.IO_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
