package wenku.search;

import java.nio.file.Path;
import java.util.List;

/** Development only: bytes, du-style 4 KiB blocks and files for several file sizes. */
final class DevSizes {
    public static void main(String[] args) {
        List<SearchDocument> docs = DevCorpus.load(Path.of(args[0]));
        for (int i = 1; i + 1 < args.length; i += 2) {
            int textChars = Integer.parseInt(args[i]), shardBytes = Integer.parseInt(args[i + 1]);
            long[] acc = new long[4];
            SearchIndex.write(docs, (path, data) -> {
                acc[0] += data.length;
                acc[1] += (data.length + 4095) / 4096 * 4096L;
                acc[path.startsWith("search/t/") ? 2 : 3]++;
            }, textChars, shardBytes);
            System.out.printf("text %d chars, shard %d bytes: %.2f MB, du %.2f MiB, %d text + %d other files%n",
                    textChars, shardBytes, acc[0] / 1e6, acc[1] / 1048576.0, acc[2], acc[3]);
        }
    }
}
