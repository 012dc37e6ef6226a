package wenku.text;

/**
 * Escaping of text for the formats wenku writes by hand: JSON (also JavaScript and YAML double-quoted strings)
 * and XML (also HTML element content and double-quoted attribute values). Every hand-written format in wenku
 * escapes through here, so that the rules live in one place. (Page HTML is escaped by FreeMarker and jsoup.)
 *
 * <p>Stateless and thread safe.
 */
public final class Escape {
    private Escape() {
    }

    /**
     * A JSON string literal, quotes included. Non-ASCII text is written as it is (the files are UTF-8); control
     * characters and U+2028/U+2029 are escaped, so the literal is also valid inside a JavaScript file and as a
     * YAML double-quoted scalar.
     */
    public static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        json(s, sb);
        return sb.toString();
    }

    /** Appends the JSON string literal of {@code s} (see {@link #json(String)}) to {@code sb}. */
    public static void json(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') unicode(c, sb);
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    private static void unicode(char c, StringBuilder sb) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) sb.append(Character.forDigit((c >> shift) & 0xF, 16));
    }

    /**
     * Text for XML element content or a double-quoted attribute value: {@code & < > "} escaped; characters XML
     * does not allow (controls other than tab and line feed, carriage returns, U+FFFE and U+FFFF) left out.
     * {@code null} gives the empty string.
     */
    public static String xml(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if ((c >= 0x20 && c != '\uFFFE' && c != '\uFFFF') || c == '\n' || c == '\t') sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
