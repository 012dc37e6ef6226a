package wenku.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given as UTF-8 straight into a growing byte array: a rendered page
 * goes from the template to the bytes written to disk in one pass, instead of through a synchronized
 * {@code StringWriter}, a copy to a {@code String} (widened to two bytes a char on the first Chinese character)
 * and a second pass to encode it. Unpaired surrogates become {@code ?}, as {@code String.getBytes(UTF_8)} does.
 *
 * <p>Not thread safe: one per rendered page.
 */
final class Utf8Writer extends Writer {
    private byte[] buf;
    private int len;
    private char pendingHigh; // a high surrogate whose low half has not arrived yet
    private char[] scratch = new char[1024];

    Utf8Writer(int initialBytes) {
        buf = new byte[Math.max(16, initialBytes)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int n) {
        encode(cbuf, off, n);
    }

    @Override
    public void write(String s, int off, int n) {
        if (scratch.length < n) scratch = new char[Math.max(n, scratch.length * 2)];
        s.getChars(off, off + n, scratch, 0); // one bulk copy, then a loop without bounds checks per char
        encode(scratch, 0, n);
    }

    private void encode(char[] cs, int off, int n) {
        ensure(n * 3 + 4); // at most 3 bytes a char (a surrogate pair: 4 bytes for 2 chars)
        int i = off;
        int end = off + n;
        while (pendingHigh != 0 && i < end) put(cs[i++]); // finish a pair (or not) begun in an earlier write
        byte[] b = buf;
        int at = len;
        for (; i < end; i++) {
            char c = cs[i];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < 0xD800 || c > 0xDFFF) {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else { // surrogates, rare: the general path pairs them up
                len = at;
                put(c);
                while (pendingHigh != 0 && i + 1 < end) put(cs[++i]); // its low half, or "?" and the next char
                b = buf;
                at = len;
            }
        }
        len = at;
    }

    @Override
    public Writer append(CharSequence cs) {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                ensure(4);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            ensure(1);
            buf[len++] = '?';
        }
        ensure(3);
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[len++] = '?';
        } else {
            buf[len++] = (byte) (0xE0 | (c >> 12));
            buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }

    /** The bytes written so far (a trailing unpaired high surrogate as {@code ?}). */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[len++] = '?';
        }
        return Arrays.copyOf(buf, len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
