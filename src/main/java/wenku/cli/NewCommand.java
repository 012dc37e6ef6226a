package wenku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wenku.content.ChinesePunctuation;
import wenku.problem.Problem;

/** {@code wenku new "标题"}: creates a note with its front matter filled in, ready to edit. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a note content/<category>/<title>.md with front matter filled in: title, today's date,"
                + " category, and empty author, unit, source, editor and tags to complete.",
                "Without --category, asks for one when run in a terminal (listing the site's categories).",
                "Prints the path of the new note."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the note was created", "1:a note with that title already exists", "2:wrong command line",
                "3:the note could not be written"})
public final class NewCommand implements Callable<Integer> {
    private static final String STAGE = "new";

    @Parameters(index = "0", paramLabel = "TITLE", description = "the note's title, e.g. \"班组安全活动记录\"")
    String title;

    @Option(names = "--category", paramLabel = "C", description = "the note's category (also chooses its folder)")
    String category;

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Spec
    CommandSpec spec;

    private final Prompter prompter;
    private final Clock clock;

    public NewCommand() {
        this(Prompter.system(), Clock.systemDefaultZone());
    }

    NewCommand(Prompter prompter, Clock clock) {
        this.prompter = prompter;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String t = title == null ? "" : ChinesePunctuation.fixLine(title.strip());
        if (t.isEmpty()) {
            err.println("error: new: the title is empty (write wenku new \"标题\")");
            return ExitCodes.USAGE;
        }
        NoteLocation location = new NoteLocation(content);
        try {
            String c = category != null && !category.isBlank() ? category.strip() : null;
            if (c == null && prompter.isInteractive()) c = askCategory(location, err);
            Path target = location.pathFor(c, t);
            if (Files.exists(target)) {
                err.println(Problem.error(target.toString(), 0, 0, STAGE,
                        "a note with this title already exists (edit that file, or choose another title)").format());
                return ExitCodes.CONTENT_ERRORS;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, frontMatter(t, LocalDate.now(clock), c), StandardCharsets.UTF_8);
            stdout.println(target);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(Problem.error(content.toString(), 0, 0, STAGE, "cannot write the note: " + e.getMessage()
                    + " (check that the content folder exists and is writable)").format());
            return ExitCodes.IO_ERROR;
        }
    }

    /** Lists the site's categories and reads a number, a name, or nothing (no category). */
    private String askCategory(NoteLocation location, PrintWriter err) throws IOException {
        List<String> known = location.knownCategories();
        err.println("Category of the note:");
        for (int i = 0; i < known.size(); i++) err.printf("  %d) %s%n", i + 1, known.get(i));
        err.flush();
        while (true) {
            String answer = prompter.ask(known.isEmpty() ? "Category (Enter for none): "
                    : "Number or name (Enter for none): ");
            if (answer == null || answer.isBlank()) return null;
            String a = answer.strip();
            if (a.matches("\\d{1,3}")) {
                int n = Integer.parseInt(a);
                if (n >= 1 && n <= known.size()) return known.get(n - 1);
                err.println("There is no category " + n + "; type a number from 1 to " + known.size() + ", or a name.");
                err.flush();
                continue;
            }
            return a;
        }
    }

    static String frontMatter(String title, LocalDate date, String category) {
        return "---\n"
                + "title: " + yaml(title) + "\n"
                + "date: " + date + "\n"
                + "author:\n"
                + "unit:\n"
                + "source:\n"
                + "editor:\n"
                + "category:" + (category == null ? "" : " " + yaml(category)) + "\n"
                + "tags: []\n"
                + "---\n\n";
    }

    /** A YAML scalar: plain when safe, double-quoted otherwise. */
    private static String yaml(String s) {
        boolean plain = !s.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) < 0 && !s.contains(": ")
                && !s.contains(" #") && !s.endsWith(":") && !s.matches("(?i)true|false|yes|no|on|off|null|~|[-+.\\d][\\d.eE+-]*");
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
