package wenku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.build.BuildResult;
import wenku.check.ContentChecks;
import wenku.check.ContentFixer;
import wenku.check.ProblemReport;
import wenku.problem.Problem;

/** {@code wenku check}: reports every problem of the content without writing anything, for contributors and CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reports every problem of the content, as build would and more, without writing anything.",
                "It finds front matter errors and mistyped keys, missing titles, categories not listed in site.yml, "
                        + "links and images to nothing, two pages with the same URL, the same text committed twice, "
                        + "files not saved as UTF-8, and half-width , ; : ? ! ( ) between Chinese characters.",
                "Each problem is one line: path:line:column: error|warning: stage: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may have been printed; with --strict: no warnings either)",
                "1:the content has errors (or warnings, with --strict)", "2:wrong command line",
                "3:a file could not be read or written"})
public final class CheckCommand implements Callable<Integer> {
    /** How problems are written to standard output. */
    enum Format { text, json, gitlab }

    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (path:line:column: …, read by editors and Jenkins' GCC parser), json, or gitlab"
                    + " (GitLab Code Quality report for merge requests); default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--fix", description = "first rewrite half-width punctuation between Chinese characters to full width,"
            + " and save GBK/UTF-16 files as UTF-8, in place")
    boolean fix;

    @Option(names = "--strict", description = "exit with 1 on warnings too")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Progress progress = new Progress(err);
        String prefix = site.contentPrefix();
        try {
            if (fix) {
                List<ContentFixer.Fixed> fixed = ContentFixer.fix(site.content);
                for (ContentFixer.Fixed f : fixed) {
                    err.println("fixed " + prefix + f.path() + ": " + Summary.count(f.marks(), "punctuation mark")
                            + (f.fromEncoding() == null ? "" : ", converted from " + f.fromEncoding() + " to UTF-8"));
                }
                err.println("fixed " + Summary.count(fixed.size(), "file"));
            }
            BuildOptions options = new BuildOptions(site.content, site.templatesOrDefault(), null, site.baseUrl, site.drafts, !site.noGit);
            BuildResult r = Build.check(options, ContentChecks.all(), progress);
            progress.clear();
            List<Problem> problems = r.problems();
            stdout.print(switch (format) {
                case text -> ProblemReport.text(problems, prefix);
                case json -> ProblemReport.json(problems, prefix);
                case gitlab -> ProblemReport.gitlab(problems, prefix);
            });
            stdout.flush();
            int files = r.stages().stages().stream().filter(s -> s.name().equals("load")).mapToInt(s -> s.items()).findFirst().orElse(0);
            err.println(Summary.checked(files, r.site(), r.errors(), r.warnings(), System.nanoTime() - t0));
            if (common.verbose) {
                err.println("stages:");
                err.print(r.stages().table());
            }
            return r.errors() > 0 || (strict && r.warnings() > 0) ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            progress.clear();
            return common.ioError(err, e);
        } catch (RuntimeException e) {
            progress.clear();
            return common.unexpected(err, e);
        }
    }
}
