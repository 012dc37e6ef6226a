package wenku.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index while it is being built: for every token (Han unigram, Han bigram, word) the documents
 * that contain it, in document order, with the number of occurrences and the set of the document's text
 * files ("chunks") that contain it. Fed document by document through the {@link Tokenizer.Sink} interface.
 *
 * <p>Not thread safe: one builder is fed by one thread.
 */
final class Postings implements Tokenizer.Sink {
    /** Most text files a document may span: chunk sets are 64-bit masks. */
    static final int MAX_CHUNKS = 64;
    /**
     * A posting is one int, {@code doc << TF_BITS | min(count, TF_MAX)} (the shards code counts in four levels, the
     * highest from 8 up), followed by the chunk mask as two ints for documents of several chunks: half the memory
     * of separate ints, and the lists are the largest thing an index build holds.
     */
    static final int TF_BITS = 4;
    static final int TF_MAX = (1 << TF_BITS) - 1;
    /** Most documents an index may have (document numbers share an int with the count). */
    static final int MAX_DOCUMENTS = 1 << (31 - TF_BITS);

    private final LongIntMap hanIds = new LongIntMap(1 << 10);
    private final int[] bmpIds = new int[0x10000]; // unigram term id + 1 for BMP characters
    private final SmallMap[] bigramsByFirst = new SmallMap[0x10000]; // BMP bigrams, by first character
    private final Map<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[1024];
    private long[] keys = new long[1 << 16]; // Han key, or -1 - word index
    // per term, 4 ints: document last seen, count in it, chunk mask high, chunk mask low
    private int[] state = new int[4 << 16];
    private int[][] lists = new int[1 << 16][];
    private int[] sizes = new int[1 << 16];
    private int terms;
    private int wordCount;

    private int[] touched = new int[1 << 14];
    private int touchedCount;
    private int doc = -1;
    private boolean multi;
    private int chunkHi, chunkLo;
    private int docTokens;

    /** Starts document {@code doc} (ascending); {@code chunks} is the number of text files it spans. */
    void startDocument(int doc, int chunks) {
        if (chunks < 1 || chunks > MAX_CHUNKS) throw new IllegalArgumentException("chunks " + chunks);
        if (doc < 0 || doc >= MAX_DOCUMENTS) throw new IllegalArgumentException("document " + doc);
        this.doc = doc;
        this.multi = chunks > 1;
        chunk(0);
        this.touchedCount = 0;
        this.docTokens = 0;
    }

    /** The following tokens are in chunk {@code c} (0-based within the document). */
    void chunk(int c) {
        chunkHi = c >= 32 ? 1 << (c - 32) : 0;
        chunkLo = c < 32 ? 1 << c : 0;
    }

    /** Ends the current document; returns its length in tokens. */
    int endDocument() {
        int per = multi ? 3 : 1;
        for (int i = 0; i < touchedCount; i++) {
            int t = touched[i], b = t << 2;
            int[] l = lists[t];
            int n = sizes[t];
            if (l == null) lists[t] = l = new int[4];
            else if (n + per > l.length) lists[t] = l = Arrays.copyOf(l, l.length * 2);
            l[n] = doc << TF_BITS | Math.min(state[b + 1], TF_MAX);
            if (multi) {
                l[n + 1] = state[b + 2];
                l[n + 2] = state[b + 3];
            }
            sizes[t] = n + per;
        }
        return docTokens;
    }

    @Override
    public void han(int previous, int codePoint) {
        if (codePoint < 0x10000) {
            int id = bmpIds[codePoint] - 1;
            if (id < 0) {
                id = newTerm(codePoint);
                bmpIds[codePoint] = id + 1;
            }
            hit(id);
            if (previous >= 0 && previous < 0x10000) {
                SmallMap m = bigramsByFirst[previous];
                if (m == null) bigramsByFirst[previous] = m = new SmallMap();
                int b = m.get(codePoint);
                if (b < 0) {
                    b = newTerm((1L << 42) | ((long) previous << 21) | codePoint);
                    m.put(codePoint, b);
                }
                hit(b);
                docTokens++;
                return;
            }
        } else {
            hit(hanId(codePoint));
        }
        if (previous >= 0) hit(hanId((1L << 42) | ((long) previous << 21) | codePoint));
        docTokens++;
    }

    @Override
    public void word(CharSequence text, int start, int end) {
        String w = text.subSequence(start, end).toString();
        Integer id = wordIds.get(w);
        if (id == null) {
            if (wordCount == words.length) words = Arrays.copyOf(words, wordCount * 2);
            words[wordCount] = w;
            id = newTerm(-1L - wordCount);
            wordCount++;
            wordIds.put(w, id);
        }
        hit(id);
        docTokens++;
    }

    private int hanId(long key) {
        int id = hanIds.get(key);
        if (id < 0) {
            id = newTerm(key);
            hanIds.put(key, id);
        }
        return id;
    }

    private int newTerm(long key) {
        if (terms == keys.length) {
            int n = terms * 2;
            keys = Arrays.copyOf(keys, n);
            state = Arrays.copyOf(state, 4 * n);
            lists = Arrays.copyOf(lists, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        keys[terms] = key;
        state[terms << 2] = -1;
        return terms++;
    }

    private void hit(int t) {
        int b = t << 2;
        if (state[b] != doc) {
            state[b] = doc;
            state[b + 1] = 1;
            state[b + 2] = chunkHi;
            state[b + 3] = chunkLo;
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
            touched[touchedCount++] = t;
            return;
        }
        state[b + 1]++;
        state[b + 2] |= chunkHi;
        state[b + 3] |= chunkLo;
    }

    int termCount() {
        return terms;
    }

    /** The token of term {@code t} as a string (one or two Han characters, or a word). */
    String text(int t) {
        long k = keys[t];
        if (k < 0) return words[(int) (-1L - k)];
        StringBuilder sb = new StringBuilder(4);
        if ((k & (1L << 42)) != 0) sb.appendCodePoint((int) ((k >>> 21) & 0x1FFFFF));
        sb.appendCodePoint((int) (k & 0x1FFFFF));
        return sb.toString();
    }

    /**
     * The postings of term {@code t}: per document {@code doc << TF_BITS | min(count, TF_MAX)}, followed, for
     * documents that span several chunks, by the chunk mask as two ints (high, low). Valid up to {@link #size(int)}.
     */
    int[] list(int t) {
        return lists[t];
    }

    /** Number of ints used in {@link #list(int)}. */
    int size(int t) {
        return sizes[t];
    }

    /** Open-addressing map from chars to non-negative ints; small and cache friendly (bigrams of one first character). */
    static final class SmallMap {
        private char[] k = new char[8];
        private int[] v = new int[8];
        private int size;

        SmallMap() {
            Arrays.fill(v, -1);
        }

        int get(int key) {
            int m = k.length - 1;
            for (int i = (key * 0x9E3779B1 >>> 16) & m; ; i = (i + 1) & m) {
                if (v[i] < 0) return -1;
                if (k[i] == key) return v[i];
            }
        }

        void put(int key, int value) {
            if (2 * (size + 1) > k.length) {
                char[] ok = k;
                int[] ov = v;
                k = new char[ok.length * 2];
                v = new int[ov.length * 2];
                Arrays.fill(v, -1);
                size = 0;
                for (int i = 0; i < ok.length; i++) if (ov[i] >= 0) put(ok[i], ov[i]);
            }
            int m = k.length - 1;
            for (int i = (key * 0x9E3779B1 >>> 16) & m; ; i = (i + 1) & m) {
                if (v[i] < 0) {
                    k[i] = (char) key;
                    v[i] = value;
                    size++;
                    return;
                }
            }
        }
    }

    /** Open-addressing map from long keys to non-negative ints. */
    static final class LongIntMap {
        private long[] k;
        private int[] v;
        private int size;

        LongIntMap(int capacity) {
            k = new long[capacity];
            v = new int[capacity];
            Arrays.fill(v, -1);
        }

        int get(long key) {
            int m = k.length - 1;
            for (int i = mix(key) & m; ; i = (i + 1) & m) {
                if (v[i] < 0) return -1;
                if (k[i] == key) return v[i];
            }
        }

        void put(long key, int value) {
            if (2 * (size + 1) > k.length) grow();
            int m = k.length - 1;
            for (int i = mix(key) & m; ; i = (i + 1) & m) {
                if (v[i] < 0) {
                    k[i] = key;
                    v[i] = value;
                    size++;
                    return;
                }
                if (k[i] == key) {
                    v[i] = value;
                    return;
                }
            }
        }

        private void grow() {
            long[] ok = k;
            int[] ov = v;
            k = new long[ok.length * 2];
            v = new int[ov.length * 2];
            Arrays.fill(v, -1);
            size = 0;
            for (int i = 0; i < ok.length; i++) if (ov[i] >= 0) put(ok[i], ov[i]);
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }
    }
}
