package wenku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wenku.build.BuildOptions;
import wenku.build.LiveSite;
import wenku.problem.Problem;
import wenku.serve.DevServer;

/** {@code wenku serve}: a live preview of the site on this computer, rebuilt and reloaded on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site into memory and serves it on http://127.0.0.1:PORT/ (this computer only).",
                "It watches the content and templates folders: after every save the site is rebuilt (only what the "
                        + "change affects) and open browser tabs reload. While the content has errors the browser "
                        + "shows them. Stop with Ctrl+C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:wrong command line", "3:the port is in use, or a folder could not be read"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    CommonOptions common;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "1313",
            description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(site.content, site.templatesOrDefault(), null, site.baseUrl, site.drafts, !site.noGit);
        CountDownLatch stopped = new CountDownLatch(1);
        try (DevServer server = DevServer.start(options, port, new Console(out, err, common.verbose, site.contentPrefix()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "wenku-serve-stop"));
            out.println("serving at " + server.url() + " (this computer only); watching " + site.content
                    + (options.templates() == null ? "" : " and " + options.templates()) + "; Ctrl+C stops");
            out.flush();
            stopped.await();
            return ExitCodes.OK;
        } catch (IOException e) {
            return common.ioError(err, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    /** Prints one line per build and the problems when they change. */
    private static final class Console implements DevServer.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean verbose;
        private final String contentPrefix;
        private List<Problem> shown = List.of();

        Console(PrintWriter out, PrintWriter err, boolean verbose, String contentPrefix) {
            this.out = out;
            this.err = err;
            this.verbose = verbose;
            this.contentPrefix = contentPrefix;
        }

        @Override
        public synchronized void built(DevServer.Rebuild r) {
            String what = r.changed().isEmpty() ? "built" : "rebuilt after " + describe(r.changed());
            if (r.failure() != null) {
                err.println(what + ": wenku failed: " + r.failure().getMessage());
                err.flush();
                return;
            }
            LiveSite s = r.site();
            if (!s.problems().equals(shown)) {
                for (Problem p : s.problems()) err.println(p.shownUnder(contentPrefix).format());
                shown = s.problems();
            }
            String result = s.ok() ? Summary.count(s.site().pages().size(), "page") : "not updated";
            out.printf(Locale.ROOT, "%s in %d ms: %s, %s%n", what, r.nanos() / 1_000_000, result, Summary.problems(s.errors(), s.warnings()));
            if (verbose) out.print(s.stages().table());
            out.flush();
            err.flush();
        }

        @Override
        public synchronized void renderFailed(String path, List<Problem> problems) {
            err.println("cannot render " + path + ":");
            for (Problem p : problems) err.println(p.shownUnder(contentPrefix).format());
            err.flush();
        }

        private static String describe(java.util.Set<String> changed) {
            if (changed.size() <= 3) return String.join(", ", changed);
            return changed.iterator().next() + " and " + (changed.size() - 1) + " more";
        }
    }
}
