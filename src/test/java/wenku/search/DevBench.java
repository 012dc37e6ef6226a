package wenku.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Development only: CPU and wall time of building the index of the laws corpus in memory (no files), round
 * after round in one JVM (the first round is the cold one a real build pays).
 * {@code java -cp … wenku.search.DevBench ../shared/corpus/laws 5}
 */
final class DevBench {
    public static void main(String[] args) {
        List<SearchDocument> docs = DevCorpus.load(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
            SearchIndex.Summary s = SearchIndex.write(docs, (path, data) -> bytes.addAndGet(data.length));
            System.out.printf("round %d: wall %d ms, process cpu %d ms, %d bytes, %d files%n", r,
                    (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - c0) / 1_000_000, bytes.get(),
                    2 + s.shardFiles() + s.textFiles());
        }
    }
}
