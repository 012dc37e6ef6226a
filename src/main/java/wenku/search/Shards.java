package wenku.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wenku.parallel.AllCores;

/**
 * Cuts the inverted index into shard files by ranges of tokens (in UTF-16 order, as JavaScript compares
 * strings), each at most {@code targetBytes} bytes on disk unless a single token needs
 * more, so that a query fetches only the few shards that
 * hold its tokens. The first token of every shard goes into the metadata; the client finds a token's shard
 * by binary search.
 *
 * <p>Shard payload (a {@link BitWriter} stream): {@code gamma(termCount)}; the terms, front coded (see
 * {@link #writeKey}); then for every term its postings, one after the other (the client decodes them in
 * order): {@code gamma(df)}, then per document a Rice-coded gap ({@link #riceParameter}), the term frequency
 * in four levels ({@link #writeTf}), and, except for single Han characters, for documents spanning several
 * chunks {@code gamma(m)} and, unless all chunks hold the term, the m chunk numbers as Rice-coded gaps.
 *
 * <p>Immutable once built.
 */
final class Shards {
    private final List<String> firstKeys = new ArrayList<>();
    private final List<byte[]> payloads = new ArrayList<>();

    Shards(Postings postings, int[] fileCount, int docs, int targetBytes) {
        int terms = postings.termCount();
        int[] order = sortedOrder(postings);
        char[][] text = new char[terms][]; // by position in the order: made in that order, so they lie in it in memory
        for (int k = 0; k < terms; k++) text[k] = postings.chars(order[k]);
        // all postings in a few streams coded in parallel, by term number (the order the lists lie in memory, as the
        // collector copies them); a shard copies each of its terms' range
        int parts = Math.max(1, Math.min(16, terms / 4096));
        BitWriter[] streams = new BitWriter[parts];
        long[] start = new long[terms]; // where the postings of term t start in the stream of its part
        int[] length = new int[terms]; // and their number of bits
        AllCores.forEach(parts, p -> {
            BitWriter w = new BitWriter();
            byte[] list = null;
            for (int t = partStart(p, parts, terms); t < partStart(p + 1, parts, terms); t++) {
                start[t] = w.bitLength();
                boolean chunks = !postings.singleCharacter(t);
                int df = postings.df(t);
                w.gamma(df);
                boolean masked = postings.masked(t);
                list = postings.list(t, list);
                int prev = encode(w, df, -1, list, postings.size(t), masked, fileCount, docs, chunks);
                list = postings.laterList(t, list);
                encode(w, df, prev, list, postings.laterSize(t), masked, fileCount, docs, chunks);
                length[t] = Math.toIntExact(w.bitLength() - start[t]);
            }
            streams[p] = w;
        });
        // the exact bit count of each key, coded after the one before it (the first of a shard after "")
        long[] keyBits = new long[terms];
        AllCores.forEach(parts, p -> {
            for (int k = partStart(p, parts, terms); k < partStart(p + 1, parts, terms); k++) {
                keyBits[k] = keyBits(k == 0 ? NONE : text[k - 1], text[k]);
            }
        });

        // fill each shard up to the target, allowing for the few characters that take two bytes (about 3%; the
        // allowance is well above that), then code the shards in parallel
        long budget = (long) ((targetBytes - 48) / 1.07 * 7);
        List<int[]> cuts = new ArrayList<>();
        int i = 0;
        while (i < terms) {
            long bits = keyBits(NONE, text[i]) + length[order[i]];
            int j = i + 1;
            while (j < terms) {
                long more = keyBits[j] + length[order[j]];
                if (bits + more + 2 * (64 - Long.numberOfLeadingZeros(j + 1 - i)) > budget) break;
                bits += more;
                j++;
            }
            cuts.add(new int[] {i, j});
            i = j;
        }
        byte[][] coded = new byte[cuts.size()][];
        AllCores.forEach(cuts.size(), c -> {
            int from = cuts.get(c)[0], to = cuts.get(c)[1];
            long bits = 64;
            for (int k = from; k < to; k++) bits += length[order[k]] + 32;
            BitWriter out = new BitWriter(bits);
            out.gamma(to - from);
            char[] prev = NONE;
            for (int k = from; k < to; k++) {
                writeKey(out, prev, text[k]);
                prev = text[k];
            }
            for (int k = from; k < to; k++) {
                int t = order[k];
                out.appendRange(streams[partOf(t, parts, terms)], start[t], start[t] + length[t]);
            }
            coded[c] = out.toScriptBytes();
        });
        for (int c = 0; c < coded.length; c++) {
            firstKeys.add(new String(text[cuts.get(c)[0]]));
            payloads.add(coded[c]);
        }
    }

    private static final char[] NONE = new char[0];

    private static int partStart(int p, int parts, int terms) {
        return (int) ((long) terms * p / parts);
    }

    private static int partOf(int k, int parts, int terms) {
        int p = (int) ((long) k * parts / terms);
        while (partStart(p + 1, parts, terms) <= k) p++;
        while (partStart(p, parts, terms) > k) p--;
        return p;
    }

    /**
     * Term numbers in {@link String#compareTo} order (UTF-16 units): a primitive sort on the first two units (which
     * decide for all Han tokens), then the rare ties (longer words) by all units.
     */
    static int[] sortedOrder(Postings postings) {
        int n = postings.termCount();
        if (n >= 1 << 22) throw new IllegalStateException("too many distinct tokens: " + n);
        long[] packed = new long[n];
        for (int t = 0; t < n; t++) packed[t] = (postings.sortPrefix(t) << 22) | t;
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) (packed[i] & 0x3FFFFF);
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && (packed[j] >>> 22) == (packed[i] >>> 22)) j++;
            if (j - i > 1) {
                Integer[] tie = new Integer[j - i];
                char[][] tieText = new char[j - i][];
                for (int k = i; k < j; k++) {
                    tie[k - i] = k - i;
                    tieText[k - i] = postings.chars(order[k]);
                }
                Arrays.sort(tie, (a, b) -> Arrays.compare(tieText[a], tieText[b]));
                int[] terms = new int[j - i];
                for (int k = i; k < j; k++) terms[k - i] = order[i + tie[k - i]];
                System.arraycopy(terms, 0, order, i, j - i);
            }
            i = j;
        }
        return order;
    }

    int count() {
        return payloads.size();
    }

    String firstKey(int shard) {
        return firstKeys.get(shard);
    }

    /** The coded shard as a script string in UTF-8 ({@link BitWriter#toScriptBytes()}). */
    byte[] payload(int shard) {
        return payloads.get(shard);
    }

    /**
     * A key after {@code prev}: {@code gamma(lcp + 1)}, {@code gamma(suffix length)}, the first suffix character
     * as {@code gamma(c - prev[lcp])} when {@code prev} goes on (keys ascend) or Exp-Golomb (k=12) when
     * {@code prev} ends there, further suffix characters Exp-Golomb (k=12).
     */
    static void writeKey(BitWriter out, char[] prev, char[] key) {
        int lcp = commonPrefix(prev, key);
        out.gamma(lcp + 1);
        out.gamma(key.length - lcp);
        for (int i = lcp; i < key.length; i++) {
            char c = key[i];
            if (i == lcp && lcp < prev.length) out.gamma(c - prev[lcp]);
            else out.expGolomb(c, 12);
        }
    }

    /** The number of bits {@link #writeKey} writes. */
    static long keyBits(char[] prev, char[] key) {
        int lcp = commonPrefix(prev, key);
        long bits = gammaBits(lcp + 1) + gammaBits(key.length - lcp);
        for (int i = lcp; i < key.length; i++) {
            char c = key[i];
            if (i == lcp && lcp < prev.length) bits += gammaBits(c - prev[lcp]);
            else bits += gammaBits((c >>> 12) + 1) + 12;
        }
        return bits;
    }

    private static int commonPrefix(char[] a, char[] b) {
        int lcp = 0;
        int max = Math.min(a.length, b.length);
        while (lcp < max && a[lcp] == b[lcp]) lcp++;
        return lcp;
    }

    /** Length of the Elias gamma code of {@code v >= 1}. */
    private static int gammaBits(long v) {
        if (v < 1) throw new IllegalArgumentException("gamma(" + v + ")");
        return 2 * (63 - Long.numberOfLeadingZeros(v)) + 1;
    }

    /** Rice parameter for gaps between {@code df} of {@code n} documents: about log2(0.69 n / df). */
    static int riceParameter(long n, long df) {
        long q = n * 69 / (100 * df);
        return q >= 1 ? 63 - Long.numberOfLeadingZeros(q) : 0;
    }

    /** Term frequency in four levels: 1, 2-3, 4-7, 8 or more (codes 0, 10, 110, 111). */
    static void writeTf(BitWriter out, int tf) {
        if (tf <= 1) out.write(0, 1);
        else if (tf <= 3) out.write(2, 2);
        else if (tf <= 7) out.write(6, 3);
        else out.write(7, 3);
    }

    /** A single Han character: its postings carry no chunk sets (they are in most chunks anyway). */
    static boolean isUnigram(char[] term) {
        return term.length == 1 && Folding.classOf(term[0]) == Folding.HAN
                || term.length == 2 && Character.isSurrogatePair(term[0], term[1]);
    }

    /**
     * Codes postings of a term found in {@code df} of the {@code docs} documents (after {@code gamma(df)}): the
     * {@code size} bytes of {@code l} ({@link Postings#list}, chunk masks in it when {@code masked}), following
     * document {@code prev} (-1 for the first). Returns the last document coded.
     */
    static int encode(BitWriter out, int df, int prev, byte[] l, int size, boolean masked, int[] fileCount, int docs,
                      boolean chunks) {
        if (chunks && !masked) throw new IllegalArgumentException("chunk sets of a term without chunk masks");
        int k = riceParameter(docs, df);
        int doc = -1;
        for (int i = 0; i < size; ) {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = l[i++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) break;
            }
            doc += (v >>> Postings.TF_BITS) + 1;
            out.rice(doc - prev - 1, k);
            writeTf(out, v & Postings.TF_MAX);
            prev = doc;
            int fc = fileCount[doc];
            if (fc > 1 && masked) {
                long mask = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = l[i++];
                    mask |= (long) (b & 0x7F) << shift;
                    if (b >= 0) break;
                }
                if (chunks) {
                    int m = Long.bitCount(mask);
                    out.gamma(m);
                    if (m < fc) {
                        int kk = riceParameter(fc, m);
                        int p = -1;
                        for (long rest = mask; rest != 0; rest &= rest - 1) {
                            int b = Long.numberOfTrailingZeros(rest);
                            out.rice(b - p - 1, kk);
                            p = b;
                        }
                    }
                }
            }
        }
        return prev;
    }
}
