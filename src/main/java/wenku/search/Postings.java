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

    private final LongIntMap hanIds = new LongIntMap(1 << 18);
    private final Map<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[1024];
    private long[] keys = new long[1 << 16]; // Han key, or -1 - word index
    private int[] lastDoc = new int[1 << 16];
    private int[] tf = new int[1 << 16];
    private long[] mask = new long[1 << 16];
    private IntList[] lists = new IntList[1 << 16];
    private int terms;
    private int wordCount;

    private int[] touched = new int[1 << 14];
    private int touchedCount;
    private int doc = -1;
    private boolean multi;
    private long chunkBit;
    private int docTokens;

    /** Starts document {@code doc} (ascending); {@code chunks} is the number of text files it spans. */
    void startDocument(int doc, int chunks) {
        if (chunks < 1 || chunks > MAX_CHUNKS) throw new IllegalArgumentException("chunks " + chunks);
        this.doc = doc;
        this.multi = chunks > 1;
        this.chunkBit = 1;
        this.touchedCount = 0;
        this.docTokens = 0;
    }

    /** The following tokens are in chunk {@code c} (0-based within the document). */
    void chunk(int c) {
        chunkBit = 1L << c;
    }

    /** Ends the current document; returns its length in tokens. */
    int endDocument() {
        for (int i = 0; i < touchedCount; i++) {
            int t = touched[i];
            IntList l = lists[t];
            if (l == null) lists[t] = l = new IntList(multi ? 4 : 2);
            l.add(doc);
            l.add(tf[t]);
            if (multi) {
                l.add((int) (mask[t] >>> 32));
                l.add((int) mask[t]);
            }
        }
        return docTokens;
    }

    @Override
    public void han(int previous, int codePoint) {
        hit(hanId(codePoint));
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
            lastDoc = Arrays.copyOf(lastDoc, n);
            tf = Arrays.copyOf(tf, n);
            mask = Arrays.copyOf(mask, n);
            lists = Arrays.copyOf(lists, n);
        }
        keys[terms] = key;
        lastDoc[terms] = -1;
        return terms++;
    }

    private void hit(int t) {
        if (lastDoc[t] != doc) {
            lastDoc[t] = doc;
            tf[t] = 0;
            mask[t] = 0;
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
            touched[touchedCount++] = t;
        }
        tf[t]++;
        mask[t] |= chunkBit;
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
     * The postings of term {@code t}: per document the document number and the count, followed, for documents
     * that span several chunks, by the chunk mask as two ints (high, low).
     */
    IntList list(int t) {
        return lists[t];
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int get(int i) {
            return a[i];
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
