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
        CommandLine cl = args.length > 0 && args[0].equals("build") ? buildCommandLine() : commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        return configured(new CommandLine(new Main()));
    }

    /**
     * The same {@code wenku} command line with only its {@code build} subcommand, for running a build: picocli reads
     * the annotations of every subcommand when a command line is made (and verifies its own classes, which are too
     * old for the class-data archive), so a build starts with some 20–40 ms less processor time with one subcommand
     * than with all six.
     */
    static CommandLine buildCommandLine() {
        Command main = Main.class.getAnnotation(Command.class);
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name(main.name()).version(main.version())
                .mixinStandardHelpOptions(main.mixinStandardHelpOptions()));
        cl.addSubcommand(new BuildCommand());
        return configured(cl);
    }

    private static CommandLine configured(CommandLine cl) {
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
