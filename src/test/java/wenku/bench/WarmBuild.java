package wenku.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.build.BuildResult;
import wenku.build.StageLog;

/**
 * Builds a content folder several times in one JVM and prints the median time of each stage once the JIT has
 * warmed up: where the time goes without start-up and compilation. Not a test.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/bench.cp) wenku.bench.WarmBuild CONTENT [OUT|-] [RUNS]</pre>
 * (OUT {@code -}: build without writing, as {@code check} does; {@code src/bench/bench.sh --warm} runs it.)
 */
public final class WarmBuild {
    private WarmBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            BuildResult r = Build.run(new BuildOptions(content, null, out, null, false, false));
            double total = (System.nanoTime() - t0) / 1e6;
            System.err.printf(Locale.ROOT, "run %d: %.0f ms%n", i + 1, total);
            if (i < runs / 2) continue; // the first half warms up
            for (StageLog.Stage s : r.stages().stages()) ms.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.millis());
            ms.computeIfAbsent("total", k -> new ArrayList<>()).add(total);
        }
        System.out.println("warm stage medians (ms), last " + (runs - runs / 2) + " of " + runs + " runs:");
        for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            v.sort(null);
            System.out.printf(Locale.ROOT, "  %-10s %8.1f%n", e.getKey(), v.get(v.size() / 2));
        }
    }
}
