package wenku.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How search sees characters: NFKC (full-width and half-width forms alike, compatibility ideographs folded to
 * the unified ones), then lower case, and which of the folded characters make tokens.
 *
 * <p>The browser client ({@code templates/assets/search.js}) folds queries the same way
 * ({@code s.normalize('NFKC').toLowerCase()}, Han = {@code \p{Script=Han}}, word characters =
 * {@code [\p{L}\p{Nd}]}), so that a query and the text it should find meet on the same tokens.
 *
 * <p>Stateless and thread safe: the character classes of the BMP are a table made once; the per-character
 * folding cache is filled lazily with idempotent values.
 */
final class Folding {
    /** Character classes of a folded code point. */
    static final int OTHER = 0, HAN = 1, LETTER = 2, DIGIT = 3;

    private static final String[] FOLD_CACHE = new String[0x10000];
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int c = 0x80; c < 0x10000; c++) CLASS[c] = (byte) classSlow(c);
        for (int c = 'a'; c <= 'z'; c++) CLASS[c] = LETTER;
        for (int c = 'A'; c <= 'Z'; c++) CLASS[c] = LETTER;
        for (int c = '0'; c <= '9'; c++) CLASS[c] = DIGIT;
    }

    private Folding() {
    }

    /** Folds a whole string: NFKC, then lower case. */
    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        appendFolded(s, out);
        return out.toString();
    }

    /**
     * Appends the folded form of {@code s} to {@code out}, character by character (so that the mapping from
     * output back to input stays simple; sequences that NFKC would compose are rare in Chinese text).
     */
    static void appendFolded(CharSequence s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                out.append(c);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                out.append(foldSlow(new String(Character.toChars(cp))));
                i += 2;
            } else {
                out.append(foldChar(c));
                i++;
            }
        }
    }

    /** Folded text of a growing length: {@code chars[0, length)}. Not thread safe. */
    static final class Buffer {
        char[] chars = new char[8192];
        int length;

        void append(char c) {
            if (length == chars.length) chars = java.util.Arrays.copyOf(chars, 2 * length);
            chars[length++] = c;
        }
    }

    /**
     * Appends the folded form of {@code s} to {@code out}: the same characters as
     * {@link #appendFolded(CharSequence, StringBuilder)}, made in place for the common characters.
     */
    static void appendFolded(String s, Buffer out) {
        int n = s.length();
        int start = out.length;
        if (start + n > out.chars.length) out.chars = java.util.Arrays.copyOf(out.chars, Math.max(start + n, 2 * out.chars.length));
        char[] a = out.chars;
        s.getChars(0, n, a, start);
        int end = start + n;
        for (int i = start; i < end; i++) {
            char c = a[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') a[i] = (char) (c + 32);
            } else if (c < 0x4E00 || c > 0x9FFF) {
                String f = Character.isSurrogate(c) ? null : foldChar(c);
                if (f == null || f.length() != 1) { // a pair or a character that folds to several: the general way
                    out.length = i;
                    StringBuilder rest = new StringBuilder(end - i + 16);
                    appendFolded(s.substring(i - start), rest);
                    int m = rest.length();
                    if (i + m > out.chars.length) out.chars = java.util.Arrays.copyOf(out.chars, Math.max(i + m, 2 * out.chars.length));
                    rest.getChars(0, m, out.chars, i);
                    out.length = i + m;
                    return;
                }
                a[i] = f.charAt(0);
            }
        }
        out.length = end;
    }

    private static String foldChar(char c) {
        String f = FOLD_CACHE[c];
        if (f == null) {
            f = foldSlow(String.valueOf(c));
            FOLD_CACHE[c] = f;
        }
        return f;
    }

    private static String foldSlow(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The class of a (folded) code point: {@link #HAN}, {@link #LETTER}, {@link #DIGIT} or {@link #OTHER}. */
    static int classOf(int cp) {
        return cp < 0x10000 ? CLASS[cp] : classSlow(cp);
    }

    private static int classSlow(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return HAN;
        if (Character.isDigit(cp)) return DIGIT;
        if (Character.isLetter(cp)) return LETTER;
        return OTHER;
    }
}
