package wenku.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import wenku.build.BuildOptions;
import wenku.site.Page;
import wenku.testing.Browser;

/**
 * Benchmark (not a unit test): how long after saving a file the change shows in the browser, with
 * {@code wenku serve} on a copy of a large content folder and a page open in headless Chromium.
 *
 * <pre>
 * mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) wenku.serve.ServeBench ../shared/corpus/laws 20
 * </pre>
 *
 * For a typical document (the median size) and the largest one, it appends a line to the file {@code N}
 * times (after 5 unmeasured warm-up saves) and measures, from the moment before the write:
 * <ul>
 *   <li>save → rebuilt: until the server published the new build (file watcher, debounce, rebuild);</li>
 *   <li>save → shown: until the reloaded page's {@code DOMContentLoaded} (styles and scripts loaded), read
 *       from the new document's own navigation timing, so polling the browser adds nothing;</li>
 *   <li>the CPU time the JVM used from the save until the build was published (watcher, rebuild, garbage
 *       collection, all threads): what a save costs on a shared machine, where wall-clock times depend on the
 *       other load.</li>
 * </ul>
 * The content is copied to a temporary folder first; the original is never written.
 */
public final class ServeBench {
    private static final int WARMUP = 5;

    private record Published(Instant at, DevServer.Rebuild rebuild, long cpuNanos) {
    }

    private record Sample(double rebuiltMs, double buildMs, double shownMs, double loadedMs, double cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/corpus/laws");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path copy = Files.createTempDirectory("wenku-bench-");
        copyTree(source, copy);
        BlockingQueue<Published> published = new LinkedBlockingQueue<>();
        DevServer.Listener listener = new DevServer.Listener() {
            @Override
            public void built(DevServer.Rebuild r) {
                published.add(new Published(Instant.now(), r, cpuNanos()));
            }
        };
        long t0 = System.nanoTime();
        try (DevServer server = DevServer.start(new BuildOptions(copy, null, null, null, false, false), 0, listener);
             Browser browser = Browser.start()) {
            System.out.printf(Locale.ROOT, "%s: %d pages, first build %.1f s, serving at %s%n", source,
                    server.current().site().site().pages().size(), (System.nanoTime() - t0) / 1e9, server.url());
            published.clear();
            List<Page> bySize = new ArrayList<>(server.current().site().site().pages());
            bySize.sort(Comparator.comparingLong(p -> size(copy.resolve(p.source()))));
            for (Page page : List.of(bySize.get(bySize.size() / 2), bySize.get(bySize.size() - 1))) {
                measure(server, browser, copy, page, runs, published);
            }
        } finally {
            deleteTree(copy);
        }
    }

    private static void measure(DevServer server, Browser browser, Path content, Page page, int runs,
                                BlockingQueue<Published> published) throws Exception {
        Path file = content.resolve(page.source());
        String original = Files.readString(file, StandardCharsets.UTF_8);
        int tabs = server.tabs(); // a tab closed earlier is counted until the server next writes to it
        browser.open(server.url() + page.url());
        waitUntil(() -> server.tabs() == tabs + 1, Duration.ofSeconds(10));
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < WARMUP + runs; i++) {
            String marker = "基准测试第" + i + "次修改";
            published.clear();
            long cpu0 = cpuNanos();
            Instant saved = Instant.now();
            Files.writeString(file, original + "\n\n" + marker + "。\n", StandardCharsets.UTF_8);
            Published p = published.poll(30, TimeUnit.SECONDS);
            Instant rebuilt = p == null ? null : p.at();
            DevServer.Rebuild r = p == null ? null : p.rebuild();
            waitUntil(() -> Boolean.TRUE.equals(js(browser).executeScript(
                    "return document.readyState === 'complete' && document.body.innerText.indexOf(arguments[0]) >= 0", marker)),
                    Duration.ofSeconds(30));
            @SuppressWarnings("unchecked")
            List<Number> timing = (List<Number>) js(browser).executeScript("""
                    const n = performance.getEntriesByType('navigation')[0];
                    return [performance.timeOrigin + n.domContentLoadedEventEnd, performance.timeOrigin + n.loadEventEnd];
                    """);
            double cpuMs = p == null ? Double.NaN : (p.cpuNanos() - cpu0) / 1e6;
            double savedMs = saved.toEpochMilli() + (saved.getNano() % 1_000_000) / 1e6;
            double rebuiltMs = rebuilt == null ? Double.NaN : rebuilt.toEpochMilli() + (rebuilt.getNano() % 1_000_000) / 1e6 - savedMs;
            double loaded = timing.get(1).doubleValue();
            Sample s = new Sample(rebuiltMs, r == null ? Double.NaN : r.nanos() / 1e6, timing.get(0).doubleValue() - savedMs,
                    loaded > timing.get(0).doubleValue() ? loaded - savedMs : Double.NaN, cpuMs);
            if (i >= WARMUP) samples.add(s);
        }
        Files.writeString(file, original, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%n%s (%,d bytes), %d saves after %d warm-up saves:%n", page.source(), Files.size(file), runs, WARMUP);
        report("save -> rebuilt (published)", samples.stream().mapToDouble(Sample::rebuiltMs).toArray());
        report("  of which the rebuild itself", samples.stream().mapToDouble(Sample::buildMs).toArray());
        report("save -> shown (DOMContentLoaded)", samples.stream().mapToDouble(Sample::shownMs).toArray());
        report("save -> load event", samples.stream().mapToDouble(Sample::loadedMs).filter(d -> !Double.isNaN(d)).toArray());
        report("JVM CPU time, save -> rebuilt", samples.stream().mapToDouble(Sample::cpuMs).toArray());
        System.out.printf(Locale.ROOT, "  (load average now %.1f on %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** CPU time used by this JVM (the server, the file watcher and the builds), all threads. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static org.openqa.selenium.JavascriptExecutor js(Browser browser) {
        return (org.openqa.selenium.JavascriptExecutor) browser.driver();
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "  %-34s (no samples)%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-34s median %6.0f ms   p90 %6.0f ms   max %6.0f ms   min %6.0f ms%n", what,
                sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)],
                sorted[sorted.length - 1], sorted[0]);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition c, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (!c.holds()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("timed out after " + max);
            Thread.sleep(5);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> s = Files.walk(to)) {
            s.forEach(p -> p.toFile().setWritable(true, true));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
