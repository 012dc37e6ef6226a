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
     * A posting is a variable-length number (7 bits a byte, low bits first, high bit set on all but the last byte),
     * {@code (doc - previous doc - 1) << TF_BITS | min(count, TF_MAX)} (the shards code counts in four levels, the
     * highest from 8 up), followed for documents of several chunks, except in the lists of single Han characters, by
     * the chunk mask as a variable-length number. The lists are the largest thing an index build holds: this takes
     * about 2.5 bytes a posting.
     */
    static final int TF_BITS = 4;
    static final int TF_MAX = (1 << TF_BITS) - 1;
    /** Most documents an index may have (document numbers share an int with the count). */
    static final int MAX_DOCUMENTS = 1 << (31 - TF_BITS);

    private final LongIntMap hanIds = new LongIntMap(1 << 10); // supplementary characters and their bigrams
    private final int[] bmpIds = new int[0x10000]; // unigram term id + 1 for BMP characters
    // BMP bigrams: open addressing, slot i holds key (previous << 16 | codePoint, never 0) at 2i and term id at 2i + 1
    private int[] bigrams = new int[2 << 14];
    private int bigramShift = 32 - 14; // slot of a key: its hash's top bits
    private int bigramCount;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[1024];
    private long[] keys = new long[1 << 16]; // Han key, or -1 - word index
    private int[] local = new int[1 << 16]; // per term: its slot among the current document's terms, or -1
    private byte[][] lists = new byte[1 << 16][];
    // per term t, side by side (one cache line where a document's end touches them): at 3t the bytes used in its
    // list, at 3t + 1 its last document, at 3t + 2 its number of documents, with UNMASKED set for single Han characters
    private int[] info = new int[3 << 16];
    private static final int UNMASKED = 1 << 31;
    private int terms;
    private Postings later; // appended, with the term in it of each term here, or -1
    private int[] laterOf;
    private int wordCount;

    // the current document's terms, in the order first seen: term, count, chunk mask high, chunk mask low
    private int[] touched = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private int[] maskHi = new int[1 << 12];
    private int[] maskLo = new int[1 << 12];
    private int touchedCount;
    private final byte[] entry = new byte[16]; // one posting, coded
    private int doc = -1;
    private boolean multi;
    private int chunkHi, chunkLo;
    private int docTokens;

    /** Starts document {@code doc} (ascending); {@code chunks} is the number of text files it spans. */
    void startDocument(int doc, int chunks) {
        if (chunks < 1 || chunks > MAX_CHUNKS) throw new IllegalArgumentException("chunks " + chunks);
        if (doc < 0 || doc >= MAX_DOCUMENTS) throw new IllegalArgumentException("document " + doc);
        if (doc <= this.doc) throw new IllegalArgumentException("document " + doc + " after " + this.doc);
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
        byte[] e = entry;
        for (int s = 0; s < touchedCount; s++) {
            int t = touched[s];
            local[t] = -1;
            int r = 3 * t;
            int k = putVarint(e, 0, (long) (doc - info[r + 1] - 1) << TF_BITS | Math.min(counts[s], TF_MAX));
            if (multi && info[r + 2] >= 0) k = putVarint(e, k, (long) maskHi[s] << 32 | (maskLo[s] & 0xFFFFFFFFL));
            byte[] l = lists[t];
            int n = info[r];
            if (l == null) lists[t] = l = new byte[Math.max(4, k)];
            else if (n + k > l.length) lists[t] = l = Arrays.copyOf(l, Math.max(n + k, 2 * l.length));
            for (int i = 0; i < k; i++) l[n + i] = e[i];
            info[r] = n + k;
            info[r + 1] = doc;
            info[r + 2]++;
        }
        touchedCount = 0;
        return docTokens;
    }

    /** Writes {@code v >= 0} as a variable-length number at {@code b[at]}; returns the end. */
    private static int putVarint(byte[] b, int at, long v) {
        while ((v & ~0x7FL) != 0) {
            b[at++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        b[at++] = (byte) v;
        return at;
    }

    @Override
    public void han(int previous, int codePoint) {
        docTokens++;
        if (codePoint < 0x10000) {
            int id = bmpIds[codePoint] - 1;
            if (id < 0) {
                id = newTerm(codePoint);
                info[3 * id + 2] = UNMASKED;
                bmpIds[codePoint] = id + 1;
            }
            hit(id);
            if (previous < 0) return;
            if (previous < 0x10000) {
                hit(bigramId(previous << 16 | codePoint, true));
                return;
            }
        } else {
            hit(hanId(codePoint));
            if (previous < 0) return;
        }
        hit(hanId(bigramKey(previous, codePoint)));
    }

    private static long bigramKey(int previous, int codePoint) {
        return (1L << 42) | ((long) previous << 21) | codePoint;
    }

    /** The term of the BMP bigram {@code key}; made when {@code create}, else -1 when there is none. */
    private int bigramId(int key, boolean create) {
        int[] table = bigrams;
        int mask = (table.length >>> 1) - 1;
        for (int i = key * 0x9E3779B1 >>> bigramShift; ; i = (i + 1) & mask) {
            int k = table[2 * i];
            if (k == key) return table[2 * i + 1];
            if (k == 0) {
                if (!create) return -1;
                int id = newTerm(bigramKey(key >>> 16, key & 0xFFFF));
                table[2 * i] = key;
                table[2 * i + 1] = id;
                if (2 * ++bigramCount > mask) growBigrams();
                return id;
            }
        }
    }

    private void growBigrams() {
        int[] old = bigrams;
        int[] table = new int[old.length * 2];
        int mask = (table.length >>> 1) - 1;
        bigramShift--;
        for (int j = 0; j < old.length; j += 2) {
            int key = old[j];
            if (key == 0) continue;
            int i = key * 0x9E3779B1 >>> bigramShift;
            while (table[2 * i] != 0) i = (i + 1) & mask;
            table[2 * i] = key;
            table[2 * i + 1] = old[j + 1];
        }
        bigrams = table;
    }

    @Override
    public void word(CharSequence text, int start, int end) {
        hit(wordId(text.subSequence(start, end).toString()));
        docTokens++;
    }

    private int wordId(String w) {
        Integer id = wordIds.get(w);
        if (id == null) {
            if (wordCount == words.length) words = Arrays.copyOf(words, wordCount * 2);
            words[wordCount] = w;
            id = newTerm(-1L - wordCount);
            wordCount++;
            wordIds.put(w, id);
        }
        return id;
    }

    private int hanId(long key) {
        int id = hanIds.get(key);
        if (id < 0) {
            id = newTerm(key);
            if ((key & (1L << 42)) == 0) info[3 * id + 2] = UNMASKED;
            hanIds.put(key, id);
        }
        return id;
    }

    /** The term of a Han key ({@link #keys}), made when there is none yet. */
    private int termOfHanKey(long key) {
        boolean bigram = (key & (1L << 42)) != 0;
        int first = (int) ((key >>> 21) & 0x1FFFFF), cp = (int) (key & 0x1FFFFF);
        if (!bigram && cp < 0x10000) {
            int id = bmpIds[cp] - 1;
            if (id < 0) {
                id = newTerm(key);
                info[3 * id + 2] = UNMASKED;
                bmpIds[cp] = id + 1;
            }
            return id;
        }
        if (bigram && first < 0x10000 && cp < 0x10000) return bigramId(first << 16 | cp, true);
        return hanId(key);
    }

    private int newTerm(long key) {
        if (terms == keys.length) {
            int n = terms * 2;
            keys = Arrays.copyOf(keys, n);
            local = Arrays.copyOf(local, n);
            lists = Arrays.copyOf(lists, n);
            info = Arrays.copyOf(info, 3 * n);
        }
        keys[terms] = key;
        info[3 * terms + 1] = -1;
        local[terms] = -1;
        return terms++;
    }

    private void hit(int t) {
        int s = local[t];
        if (s >= 0) {
            counts[s]++;
            maskHi[s] |= chunkHi;
            maskLo[s] |= chunkLo;
            return;
        }
        s = touchedCount++;
        if (s == touched.length) {
            int n = 2 * s;
            touched = Arrays.copyOf(touched, n);
            counts = Arrays.copyOf(counts, n);
            maskHi = Arrays.copyOf(maskHi, n);
            maskLo = Arrays.copyOf(maskLo, n);
        }
        local[t] = s;
        touched[s] = t;
        counts[s] = 1;
        maskHi[s] = chunkHi;
        maskLo[s] = chunkLo;
    }

    /**
     * Adds the postings of {@code later}, a builder whose documents all come after this one's (the index of a
     * second range of documents, made in parallel): its terms join this one's, and its lists are read after this
     * one's ({@link #laterList}), without being copied. {@code later} must not be fed afterwards.
     */
    void append(Postings later) {
        if (touchedCount > 0 || later.touchedCount > 0) throw new IllegalStateException("a document is open");
        if (this.later != null || later.later != null) throw new IllegalStateException("appended twice");
        int[] of = new int[terms + later.terms];
        Arrays.fill(of, -1);
        for (int u = 0; u < later.terms; u++) {
            long key = later.keys[u];
            of[key < 0 ? wordId(later.words[(int) (-1L - key)]) : termOfHanKey(key)] = u;
        }
        this.later = later;
        this.laterOf = of;
        doc = Math.max(doc, later.doc);
    }

    int termCount() {
        return terms;
    }

    /**
     * The first two UTF-16 units of the token of term {@code t}, for sorting: {@code (first + 1) << 17 | (second + 1)},
     * a missing unit counting 0.
     */
    long sortPrefix(int t) {
        long k = keys[t];
        if (k >= 0) {
            int cp = (int) (k & 0x1FFFFF);
            if ((k & (1L << 42)) == 0) {
                if (cp < 0x10000) return (long) (cp + 1) << 17;
            } else {
                int first = (int) ((k >>> 21) & 0x1FFFFF);
                if (first < 0x10000 && cp < 0x10000) return ((long) (first + 1) << 17) | (cp + 1);
            }
        }
        char[] s = chars(t);
        return ((long) (s.length > 0 ? s[0] + 1 : 0) << 17) | (s.length > 1 ? s[1] + 1 : 0);
    }

    /** The token of term {@code t} as UTF-16 units (one or two Han characters, or a word). */
    char[] chars(int t) {
        long k = keys[t];
        if (k < 0) return words[(int) (-1L - k)].toCharArray();
        int cp = (int) (k & 0x1FFFFF);
        if ((k & (1L << 42)) == 0) return Character.toChars(cp);
        int first = (int) ((k >>> 21) & 0x1FFFFF);
        if (first < 0x10000 && cp < 0x10000) return new char[] {(char) first, (char) cp};
        return text(t).toCharArray();
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

    /** The postings of term {@code t} (see {@link #TF_BITS}), valid up to {@link #size(int)} bytes; may be null when empty. */
    byte[] list(int t) {
        return lists[t];
    }

    /** Number of bytes used in {@link #list(int)}. */
    int size(int t) {
        return info[3 * t];
    }

    /**
     * Whether term {@code t} is a single character as {@link Shards#isUnigram} tells it: a Han character, or a word of
     * one supplementary character.
     */
    boolean singleCharacter(int t) {
        long k = keys[t];
        if (k >= 0) return (k & (1L << 42)) == 0;
        String w = words[(int) (-1L - k)];
        return w.length() == 2 && Character.isSurrogatePair(w.charAt(0), w.charAt(1))
                || w.length() == 1 && Folding.classOf(w.charAt(0)) == Folding.HAN;
    }

    /** Whether the postings of term {@code t} carry chunk masks (all but single Han characters do). */
    boolean masked(int t) {
        return info[3 * t + 2] >= 0;
    }

    /** The number of documents that hold term {@code t}. */
    int df(int t) {
        int u = later == null ? -1 : laterOf[t];
        return (info[3 * t + 2] & ~UNMASKED) + (u < 0 ? 0 : later.info[3 * u + 2] & ~UNMASKED);
    }

    /** The postings of term {@code t} in the appended builder ({@link #append}), read after {@link #list(int)}. */
    byte[] laterList(int t) {
        int u = later == null ? -1 : laterOf[t];
        return u < 0 ? null : later.lists[u];
    }

    /** Number of ints used in {@link #laterList(int)}. */
    int laterSize(int t) {
        int u = later == null ? -1 : laterOf[t];
        return u < 0 ? 0 : later.info[3 * u];
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
