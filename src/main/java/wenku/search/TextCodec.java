package wenku.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Compresses the excerpt text of the site: LZ77 over UTF-16 units (so one Chinese character is one literal,
 * not three UTF-8 bytes), with two canonical Huffman codes shared by every file: one for literals, the
 * end mark and match lengths, one for match distance classes. Each file decodes on its own given the
 * shared tables, which the client loads once with the index metadata.
 *
 * <p>Typical law text comes out at about 5 bits per character, against 24 bits as UTF-8.
 *
 * <p>Use: {@link #compress(List)}, then {@link #writeTables(BitWriter)} and {@link Compressed#file(int)}.
 * Immutable once built; the parallel parts are internal.
 */
final class TextCodec {
    static final int MIN_MATCH = 2;
    static final int LEN_DIRECT = 16;            // lengths 2..17 have their own symbol
    static final int LEN_CLASSES = 12;           // then classes of 2^c lengths with c extra bits
    static final int MAX_MATCH = MIN_MATCH + LEN_DIRECT - 1 + (1 << LEN_CLASSES) - 1;
    static final int DIST_CLASSES = 20;          // distance 2^c .. 2^(c+1)-1, c extra bits
    private static final int CHAIN = 4;
    private static final int HASH_BITS = 14;

    /** The parsed and coded text of a list of files. */
    static final class Compressed {
        private final char[] alphabet;
        private final Huffman main;
        private final Huffman dist;
        private final String[] files;

        private Compressed(char[] alphabet, Huffman main, Huffman dist, String[] files) {
            this.alphabet = alphabet;
            this.main = main;
            this.dist = dist;
            this.files = files;
        }

        /** The coded bits of file {@code i} as a script string (see {@link BitWriter#toScriptString()}). */
        String file(int i) {
            return files[i];
        }

        /**
         * Writes the shared tables: the literal alphabet (gamma(size + 1), then the UTF-16 units ascending as
         * gamma-coded gaps), then the
         * code length of every main symbol and every distance class (4 bits each).
         */
        void writeTables(BitWriter out) {
            out.gamma(alphabet.length + 1);
            int prev = -1;
            for (char c : alphabet) {
                out.gamma(c - prev);
                prev = c;
            }
            for (int s = 0; s < main.symbols(); s++) out.write(main.length(s), 4);
            for (int s = 0; s < dist.symbols(); s++) out.write(dist.length(s), 4);
        }
    }

    private TextCodec() {
    }

    /** Parses every file (in parallel), builds the shared codes, and codes every file (in parallel). */
    static Compressed compress(List<String> texts) {
        return compress(texts.size(), texts::get);
    }

    /** As {@link #compress(List)}, the text of file {@code i} made on demand (in parallel) by {@code text}. */
    static Compressed compress(int n, java.util.function.IntFunction<String> text) {
        int[][] tokens = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> tokens[i] = parse(text.apply(i)));

        boolean[] present = new boolean[0x10000];
        long[] lenFreq = new long[LEN_DIRECT + LEN_CLASSES];
        long[] distFreq = new long[DIST_CLASSES];
        long[] unitFreq = new long[0x10000];
        for (int[] t : tokens) {
            for (int j = 0; j < t.length; j += 2) {
                if (t[j + 1] == 0) {
                    present[t[j]] = true;
                    unitFreq[t[j]]++;
                } else {
                    lenFreq[lengthSymbol(t[j])]++;
                    distFreq[classOf(t[j + 1])]++;
                }
            }
        }
        int present_ = 0;
        for (boolean b : present) if (b) present_++;
        final int count = present_;
        char[] alphabet = new char[count];
        int[] index = new int[0x10000];
        for (int c = 0, k = 0; c < 0x10000; c++) {
            if (present[c]) {
                index[c] = k;
                alphabet[k++] = (char) c;
            }
        }
        long[] mainFreq = new long[count + 1 + LEN_DIRECT + LEN_CLASSES];
        for (int k = 0; k < count; k++) mainFreq[k] = unitFreq[alphabet[k]];
        mainFreq[count] = n; // one end mark per file
        System.arraycopy(lenFreq, 0, mainFreq, count + 1, lenFreq.length);
        Huffman main = Huffman.of(mainFreq);
        Huffman dist = Huffman.of(distFreq);

        String[] files = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            BitWriter out = new BitWriter();
            int[] t = tokens[i];
            for (int j = 0; j < t.length; j += 2) {
                if (t[j + 1] == 0) {
                    main.write(out, index[t[j]]);
                } else {
                    int len = t[j];
                    int ls = lengthSymbol(len);
                    main.write(out, count + 1 + ls);
                    if (ls >= LEN_DIRECT) {
                        int c = ls - LEN_DIRECT;
                        out.write(len - MIN_MATCH - LEN_DIRECT + 1 - (1 << c), c);
                    }
                    int d = t[j + 1];
                    int dc = classOf(d);
                    dist.write(out, dc);
                    out.write(d - (1 << dc), dc);
                }
            }
            main.write(out, count);
            files[i] = out.toScriptString();
        });
        return new Compressed(alphabet, main, dist, files);
    }

    static int lengthSymbol(int len) {
        int v = len - MIN_MATCH;
        if (v < LEN_DIRECT) return v;
        return LEN_DIRECT + classOf(v - LEN_DIRECT + 1);
    }

    private static int classOf(int v) {
        return 31 - Integer.numberOfLeadingZeros(v);
    }

    /**
     * Greedy LZ77 parse (a short hash chain: the build must stay fast). Returns pairs (unit, 0) for literals and
     * (length, distance) for matches.
     */
    static int[] parse(String s) {
        int n = s.length();
        char[] c = s.toCharArray();
        int[] head = new int[1 << HASH_BITS];
        Arrays.fill(head, -1);
        int[] prev = new int[Math.max(n, 1)];
        int[] out = new int[Math.max(16, n)];
        int o = 0;
        int i = 0;
        int inserted = 0; // positions < inserted are in the hash chains
        while (i < n) {
            while (inserted < i) insert(c, inserted++, head, prev);
            long m = longest(c, i, head, prev);
            int len = (int) (m >>> 32), dist = (int) m;
            if (o + 2 > out.length) out = Arrays.copyOf(out, out.length * 2);
            if (len >= MIN_MATCH) {
                out[o++] = len;
                out[o++] = dist;
                i += len;
            } else {
                out[o++] = c[i];
                out[o++] = 0;
                i++;
            }
        }
        return Arrays.copyOf(out, o);
    }

    private static int hash(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B1 >>> (32 - HASH_BITS));
    }

    private static void insert(char[] c, int pos, int[] head, int[] prev) {
        if (pos + 1 >= c.length) {
            prev[pos] = -1;
            return;
        }
        int h = hash(c[pos], c[pos + 1]);
        prev[pos] = head[h];
        head[h] = pos;
    }

    /** Longest earlier match at {@code i} worth coding: (length << 32) | distance, or 0. */
    private static long longest(char[] c, int i, int[] head, int[] prev) {
        int n = c.length;
        if (i + 1 >= n) return 0;
        int best = 0, bestDist = 0;
        int limit = Math.min(n - i, MAX_MATCH);
        int p = head[hash(c[i], c[i + 1])];
        for (int chain = 0; p >= 0 && chain < CHAIN; chain++, p = prev[p]) {
            if (p >= i) continue;
            if (c[p + best] != c[i + best] && best < limit) {
                continue;
            }
            int l = 0;
            while (l < limit && c[p + l] == c[i + l]) l++;
            int d = i - p;
            if (l > best && worthIt(l, d)) {
                best = l;
                bestDist = d;
                if (l == limit) break;
            }
        }
        return best >= MIN_MATCH ? ((long) best << 32) | bestDist : 0;
    }

    private static boolean worthIt(int len, int dist) {
        if (dist >= 1 << DIST_CLASSES) return false;
        return len > 2 || dist <= 1024;
    }
}
