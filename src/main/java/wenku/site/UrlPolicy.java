package wenku.site;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * How source paths become output paths. Pages are written as {@code folder/name.html} and sections as
 * {@code folder/index.html}, so the site works on any web server and when opened from a folder (file://).
 * Names keep their Chinese characters; characters that break URLs or file systems are dropped or replaced.
 *
 * <p>Stateless and thread safe.
 */
public final class UrlPolicy {
    private static final int MAX_SEGMENT_BYTES = 180;

    private UrlPolicy() {
    }

    /** A safe path segment for a file or folder name: whitespace → {@code -}; {@code #%?\"<>|*:\\/} and controls dropped. */
    public static String segment(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                dash = true;
                continue;
            }
            if (cp < 0x20 || cp == 0x7F || "#%?\"<>|*:\\/&'`^{}[]".indexOf(cp) >= 0) continue;
            if (dash && sb.length() > 0) sb.append('-');
            dash = false;
            sb.appendCodePoint(cp);
        }
        String s = sb.toString();
        while (s.startsWith(".")) s = s.substring(1);
        if (s.isEmpty()) s = "_";
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_SEGMENT_BYTES) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            String cut = new String(bytes, 0, MAX_SEGMENT_BYTES - 12, StandardCharsets.UTF_8);
            if (cut.endsWith("\uFFFD")) cut = cut.substring(0, cut.length() - 1);
            s = cut + "-" + String.format("%08x", crc.getValue());
        }
        return s;
    }

    /** The output folder for a content folder ({@code ""} for the root). */
    public static String folder(String contentFolder) {
        if (contentFolder.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String part : contentFolder.split("/")) {
            if (sb.length() > 0) sb.append('/');
            sb.append(segment(part));
        }
        return sb.toString();
    }

    /** The URL of a page from its folder and base name. */
    public static String page(String contentFolder, String baseName) {
        String seg = segment(baseName);
        if (seg.equals("index") || seg.equals("404") || seg.equals("search")) seg = seg + "-page";
        String f = folder(contentFolder);
        return (f.isEmpty() ? "" : f + "/") + seg + ".html";
    }

    /** The URL of a section's list page. */
    public static String section(String contentFolder) {
        String f = folder(contentFolder);
        return (f.isEmpty() ? "" : f + "/") + "index.html";
    }

    /** The URL of list page {@code n} (1-based) of a paginated list whose first page is {@code first}. */
    public static String pageN(String first, int n) {
        if (n <= 1) return first;
        return first.substring(0, first.length() - ".html".length()) + "-" + n + ".html";
    }

    /** The relative path from the page at {@code fromUrl} to the site root: {@code ""}, {@code ../}, {@code ../../} … */
    public static String rootFrom(String fromUrl) {
        int depth = 0;
        for (int i = 0; i < fromUrl.length(); i++) if (fromUrl.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /**
     * Percent-encodes what must be encoded in an href (space, {@code %}, {@code #}, {@code ?} and controls),
     * leaving Chinese characters and other safe text readable.
     */
    public static String href(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == '%' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}' || c == 0x7F) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
