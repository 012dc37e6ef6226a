package wenku.search;

import java.util.Arrays;
import java.util.List;
import wenku.parallel.AllCores;

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
    /** Parsed matches are one negative int, {@code ~(length << DIST_BITS | distance)}, unless the distance is larger. */
    private static final int DIST_BITS = 18, DIST_MASK = (1 << DIST_BITS) - 1, ESCAPE = -1;
    private static final int HASH_BITS = 14;

    /** The parsed and coded text of a list of files. */
    static final class Compressed {
        private final char[] alphabet;
        private final Huffman main;
        private final Huffman dist;
        private final byte[][] files;

        private Compressed(char[] alphabet, Huffman main, Huffman dist, byte[][] files) {
            this.alphabet = alphabet;
            this.main = main;
            this.dist = dist;
            this.files = files;
        }

        /** The coded bits of file {@code i} as a script string in UTF-8 (see {@link BitWriter#toScriptBytes()}). */
        byte[] file(int i) {
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
        return compress(texts.size(), (i, into) -> into.append(texts.get(i)));
    }

    /** Where the texts come from: {@code append(i, into)} appends the text of file {@code i}; called in parallel. */
    @FunctionalInterface
    interface Source {
        void append(int file, StringBuilder into);
    }

    /** As {@link #compress(List)}, the text of file {@code i} made on demand (in parallel) by {@code text}. */
    static Compressed compress(int n, Source text) {
        int[][] tokens = new int[n][];
        // parsed in parallel, in parts that count their symbols as they go
        int parts = Math.min(n, 16);
        int[][] partUnits = new int[parts][];
        long[][] partLengths = new long[parts][], partDistances = new long[parts][];
        AllCores.forEach(parts, p -> {
            Parser parser = new Parser();
            StringBuilder sb = new StringBuilder(8192);
            int[] units = new int[0x10000];
            long[] lengths = new long[LEN_DIRECT + LEN_CLASSES], distances = new long[DIST_CLASSES];
            for (int i = (int) ((long) n * p / parts), end = (int) ((long) n * (p + 1) / parts); i < end; i++) {
                sb.setLength(0);
                text.append(i, sb);
                int[] t = tokens[i] = parser.parse(sb);
                for (int j = 0; j < t.length; j++) {
                    int v = t[j];
                    if (v >= 0) {
                        units[v]++;
                    } else {
                        lengths[lengthSymbol(matchLength(t, j))]++;
                        distances[classOf(matchDistance(t, j))]++;
                        if (v == ESCAPE) j += 2;
                    }
                }
            }
            partUnits[p] = units;
            partLengths[p] = lengths;
            partDistances[p] = distances;
        });

        boolean[] present = new boolean[0x10000];
        long[] lenFreq = new long[LEN_DIRECT + LEN_CLASSES];
        long[] distFreq = new long[DIST_CLASSES];
        long[] unitFreq = new long[0x10000];
        for (int p = 0; p < parts; p++) {
            int[] units = partUnits[p];
            for (int u = 0; u < 0x10000; u++) {
                if (units[u] != 0) {
                    present[u] = true;
                    unitFreq[u] += units[u];
                }
            }
            for (int k = 0; k < lenFreq.length; k++) lenFreq[k] += partLengths[p][k];
            for (int k = 0; k < distFreq.length; k++) distFreq[k] += partDistances[p][k];
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

        byte[][] files = new byte[n][];
        AllCores.forEach(n, i -> {
            int[] t = tokens[i];
            BitWriter out = new BitWriter(16L * t.length + 64); // about 15 bits a token
            for (int j = 0; j < t.length; j++) {
                int v = t[j];
                if (v >= 0) {
                    main.write(out, index[v]);
                } else {
                    int len = matchLength(t, j), d = matchDistance(t, j);
                    if (v == ESCAPE) j += 2;
                    int ls = lengthSymbol(len);
                    main.write(out, count + 1 + ls);
                    if (ls >= LEN_DIRECT) {
                        int c = ls - LEN_DIRECT;
                        out.write(len - MIN_MATCH - LEN_DIRECT + 1 - (1 << c), c);
                    }
                    int dc = classOf(d);
                    dist.write(out, dc);
                    out.write(d - (1 << dc), dc);
                }
            }
            main.write(out, count);
            files[i] = out.toScriptBytes();
        });
        return new Compressed(alphabet, main, dist, files);
    }

    /** The length of the match whose token starts at {@code t[j]}: packed in it, or after an {@link #ESCAPE}. */
    private static int matchLength(int[] t, int j) {
        return t[j] == ESCAPE ? t[j + 1] : ~t[j] >>> DIST_BITS;
    }

    /** The distance of the match whose token starts at {@code t[j]}. */
    private static int matchDistance(int[] t, int j) {
        return t[j] == ESCAPE ? t[j + 2] : ~t[j] & DIST_MASK;
    }

    static int lengthSymbol(int len) {
        int v = len - MIN_MATCH;
        if (v < LEN_DIRECT) return v;
        return LEN_DIRECT + classOf(v - LEN_DIRECT + 1);
    }

    private static int classOf(int v) {
        return 31 - Integer.numberOfLeadingZeros(v);
    }

    /** Greedy LZ77 parse of {@code s}: see {@link Parser#parse}. */
    static int[] parse(CharSequence s) {
        return new Parser().parse(s);
    }

    /**
     * The LZ77 parser with its working arrays, reused from one text to the next by one thread. The hash chain heads
     * hold positions plus {@link #base}, which grows from text to text, so that they need no clearing: a head below
     * the base is empty.
     */
    private static final class Parser {
        private final int[] head = new int[1 << HASH_BITS];
        private int base;
        private char[] c = new char[0];
        private int n;
        private int[] prev = new int[0];
        private int[] out = new int[0];

        Parser() {
            Arrays.fill(head, -1);
        }

        /**
         * Greedy LZ77 parse (a short hash chain: the build must stay fast). Returns the tokens: a literal as its unit
         * (0 to 0xFFFF), a match as {@code ~(length << DIST_BITS | distance)}, or when the distance needs more bits,
         * as {@link #ESCAPE}, length, distance.
         */
        int[] parse(CharSequence s) {
            n = s.length();
            if (base > Integer.MAX_VALUE - n - 2) {
                Arrays.fill(head, -1);
                base = 0;
            }
            if (c.length < n) {
                c = new char[n + (n >> 2)];
                prev = new int[n + (n >> 2)];
            }
            if (out.length < Math.max(16, n)) out = new int[Math.max(16, n + (n >> 2))];
            assert MAX_MATCH < 1 << (31 - DIST_BITS);
            if (s instanceof StringBuilder sb) sb.getChars(0, n, c, 0);
            else s.toString().getChars(0, n, c, 0);
            char[] c = this.c;
            int[] prev = this.prev, head = this.head, out = this.out;
            int base = this.base;
            int o = 0;
            int i = 0;
            int inserted = 0; // positions < inserted are in the hash chains
            while (i < n) {
                for (; inserted < i; inserted++) {
                    if (inserted + 1 >= n) {
                        prev[inserted] = -1;
                        continue;
                    }
                    int h = hash(c[inserted], c[inserted + 1]);
                    int p = head[h] - base;
                    prev[inserted] = p < 0 ? -1 : p;
                    head[h] = base + inserted;
                }
                long m = i + 1 < n ? longest(c, n, i, head[hash(c[i], c[i + 1])] - base, prev) : 0;
                int len = (int) (m >>> 32), dist = (int) m;
                if (o + 3 > out.length) this.out = out = Arrays.copyOf(out, out.length * 2);
                if (len >= MIN_MATCH) {
                    if (dist <= DIST_MASK) {
                        out[o++] = ~(len << DIST_BITS | dist);
                    } else {
                        out[o++] = ESCAPE;
                        out[o++] = len;
                        out[o++] = dist;
                    }
                    i += len;
                } else {
                    out[o++] = c[i];
                    i++;
                }
            }
            this.base = base + n + 1;
            return Arrays.copyOf(out, o);
        }

        /**
         * Longest earlier match at {@code i} (of the {@code n} units of {@code c}) worth coding, trying the chain from
         * {@code p}: (length << 32) | distance, or 0.
         */
        private static long longest(char[] c, int n, int i, int p, int[] prev) {
            int best = 0, bestDist = 0;
            int limit = Math.min(n - i, MAX_MATCH);
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
    }

    private static int hash(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B1 >>> (32 - HASH_BITS));
    }

    private static boolean worthIt(int len, int dist) {
        if (dist >= 1 << DIST_CLASSES) return false;
        return len > 2 || dist <= 1024;
    }
}
