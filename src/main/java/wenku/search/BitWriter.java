package wenku.search;

import java.util.Arrays;

/**
 * An append-only bit stream, most significant bit first, with the integer codes the index uses (Elias gamma,
 * Rice, Exp-Golomb). {@link #toScriptString()} packs it into a string that can sit between double quotes in
 * a JavaScript file: 7 bits per character (XOR {@link #MASK}), the few values that would need escaping moved
 * up by 0x80 (a two-byte UTF-8 character); the client reads {@code (charCodeAt(i) & 127) ^ 113}.
 *
 * <p>Not thread safe.
 */
final class BitWriter {
    private long[] words;
    private long bits; // number of bits written

    BitWriter() {
        this(1024);
    }

    /** A stream with room for about {@code expectedBits} before it grows. */
    BitWriter(long expectedBits) {
        words = new long[(int) Math.max(4, Math.min(1 << 24, (expectedBits + 63) >>> 6))];
    }

    long bitLength() {
        return bits;
    }

    void write(long value, int count) {
        if (count == 0) return;
        assert count == 64 || (value >>> count) == 0 : value + " does not fit " + count + " bits";
        int free = 64 - (int) (bits & 63);
        if (count < free) {
            int w = (int) (bits >>> 6);
            if (w >= words.length) words = Arrays.copyOf(words, words.length * 2);
            words[w] |= value << (free - count);
            bits += count;
            return;
        }
        while (count > 0) {
            int w = (int) (bits >>> 6);
            if (w >= words.length) words = Arrays.copyOf(words, words.length * 2);
            free = 64 - (int) (bits & 63);
            int take = Math.min(free, count);
            long chunk = (value >>> (count - take)) & (take == 64 ? -1L : (1L << take) - 1);
            words[w] |= chunk << (free - take);
            bits += take;
            count -= take;
        }
    }

    void writeBit(int bit) {
        write(bit & 1, 1);
    }

    private void zeros(long n) {
        bits += n;
        int need = (int) (bits >>> 6) + 1;
        if (need > words.length) words = Arrays.copyOf(words, Math.max(need, words.length * 2));
    }

    private long bitAt(long i) {
        return (words[(int) (i >>> 6)] >>> (63 - (i & 63))) & 1;
    }

    /** Elias gamma code of {@code v >= 1}. */
    void gamma(long v) {
        if (v < 1) throw new IllegalArgumentException("gamma(" + v + ")");
        int n = 63 - Long.numberOfLeadingZeros(v);
        if (n < 32) { // n zeros and v's n + 1 bits in one write
            write(v, 2 * n + 1);
            return;
        }
        zeros(n);
        write(v, n + 1);
    }

    /** Rice code of {@code v >= 0} with parameter {@code k}: quotient in unary (ones then a zero), k low bits. */
    void rice(long v, int k) {
        long q = v >>> k;
        if (q + 1 + k <= 64) { // q ones, a zero and k low bits in one write
            write((((1L << q) - 1) << (k + 1)) | (v & ((1L << k) - 1)), (int) q + 1 + k);
            return;
        }
        for (; q >= 32; q -= 32) write(0xFFFFFFFFL, 32);
        write(((1L << q) - 1) << 1, (int) q + 1);
        write(v & ((1L << k) - 1), k);
    }

    /** Exp-Golomb code of {@code v >= 0} with parameter {@code k}. */
    void expGolomb(long v, int k) {
        gamma((v >>> k) + 1);
        write(v & ((1L << k) - 1), k);
    }

    /** Appends all bits of another stream. */
    void append(BitWriter other) {
        long n = other.bits;
        for (long i = 0; i < n; i += 64) {
            int take = (int) Math.min(64, n - i);
            long w = other.words[(int) (i >>> 6)];
            write(take == 64 ? w : w >>> (64 - take), take);
        }
    }

    /** Appends bits {@code [from, to)} of another stream. */
    void appendRange(BitWriter other, long from, long to) {
        for (long i = from; i < to; ) {
            int off = (int) (i & 63);
            int take = (int) Math.min(64 - off, to - i);
            long w = other.words[(int) (i >>> 6)] << off; // bits at i.. now leftmost
            write(w >>> (64 - take), take);
            i += take;
        }
    }

    /** The stream packed 7 bits per character (zero-padded at the end), safe inside a double-quoted JS string. */
    String toScriptString() {
        int units = (int) ((bits + 6) / 7);
        StringBuilder sb = new StringBuilder(units + units / 16);
        long pos = 0;
        for (int u = 0; u < units; u++, pos += 7) {
            int w = (int) (pos >>> 6), off = (int) (pos & 63);
            long hiPart = words[w] << off;
            if (off > 57 && w + 1 < words.length) hiPart |= words[w + 1] >>> (64 - off);
            sb.append(scriptChar((int) (hiPart >>> 57) ^ MASK));
        }
        return sb.toString();
    }

    /** {@link #toScriptString()} encoded in UTF-8, made without the string. */
    byte[] toScriptBytes() {
        int units = (int) ((bits + 6) / 7);
        byte[] b = new byte[units + units / 8 + 16];
        int o = 0;
        long pos = 0;
        for (int u = 0; u < units; u++, pos += 7) {
            int w = (int) (pos >>> 6), off = (int) (pos & 63);
            long hiPart = words[w] << off;
            if (off > 57 && w + 1 < words.length) hiPart |= words[w + 1] >>> (64 - off);
            int v = (int) (hiPart >>> 57) ^ MASK;
            if (o + 2 > b.length) b = Arrays.copyOf(b, b.length + (b.length >> 1) + 16);
            if (v == 0 || v == '\n' || v == '\r' || v == '"' || v == '\\') { // scriptChar: 0x80 | v, two bytes
                int c = 0x80 | v;
                b[o++] = (byte) (0xC0 | (c >> 6));
                b[o++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[o++] = (byte) v;
            }
        }
        return o == b.length ? b : Arrays.copyOf(b, o);
    }

    /**
     * Every 7-bit value is sent XOR this mask, so that the most common one, all zeros (long runs of zero bits),
     * is an ordinary character and not one of the few that take two bytes.
     */
    static final int MASK = 113;

    /** The character that carries the 7-bit value {@code v} (already masked). */
    static char scriptChar(int v) {
        return switch (v) {
            case 0, '\n', '\r', '"', '\\' -> (char) (0x80 | v);
            default -> (char) v;
        };
    }
}
