package wenku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.build.BuildResult;
import wenku.problem.BuildFailedException;
import wenku.problem.Problem;

/** {@code wenku build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from the content folder into the output folder.",
                "The previous output stays untouched when the content has errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built (warnings may have been printed)", "1:the content has errors; nothing was written",
                "2:wrong command line", "3:a file could not be read or written"})
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "public")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BuildOptions options = new BuildOptions(site.content, site.templatesOrDefault(), out, site.baseUrl, site.drafts, !site.noGit);
        long t0 = System.nanoTime();
        Progress progress = new Progress(err);
        String shownUnder = site.contentPrefix();
        try {
            BuildResult r = Build.run(options, progress);
            progress.clear();
            for (Problem p : r.problems()) err.println(p.shownUnder(shownUnder).format());
            if (common.verbose) {
                stdout.println("stages:");
                stdout.print(r.stages().table());
            }
            stdout.println(Summary.built(r.site(), out.toString(), r.files(), r.errors(), r.warnings(), System.nanoTime() - t0));
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            progress.clear();
            long warnings = 0;
            for (Problem p : e.problems()) {
                if (!p.isError()) {
                    err.println(p.shownUnder(shownUnder).format());
                    warnings++;
                }
            }
            err.println(e.describe(shownUnder));
            err.println(Summary.failed(e.problems().size() - warnings, warnings, out.toString(), System.nanoTime() - t0));
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException | java.io.UncheckedIOException e) {
            progress.clear();
            return common.ioError(err, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("error: wenku ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + " while building; nothing was written and " + out + " is as it was"
                    + " (give it more memory: java -Xmx2g -jar wenku.jar …, and report the input that caused it)");
            return ExitCodes.IO_ERROR;
        } catch (RuntimeException e) {
            progress.clear();
            return common.unexpected(err, e);
        }
    }
}
