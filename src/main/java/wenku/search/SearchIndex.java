package wenku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import wenku.text.Escape;
import java.util.concurrent.Executors;

/**
 * Writes the static search index of a site: {@code SearchIndex.write(documents, outDir)} puts everything under
 * {@code outDir/search/}, where {@code assets/search.js} finds it.
 *
 * <p>What is written (every file a classic script calling {@code __wenkuSearch(name, data)}, so that it loads
 * with an injected {@code <script src>} over http and from {@code file://} alike):
 * <ul>
 *   <li>{@code search/meta.js}: titles, per-document numbers (length, text files, date, section, category,
 *       superseded flag, short-title trims), sections, categories, the first token of every shard and the
 *       tables of the text codec. Loaded once, when the reader starts searching.</li>
 *   <li>{@code search/i/N.js}: the inverted index cut by token ranges ({@link Shards}): Han bigrams and
 *       single characters, words of letters or digits, with counts and the text files that hold them.</li>
 *   <li>{@code search/t/N.js}: the documents' text, compressed ({@link TextCodec}), packed in files of a few
 *       KiB ({@link TextLayout}): for excerpts, article anchors and exact-phrase checks.</li>
 *   <li>{@code search/py.js}: pinyin readings of the characters in titles, loaded only for Latin queries.</li>
 * </ul>
 *
 * <p>Deterministic: documents are ordered by URL and nothing depends on hash order or time, so the same
 * documents give the same bytes. Thread safe (no shared state); uses the common fork-join pool and two
 * extra threads while it runs (for the postings of two halves of the documents).
 */
public final class SearchIndex {
    /** Characters of text per text file, before compression (about 4 KiB once compressed). */
    static final int TEXT_FILE_CHARS = 4800;
    /** Bytes per shard file at most (two 4 KiB disk blocks), unless one token's postings alone are bigger. */
    static final int SHARD_BYTES = 8192;
    /** Format version, checked by the client. */
    static final int VERSION = 1;
    private static final LocalDate DATE_ORIGIN = LocalDate.of(1800, 1, 1);

    /**
     * What {@link #write} wrote.
     *
     * @param documents  documents indexed
     * @param terms      distinct tokens
     * @param shardFiles files of the inverted index
     * @param textFiles  files of compressed text
     * @param bytes      bytes written under {@code search/}
     * @param millis     time taken
     */
    public record Summary(int documents, int terms, int shardFiles, int textFiles, long bytes, long millis) {
    }

    /**
     * Where the index files go: {@code write("search/meta.js", bytes)}. The build passes its output folder;
     * implementations must accept every path once, and calls from two threads at a time.
     */
    @FunctionalInterface
    public interface Output {
        void write(String path, byte[] data);
    }

    private SearchIndex() {
    }

    /**
     * Writes the index of {@code documents} into {@code outDir/search/} on disk, replacing what was there.
     *
     * @throws IllegalArgumentException when two documents have the same URL
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static Summary write(List<SearchDocument> documents, Path outDir) {
        Path dir = outDir.resolve("search");
        try {
            deleteTree(dir);
            Files.createDirectories(dir.resolve("i"));
            Files.createDirectories(dir.resolve("t"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(documents, (path, data) -> {
            try {
                Files.write(outDir.resolve(path), data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Writes the index of {@code documents} as files {@code search/…} through {@code out}.
     *
     * @throws IllegalArgumentException when two documents have the same URL
     */
    public static Summary write(List<SearchDocument> documents, Output out) {
        return write(documents, out, TEXT_FILE_CHARS, SHARD_BYTES);
    }

    static Summary write(List<SearchDocument> documents, Output out, int textFileChars, int shardBytes) {
        long t0 = System.nanoTime();
        trace("start", t0);
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(SearchDocument::url));
        Set<String> urls = new HashSet<>();
        for (SearchDocument d : docs) {
            if (!urls.add(d.url())) throw new IllegalArgumentException("two search documents have the URL " + d.url());
        }
        int n = docs.size();
        TextLayout layout = new TextLayout(docs, textFileChars);
        trace("layout", t0);
        int[] fileCount = new int[n];
        for (int d = 0; d < n; d++) fileCount[d] = layout.fileCount(d);

        // postings of two ranges of documents on two threads of their own, beside the text codec, which uses the
        // common pool; then a third thread writes the text files
        int mid = middleDocument(layout, n);
        int[] tokens = new int[n];
        ExecutorService threads = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "wenku-search-index");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Postings> firstHalf, secondHalf;
        CompletableFuture<Void> textWritten;
        long[] textSizes = new long[layout.fileCount()];
        CompletableFuture<String> pinyinJob;
        TextCodec.Compressed text;
        try {
            firstHalf = CompletableFuture.supplyAsync(() -> index(docs, layout, tokens, 0, mid), threads);
            secondHalf = CompletableFuture.supplyAsync(() -> index(docs, layout, tokens, mid, n), threads);
            pinyinJob = CompletableFuture.supplyAsync(() -> pinyin(docs));
            text = TextCodec.compress(layout.fileCount(), (f, into) -> layout.appendFileText(f, docs, into));
            trace("text codec", t0);
            // the text files are final now: write them while the postings and shards are still being made, from one
            // thread (a folder takes one new file at a time), beside the shard files, which go into another folder
            textWritten = CompletableFuture.runAsync(() -> {
                for (int f = 0; f < textSizes.length; f++) {
                    byte[] b = dataScript("t/" + f, text.file(f));
                    out.write("search/t/" + f + ".js", b);
                    textSizes[f] = b.length;
                }
            }, threads);
        } finally {
            threads.shutdown();
        }
        Postings postings = join(firstHalf);
        postings.append(join(secondHalf));
        trace("postings", t0);
        int terms = postings.termCount();
        Shards shards = new Shards(postings, fileCount, n, shardBytes);
        postings = null; // coded into the shards: let the lists go (the largest thing the index holds)
        trace("shards", t0);
        long[] shardSizes = new long[shards.count()];
        for (int i = 0; i < shardSizes.length; i++) {
            byte[] b = dataScript("i/" + i, shards.payload(i));
            out.write("search/i/" + i + ".js", b);
            shardSizes[i] = b.length;
        }
        trace("shards written", t0);

        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (int i = 0; i < shards.count(); i++) crc.update(shards.payload(i));
        for (int f = 0; f < layout.fileCount(); f++) crc.update(text.file(f));
        String meta = meta(docs, layout, tokens, shards, text, crc);
        long bytes = writeScript(out, "search/meta.js", "meta", meta) + writeScript(out, "search/py.js", "py", join(pinyinJob));
        for (long b : shardSizes) bytes += b;
        join(textWritten);
        for (long b : textSizes) bytes += b;
        trace("meta, all written", t0);
        return new Summary(n, terms, shards.count(), layout.fileCount(), bytes, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The result of {@code job}, or what it threw (an error writing a file, say) as it was thrown. */
    private static <T> T join(CompletableFuture<T> job) {
        try {
            return job.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** The first document of the second half of the text (by characters), for two postings builders. */
    private static int middleDocument(TextLayout layout, int n) {
        int files = layout.fileCount();
        if (n < 2 || files < 2) return n;
        int half = files / 2;
        for (int d = 1; d < n; d++) if (layout.fileStart(d) >= half) return d;
        return n;
    }

    private static final boolean TRACE = Boolean.getBoolean("wenku.search.trace");

    private static void trace(String what, long t0) {
        if (TRACE) {
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            System.err.printf("search: %-30s %6d ms (process cpu %d ms, jvm uptime %d ms)%n", what,
                    (System.nanoTime() - t0) / 1_000_000, cpu, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    /** The postings of documents {@code [from, to)}, and their lengths in tokens into {@code tokens}. */
    static Postings index(List<SearchDocument> docs, TextLayout layout, int[] tokens, int from, int to) {
        return index(docs, layout, tokens, from, to, new Postings());
    }

    /** As {@link #index(List, TextLayout, int[], int, int)}, into the new builder {@code p}. */
    static Postings index(List<SearchDocument> docs, TextLayout layout, int[] tokens, int from, int to, Postings p) {
        if (from >= to) return p;
        Folding.Buffer folded = new Folding.Buffer();
        int doc = -1;
        int lastFile = layout.fileStart(to - 1) + layout.fileCount(to - 1);
        for (int f = layout.fileStart(from); f < lastFile; f++) {
            for (TextLayout.Piece piece : layout.file(f)) {
                if (piece.doc() < from || piece.doc() >= to) continue;
                if (piece.doc() != doc) {
                    if (doc >= 0) tokens[doc] = p.endDocument();
                    doc = piece.doc();
                    p.startDocument(doc, layout.fileCount(doc));
                }
                p.chunk(f - layout.fileStart(doc));
                folded.length = 0;
                String label = piece.block().label();
                if (piece.firstOfBlock() && label != null && !label.isEmpty() && !piece.text().startsWith(label)) {
                    Folding.appendFolded(label, folded);
                    folded.append('\n');
                }
                Folding.appendFolded(piece.text(), folded);
                Tokenizer.tokenizeFolded(folded.chars, folded.length, p);
            }
        }
        if (doc >= 0) tokens[doc] = p.endDocument();
        if (TRACE) System.err.printf("search: postings of documents %d-%d, thread cpu %d ms%n", from, to - 1,
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        return p;
    }

    private static String meta(List<SearchDocument> docs, TextLayout layout, int[] tokens, Shards shards,
                               TextCodec.Compressed text, java.util.zip.CRC32 crc) {
        int n = docs.size();
        Map<String, Integer> sections = new TreeMap<>();
        Map<String, List<String>> sectionPaths = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        for (SearchDocument d : docs) {
            String s = d.section() == null ? "" : d.section();
            sections.put(s, 0);
            sectionPaths.putIfAbsent(s, d.sectionPath() == null ? List.of() : d.sectionPath());
            if (d.category() != null && !d.category().isBlank()) categories.put(d.category(), 0);
        }
        int k = 0;
        for (Map.Entry<String, Integer> e : sections.entrySet()) e.setValue(k++);
        k = 0;
        for (Map.Entry<String, Integer> e : categories.entrySet()) e.setValue(k++);

        long totalTokens = 0;
        BitWriter bits = new BitWriter();
        int prevStart = 0;
        StringBuilder titles = new StringBuilder();
        for (int d = 0; d < n; d++) {
            SearchDocument doc = docs.get(d);
            String title = TextLayout.clean(doc.title()).replace('\n', ' ');
            totalTokens += tokens[d];
            bits.expGolomb(tokens[d], 8);
            bits.gamma(layout.fileStart(d) - prevStart + 1);
            prevStart = layout.fileStart(d);
            bits.gamma(layout.fileCount(d));
            bits.gamma(ShortTitle.prefixLength(title) + 1);
            bits.gamma(ShortTitle.suffixLength(title) + 1);
            if (doc.date() == null) {
                bits.writeBit(0);
            } else {
                bits.writeBit(1);
                bits.expGolomb(Math.max(0, doc.date().toEpochDay() - DATE_ORIGIN.toEpochDay()), 15);
            }
            bits.gamma(sections.get(doc.section() == null ? "" : doc.section()) + 1);
            bits.gamma(doc.category() == null || doc.category().isBlank() ? 1 : categories.get(doc.category()) + 2);
            bits.writeBit(doc.lawKey() != null && !doc.latest() ? 1 : 0);
            if (d > 0) titles.append('\n');
            titles.append(title);
            if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
                titles.append(TextLayout.US).append(TextLayout.clean(doc.subtitle()).replace('\n', ' '));
            }
        }
        BitWriter codec = new BitWriter();
        text.writeTables(codec);

        StringBuilder sb = new StringBuilder(titles.length() + 4096);
        crc.update(titles.toString().getBytes(StandardCharsets.UTF_8));
        crc.update(bits.toScriptString().getBytes(StandardCharsets.UTF_8));
        sb.append("{\"v\":").append(VERSION);
        sb.append(",\"build\":\"").append(Long.toHexString(crc.getValue())).append('"');
        sb.append(",\"n\":").append(n);
        sb.append(",\"tokens\":").append(totalTokens);
        sb.append(",\"files\":").append(layout.fileCount());
        sb.append(",\"origin\":").append(DATE_ORIGIN.toEpochDay());
        sb.append(",\"titles\":");
        Escape.json(titles.toString(), sb);
        sb.append(",\"docs\":\"").append(bits.toScriptString()).append('"');
        sb.append(",\"sections\":[");
        boolean first = true;
        for (String s : sections.keySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append('[');
            Escape.json(s, sb);
            for (String label : sectionPaths.get(s)) {
                sb.append(',');
                Escape.json(label == null ? "" : label, sb);
            }
            sb.append(']');
        }
        sb.append("],\"categories\":[");
        first = true;
        for (String c : categories.keySet()) {
            if (!first) sb.append(',');
            first = false;
            Escape.json(c, sb);
        }
        sb.append("],\"shards\":[");
        for (int s = 0; s < shards.count(); s++) {
            if (s > 0) sb.append(',');
            Escape.json(shards.firstKey(s), sb);
        }
        sb.append("],\"codec\":\"").append(codec.toScriptString()).append("\"}");
        return sb.toString();
    }

    private static String pinyin(List<SearchDocument> docs) {
        List<String> titles = new ArrayList<>();
        for (SearchDocument d : docs) {
            titles.add(d.title() == null ? "" : d.title());
            if (d.subtitle() != null) titles.add(d.subtitle());
        }
        TreeMap<Character, List<String>> table = PinyinTable.of(titles);
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<Character, List<String>> e : table.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            Escape.json(String.valueOf(e.getKey()), sb);
            sb.append(':');
            Escape.json(String.join(" ", e.getValue()), sb);
        }
        return sb.append('}').toString();
    }

    private static long writeScript(Output out, String path, String name, String payload) {
        String content = "\uFEFF__wenkuSearch(" + Escape.json(name) + "," + payload + ")\n";
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        out.write(path, b);
        return b.length;
    }

    /** A script whose data is a bit stream string, given in UTF-8 ({@link BitWriter#toScriptBytes()}). */
    private static byte[] dataScript(String name, byte[] bits) {
        byte[] h = ("\uFEFF__wenkuSearch(" + Escape.json(name) + ",\"").getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[h.length + bits.length + 3];
        System.arraycopy(h, 0, b, 0, h.length);
        System.arraycopy(bits, 0, b, h.length, bits.length);
        int o = h.length + bits.length;
        b[o++] = '"';
        b[o++] = ')';
        b[o] = '\n';
        return b;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.delete(p);
        }
    }
}
