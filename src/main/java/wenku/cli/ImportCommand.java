package wenku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wenku.content.TextDecoder;
import wenku.content.UndecodableTextException;
import wenku.html.HtmlToText;
import wenku.imports.ImportOptions;
import wenku.imports.ImportedArticle;
import wenku.imports.NotAnArticleException;
import wenku.imports.WebArticleImporter;
import wenku.problem.Problem;

/** {@code wenku import FILE}: turns an article copied from a web page into a note under the content folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns an article copied from a web page (a .txt file with the copied text, or a saved .html page)"
                + " into a Markdown note with front matter, written to content/<category>/<title>.md.",
                "Removes the site's menus, share buttons and lists of other articles, picks out title, date, author,"
                        + " unit, source and issue, keywords, editor, and fixes half-width punctuation in Chinese text.",
                "Prints the path of the note it wrote."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the note was written", "1:no article found in the file, or the note exists (use --force)",
                "2:wrong command line", "3:a file could not be read or written"})
public final class ImportCommand implements Callable<Integer> {
    private static final String STAGE = "import";

    @Parameters(index = "0", paramLabel = "FILE", description = "the copied page: a .txt file (UTF-8 or GBK) or a saved .html page")
    Path file;

    @Option(names = "--category", paramLabel = "C", description = "the note's category, e.g. 经验交流 (also chooses its folder)")
    String category;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "write the note here instead (a .md file, or a folder to put it in)")
    Path out;

    @Option(names = {"-f", "--force"}, description = "overwrite the note if it already exists")
    boolean force;

    @Option(names = {"-c", "--content"}, paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            err.println(Problem.error(shown, 0, 0, STAGE, Files.isDirectory(file)
                    ? "is a folder, not a file (give the .txt or .html file of the copied page)"
                    : "no such file (check the path; copy the page's text into a .txt file, or save the page as .html)").format());
            return ExitCodes.IO_ERROR;
        }
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file)).text();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) text = HtmlToText.toText(text);
            ImportedArticle article = WebArticleImporter.fromText(text, ImportOptions.defaults().withCategory(category));

            NoteLocation location = new NoteLocation(content);
            Path target = out == null ? location.pathFor(article.category(), article.title())
                    : Files.isDirectory(out) ? out.resolve(NoteLocation.fileName(article.title())) : out;
            if (Files.exists(target) && !force) {
                err.println(Problem.error(target.toString(), 0, 0, STAGE, "the note already exists (run again with --force"
                        + " to overwrite it, or choose another file with --out)").format());
                return ExitCodes.CONTENT_ERRORS;
            }
            for (String w : warnings(article, location)) err.println(Problem.warning(target.toString(), 0, 0, STAGE, w).format());
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(target, article.toMarkdown(), StandardCharsets.UTF_8);
            stdout.println(target);
            return ExitCodes.OK;
        } catch (UndecodableTextException e) {
            err.println(Problem.error(shown, 0, 0, STAGE, "byte " + e.byteOffset() + ": " + e.getMessage()).format());
            return ExitCodes.CONTENT_ERRORS;
        } catch (NotAnArticleException e) {
            err.println(Problem.error(shown, 0, 0, STAGE, e.getMessage()).format());
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println(Problem.error(shown, 0, 0, STAGE, "cannot read or write: " + e.getMessage()
                    + " (check that the folder exists and is writable)").format());
            return ExitCodes.IO_ERROR;
        }
    }

    /** What the contributor should fill in or check by hand. */
    private static List<String> warnings(ImportedArticle a, NoteLocation location) throws IOException {
        List<String> w = new java.util.ArrayList<>();
        if (a.date() == null) w.add("no date found in the page (add date: 2024-05-01 to the front matter)");
        if (a.authors().isEmpty() && a.documentNumber() == null) {
            w.add("no author found in the page (add author: 姓名 to the front matter if the article has one)");
        }
        if (a.category() == null) w.add("no category given (add category: to the front matter, or import with --category)");
        List<String> allowed = a.category() == null ? List.of() : location.listedCategories();
        if (!allowed.isEmpty() && !allowed.contains(a.category())) {
            w.add("category \"" + a.category() + "\" is not one of the categories in site.yml (use one of: "
                    + String.join("、", allowed) + ")");
        }
        return w;
    }
}
