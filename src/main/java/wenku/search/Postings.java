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
    // the lists: chains of blocks in large slabs (no object per term, nothing copied as a list grows); a block is
    // blockSize(bytes before it) bytes, its last 4 the address (slab << slabBits | offset) of the next block
    private byte[][] slabs = new byte[8][];
    private int slabCount;
    private int free; // address of the first unused byte of the last slab
    private final int slabBits; // a slab has 1 << slabBits bytes
    // per term t, side by side (one cache line where a document's end touches them): at 6t the bytes in its list,
    // 6t + 1 its last document, 6t + 2 its number of documents (with UNMASKED set for single Han characters), 6t + 3 the
    // address of its first block, 6t + 4 where its next byte goes, 6t + 5 where its current block's data ends
    private int[] info = new int[6 << 16];
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

    /** A builder with slabs of 1 MiB. */
    Postings() {
        this(20);
    }

    /** A builder with slabs of {@code 1 << slabBits} bytes (small ones for tests). */
    Postings(int slabBits) {
        if (slabBits < 8 || slabBits > 24) throw new IllegalArgumentException("slab bits " + slabBits);
        this.slabBits = slabBits;
    }

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
            int r = 6 * t;
            int k = putVarint(e, 0, (long) (doc - info[r + 1] - 1) << TF_BITS | Math.min(counts[s], TF_MAX));
            if (multi && info[r + 2] >= 0) k = putVarint(e, k, (long) maskHi[s] << 32 | (maskLo[s] & 0xFFFFFFFFL));
            int n = info[r], at = info[r + 4], end = info[r + 5];
            for (int i = 0; i < k; i++) {
                if (at == end) { // the block is full (or there is none yet): chain a new one
                    int size = blockSize(n + i);
                    int block = allocate(size);
                    if (n + i == 0) info[r + 3] = block;
                    else putAddress(end, block);
                    at = block;
                    end = block + size - 4;
                }
                slabs[at >>> slabBits][at & ((1 << slabBits) - 1)] = e[i];
                at++;
            }
            info[r] = n + k;
            info[r + 1] = doc;
            info[r + 2]++;
            info[r + 4] = at;
            info[r + 5] = end;
        }
        touchedCount = 0;
        return docTokens;
    }

    /** The size of the block that follows {@code bytes} bytes of a list (16, 32, 64, 128, then 256). */
    private static int blockSize(int bytes) {
        if (bytes == 0) return 16;
        if (bytes == 12) return 32;
        if (bytes == 12 + 28) return 64;
        if (bytes == 12 + 28 + 60) return 128;
        return 256;
    }

    private int allocate(int size) {
        if (slabCount == 0 || (long) free + size > (long) slabCount << slabBits) { // blocks never cross slabs
            if (slabCount == slabs.length) slabs = Arrays.copyOf(slabs, 2 * slabCount);
            if (slabCount == 1 << (31 - slabBits)) throw new IllegalStateException("postings over 2 GB");
            slabs[slabCount] = new byte[1 << slabBits];
            free = slabCount++ << slabBits;
        }
        int block = free;
        free += size;
        return block;
    }

    private void putAddress(int at, int address) {
        byte[] slab = slabs[at >>> slabBits];
        int o = at & ((1 << slabBits) - 1);
        slab[o] = (byte) (address >>> 24);
        slab[o + 1] = (byte) (address >>> 16);
        slab[o + 2] = (byte) (address >>> 8);
        slab[o + 3] = (byte) address;
    }

    private int address(int at) {
        byte[] slab = slabs[at >>> slabBits];
        int o = at & ((1 << slabBits) - 1);
        return (slab[o] & 0xFF) << 24 | (slab[o + 1] & 0xFF) << 16 | (slab[o + 2] & 0xFF) << 8 | (slab[o + 3] & 0xFF);
    }

    /** Copies the list of term {@code t} into {@code into} (or a larger array, returned); see {@link #size(int)}. */
    private byte[] copyList(int t, byte[] into) {
        int n = info[6 * t];
        if (into == null || into.length < n) into = new byte[Math.max(n, into == null ? 256 : 2 * into.length)];
        int at = info[6 * t + 3];
        for (int done = 0; done < n; ) {
            int data = blockSize(done) - 4;
            int take = Math.min(data, n - done);
            System.arraycopy(slabs[at >>> slabBits], at & ((1 << slabBits) - 1), into, done, take);
            done += take;
            if (done < n) at = address(at + data);
        }
        return into;
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
                info[6 * id + 2] = UNMASKED;
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
            if ((key & (1L << 42)) == 0) info[6 * id + 2] = UNMASKED;
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
                info[6 * id + 2] = UNMASKED;
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
            info = Arrays.copyOf(info, 6 * n);
        }
        keys[terms] = key;
        info[6 * terms + 1] = -1;
        info[6 * terms + 4] = -1; // no block yet: at == end
        info[6 * terms + 5] = -1;
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

    /**
     * The postings of term {@code t} (see {@link #TF_BITS}), valid up to {@link #size(int)} bytes: copied into
     * {@code into} when it is large enough, else into a new array; either is returned.
     */
    byte[] list(int t, byte[] into) {
        return copyList(t, into);
    }

    /** Number of bytes used in {@link #list(int)}. */
    int size(int t) {
        return info[6 * t];
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
        return info[6 * t + 2] >= 0;
    }

    /** The number of documents that hold term {@code t}. */
    int df(int t) {
        int u = later == null ? -1 : laterOf[t];
        return (info[6 * t + 2] & ~UNMASKED) + (u < 0 ? 0 : later.info[6 * u + 2] & ~UNMASKED);
    }

    /**
     * The postings of term {@code t} in the appended builder ({@link #append}), read after {@link #list}; copied as
     * {@link #list} copies.
     */
    byte[] laterList(int t, byte[] into) {
        int u = later == null ? -1 : laterOf[t];
        return u < 0 ? into : later.copyList(u, into);
    }

    /** Number of bytes of {@link #laterList}. */
    int laterSize(int t) {
        int u = later == null ? -1 : laterOf[t];
        return u < 0 ? 0 : later.info[6 * u];
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
