package wenku.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes element ids from heading text that stay readable in Chinese: letters and digits of any script
 * are kept, Latin letters are lower-cased, every other run of characters becomes one {@code -}.
 * {@code "抓住关键点，明确创建目标"} becomes {@code 抓住关键点-明确创建目标}.
 *
 * <p>Not thread safe: one instance per page, so that repeated headings get {@code -2}, {@code -3}.
 */
public final class Anchors {
    private final Set<String> used = new HashSet<>();

    /** Reserves an id that is already on the page, so no generated id repeats it. */
    public void reserve(String id) {
        used.add(id);
    }

    /** A unique id for the text. */
    public String idFor(String text) {
        String base = slug(text);
        if (base.isEmpty()) base = "节";
        String id = base;
        int n = 2;
        while (!used.add(id)) id = base + "-" + n++;
        return id;
    }

    /** The slug of a text, without uniqueness. */
    public static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.appendCodePoint(cp < 0x80 ? Character.toLowerCase(cp) : cp);
            } else {
                dash = true;
            }
            if (sb.length() > 80) break;
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
