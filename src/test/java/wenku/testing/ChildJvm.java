package wenku.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the wenku command line in a separate JVM, with this test run's class path (so {@code target/classes}
 * as just compiled, no packaged jar needed) and a heap limit of the test's choosing:
 *
 * <pre>{@code
 * ChildJvm.Result r = ChildJvm.wenku("256m", Duration.ofMinutes(1), "build", "--content", dir + "/content", "--out", dir + "/public");
 * assertEquals(1, r.exitCode(), r.output());
 * }</pre>
 *
 * <p>For input that might take a JVM down (deep nesting, huge files) and for killing a build mid-way.
 * Output (stdout and stderr together) goes to a temporary file, so a chatty child never blocks.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What a finished child printed and returned. */
    public record Result(int exitCode, String output, long millis) {
    }

    /** A process builder for {@code java -Xmx<maxHeap> -cp <class path> wenku.cli.Main <args>}, output to {@code log}. */
    public static ProcessBuilder builder(String maxHeap, Path log, String... args) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "wenku.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Runs wenku to the end (killing it after {@code timeout}) and returns its exit code and output. */
    public static Result wenku(String maxHeap, java.time.Duration timeout, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("wenku-child-", ".log");
        try {
            long t0 = System.nanoTime();
            Process p = builder(maxHeap, log, args).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("wenku " + String.join(" ", args) + " did not finish within " + timeout
                        + "; output so far:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
