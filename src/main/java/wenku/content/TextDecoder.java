package wenku.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string, recognising what contributors' PCs really write:
 * UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030 (old Windows PCs in Chinese offices).
 * Never produces mojibake silently: bytes that are none of these raise {@link UndecodableTextException}
 * with the byte offset of the first bad byte.
 *
 * <p>Line endings (CRLF, CR) are normalised to LF. Stateless and thread safe.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws UndecodableTextException {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new UndecodableTextException(0, "UTF-32 text is not supported (save the file as UTF-8)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(normaliseNewlines(strict(bytes, 3, StandardCharsets.UTF_8)), "UTF-8", true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(normaliseNewlines(noNul(strict(bytes, 2, StandardCharsets.UTF_16LE), 2)), "UTF-16LE", true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(normaliseNewlines(noNul(strict(bytes, 2, StandardCharsets.UTF_16BE), 2)), "UTF-16BE", true);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            long at = nul;
            try {
                strict(bytes, 0, StandardCharsets.UTF_8);
            } catch (UndecodableTextException e) {
                at = Math.min(at, e.byteOffset());
            }
            throw new UndecodableTextException(at, "not text (a NUL byte at " + nul + "): this is a binary file or UTF-16 without a byte-order mark"
                    + " (save it as UTF-8)");
        }
        try {
            return new DecodedText(normaliseNewlines(strict(bytes, 0, StandardCharsets.UTF_8)), "UTF-8", false);
        } catch (UndecodableTextException utf8Failure) {
            String gb;
            try {
                gb = strict(bytes, 0, GB18030);
            } catch (UndecodableTextException gbFailure) {
                throw new UndecodableTextException(utf8Failure.byteOffset(),
                        "text is neither UTF-8 nor GBK/GB18030 (save the file as UTF-8)");
            }
            if (!looksLikeChineseText(gb) || !mostlyCommonGbkCharacters(bytes)) {
                throw new UndecodableTextException(utf8Failure.byteOffset(),
                        "text is not valid UTF-8 and does not read as GBK Chinese either (save the file as UTF-8)");
            }
            return new DecodedText(normaliseNewlines(gb), "GB18030", false);
        }
    }

    /**
     * GB18030 maps almost every byte sequence to some character, so a successful decode proves little.
     * We accept it only when the non-ASCII characters are overwhelmingly common Han characters and
     * CJK punctuation, as in real GBK documents.
     */
    static boolean looksLikeChineseText(String s) {
        int nonAscii = 0;
        int plausible = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f') return false;
                continue;
            }
            nonAscii++;
            if ((cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E)
                    || cp == 0x2014 || cp == 0x2026 || (cp >= 0x2018 && cp <= 0x201D) || cp == 0x00B7
                    || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x0391 && cp <= 0x03C9) || (cp >= 0x2160 && cp <= 0x217F)) {
                plausible++;
            }
        }
        return nonAscii == 0 || plausible * 100L >= nonAscii * 95L;
    }

    /**
     * Real GBK documents are written almost entirely in the GB2312 part of GBK (lead and trail byte both 0xA1 or
     * above). Latin-1 or Windows-1252 text misread as GBK lands in the rare extension areas instead (an accented
     * letter followed by an ASCII letter), so we want at least 90% of the double-byte characters in GB2312.
     */
    static boolean mostlyCommonGbkCharacters(byte[] b) {
        int multi = 0;
        int common = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) continue;
            multi++;
            if (i + 1 >= b.length) break;
            int t = b[i + 1] & 0xFF;
            if (t >= 0x30 && t <= 0x39) {
                i += 3; // a four-byte GB18030 sequence: rare characters, never counted as common
            } else {
                if (c >= 0xA1 && c <= 0xF7 && t >= 0xA1) common++;
                i++;
            }
        }
        return multi == 0 || common * 10L >= multi * 9L;
    }

    /** The 1-based line of byte {@code offset} in an ASCII-compatible encoding (LF, CRLF and CR end lines). */
    public static int lineAt(byte[] bytes, long offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) line++;
        }
        return line;
    }

    private static String noNul(String text, int bom) throws UndecodableTextException {
        int at = text.indexOf('\0');
        if (at >= 0) {
            throw new UndecodableTextException(bom + 2L * at, "a NUL character: this is not a text file (save it as UTF-8)");
        }
        return text;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws UndecodableTextException {
        if (cs == StandardCharsets.UTF_8) {
            // The JDK's String decoder is several times faster; it replaces bad input with U+FFFD, so only text
            // that has one (bad input, or a real U+FFFD) needs the strict decoder, which finds the bad byte.
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) return fast;
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) dec.maxCharsPerByte()) + 4));
        try {
            var r = dec.decode(in, out, true);
            if (r.isError()) {
                throw new UndecodableTextException(in.position(), "invalid " + cs.name() + " byte sequence");
            }
            r = dec.flush(out);
            if (r.isError()) {
                throw new UndecodableTextException(in.position(), "truncated " + cs.name() + " byte sequence at end of file");
            }
        } catch (IllegalStateException e) {
            throw new UndecodableTextException(in.position(), "invalid " + cs.name() + " text");
        }
        out.flip();
        return out.toString();
    }

    /** CRLF and lone CR become LF. */
    public static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }
}
