package wenku.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code wenku build} in a second JVM set up for a short batch job, when wenku was started as
 * {@code java -jar wenku.jar build …}. A build lasts seconds, and the JVM's defaults are made for servers that run
 * for days: its optimising compiler (C2) spends more processor time compiling than a build saves with it, and G1
 * grows the heap towards a quarter of the machine's memory. The second JVM gets:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick compiler (C1);</li>
 *   <li>{@code -XX:+UseSerialGC -XX:MaxNewSize=256m}: a heap that grows only as far as the live data needs
 *       (about 120 MB for the laws corpus), most of it for the long-lived pages;</li>
 *   <li>{@code -Xms512m} (when the maximum heap is at least 1 GB): room from the start for the pages, which stay
 *       live until they are indexed, so that the old generation is not collected in full on the way;</li>
 *   <li>a class-data sharing archive of wenku's classes ({@code -XX:SharedArchiveFile}), written beside the jar
 *       (or in {@code ~/.cache/wenku}) by the first build after the jar changed, so later builds skip loading and
 *       verifying them.</li>
 * </ul>
 * Options given to the first JVM ({@code java -Xmx2g -jar …}) are passed on and win over these; a collector chosen
 * there or in {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS} replaces the serial one. The first JVM only
 * waits: standard streams are shared and the exit code is passed back. {@code -Dwenku.tunedJvm=false} or the
 * environment variable {@code WENKU_TUNED_JVM=false} runs the build in the JVM as started.
 *
 * <p>Stateless; used once, from {@code main}, before anything else is loaded.
 */
final class TunedJvm {
    static final String PROPERTY = "wenku.tunedJvm";
    private static final String[] COLLECTORS = {"UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC", "UseShenandoahGC",
            "UseEpsilonGC"};

    private TunedJvm() {
    }

    /** The exit code of the command run in a tuned JVM, or empty when this JVM should run it itself. */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) return OptionalInt.empty();
        if (System.getProperty(PROPERTY) != null || "false".equalsIgnoreCase(System.getenv("WENKU_TUNED_JVM"))) {
            return OptionalInt.empty();
        }
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("HotSpot") && !vm.contains("Server VM")) return OptionalInt.empty(); // flags are HotSpot's
        Path jar = ownJar();
        List<String> given = jvmOptions();
        if (jar == null || given == null) return OptionalInt.empty();

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        if (!choosesCollector(given)) {
            cmd.add("-XX:+UseSerialGC");
            // a build's live data is long-lived (every page until it is written): let the old generation use most
            // of the heap instead of two thirds (young collections stay cheap; little survives them)
            cmd.add("-XX:MaxNewSize=256m");
        }
        if (Runtime.getRuntime().maxMemory() >= 1L << 30) {
            // pages stay live from parsing until they are indexed: a heap that starts at 512 MB has room for them
            // in its old generation (the laws corpus peaks near 270 MB), which spares the build a full collection
            // (~150 ms) and a quarter of its young ones; where the heap may not grow that far, it starts as usual
            cmd.add("-Xms512m");
        }
        cmd.add("-XX:-UsePerfData");
        Path archive = archive(jar);
        Path dumping = null;
        if (archive != null) {
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
            if (Files.isRegularFile(archive)) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
            } else {
                dumping = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                cmd.add("-XX:ArchiveClassesAtExit=" + dumping);
            }
        }
        cmd.addAll(given);
        cmd.add("-D" + PROPERTY + "=child");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));

        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // run here instead
        }
        Thread stop = new Thread(() -> { // the first JVM is stopped (not by Ctrl-C, which reaches both): stop the build too
            child.destroy();
            try {
                child.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = ExitCodes.IO_ERROR;
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (dumping != null) keepArchive(dumping, archive, code == 0);
        return OptionalInt.of(code);
    }

    /** The jar this class was loaded from, or {@code null} when it was not loaded from a jar (tests, IDE). */
    private static Path ownJar() {
        try {
            CodeSource source = TunedJvm.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return null;
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p.toAbsolutePath() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The options this JVM was started with ({@code -X…}, {@code -D…} before {@code -jar}), or {@code null} when
     * they cannot be known or it was not started with {@code -jar}.
     */
    static List<String> jvmOptions() {
        List<String> argv = commandLine();
        if (argv == null) return null;
        int jar = argv.indexOf("-jar");
        if (jar < 0) return null;
        List<String> out = new ArrayList<>();
        for (String a : argv.subList(1, jar)) if (a.startsWith("-X") || a.startsWith("-D")) out.add(a);
        return out;
    }

    /** This process's command line: from {@code /proc} where there is one (cheap), else from the JVM. */
    private static List<String> commandLine() {
        Path proc = Path.of("/proc/self/cmdline");
        if (Files.isReadable(proc)) {
            try {
                String s = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return List.of(s.split("\0"));
            } catch (IOException e) {
                return null;
            }
        }
        List<String> argv = new ArrayList<>();
        argv.add("java");
        argv.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        argv.add("-jar");
        return argv;
    }

    private static boolean choosesCollector(List<String> given) {
        String all = String.join(" ", given) + " " + System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "") + " "
                + System.getenv().getOrDefault("JDK_JAVA_OPTIONS", "");
        for (String c : COLLECTORS) if (all.contains("+" + c)) return true;
        return false;
    }

    /**
     * Where the class-data archive for this jar and this Java lives: beside the jar when that folder is writable,
     * else in {@code ~/.cache/wenku}; {@code null} when neither is. The name changes with the jar and the JVM, so
     * an archive never outlives what it was made from.
     */
    static Path archive(Path jar) {
        String key;
        try {
            key = Integer.toHexString((jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version")).hashCode());
        } catch (IOException e) {
            return null;
        }
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        String name = base + "-" + key + ".jsa";
        Path dir = jar.getParent();
        if (dir != null && Files.isWritable(dir)) return dir.resolve(name);
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "wenku");
        try {
            Files.createDirectories(cache);
            return Files.isWritable(cache) ? cache.resolve(name) : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Puts a freshly written archive in place (and removes the archives of older jars), or drops it. */
    private static void keepArchive(Path written, Path archive, boolean ok) {
        try {
            if (ok && Files.isRegularFile(written)) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                String prefix = archive.getFileName().toString().replaceFirst("-[0-9a-f]+\\.jsa$", "-");
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), prefix + "*.jsa")) {
                    for (Path p : old) if (!p.equals(archive)) Files.deleteIfExists(p);
                }
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            // an archive is only a speed-up: without one the next build makes another
        }
    }
}
