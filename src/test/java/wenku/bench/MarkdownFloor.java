package wenku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import wenku.markdown.MarkdownRenderer;

/**
 * Benchmark helper (not a test): the least a wenku build of a corpus can cost with Flexmark, a fixed choice.
 * Reads every {@code .md} file under a folder and renders it to HTML with wenku's Flexmark configuration on all
 * cores, and nothing else: no front matter, no HTML processing, no templates, no search index, nothing written.
 * {@code src/bench/bench.sh} runs it in a JVM with the options of wenku's own build JVM and reports its wall time
 * (JVM start included) beside wenku's and Hugo's.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/wenku.jar:target/test-classes wenku.bench.MarkdownFloor ../shared/corpus/laws</pre>
 */
public final class MarkdownFloor {
    private MarkdownFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/laws");
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        MarkdownRenderer markdown = new MarkdownRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Integer>> rendered = new ArrayList<>(files.size());
        for (Path f : files) rendered.add(pool.submit(() -> markdown.render(read(f)).length()));
        long chars = 0;
        for (Future<Integer> r : rendered) chars += r.get();
        pool.shutdown();
        System.out.printf("markdown floor: %d files read and rendered in %d ms (%d chars of HTML)%n",
                files.size(), (System.nanoTime() - t0) / 1_000_000, chars);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
