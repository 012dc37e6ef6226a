package wenku.content;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a document without front matter says about itself: the title in its first {@code # } heading
 * (a second {@code # } heading right after it is the subtitle), and the date in a file name such as
 * {@code 安全生产法(2021-06-10).md}.
 *
 * <p>Stateless and thread safe.
 */
public final class TitleExtractor {
    private static final Pattern FILE_DATE = Pattern.compile("[(（](\\d{4})-(\\d{1,2})-(\\d{1,2})[)）]");
    private static final Pattern ATX_H1 = Pattern.compile("^ {0,3}#[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");

    /**
     * The result of looking at the top of a Markdown body.
     *
     * @param title        the first level-1 heading's text, or {@code null}
     * @param subtitle     a second level-1 heading directly after it, or {@code null}
     * @param body         the body without those heading lines (blank lines kept, so line numbers still add up)
     */
    public record Header(String title, String subtitle, String body) {
    }

    private TitleExtractor() {
    }

    /**
     * Takes the leading {@code # } title (and subtitle) off a body. Only headings before any other text count;
     * when {@code knownTitle} is given, a leading heading equal to it is removed too (so it is not shown twice).
     */
    public static Header header(String body, String knownTitle) {
        String[] lines = body.split("\n", -1);
        int i = skipBlank(lines, 0);
        if (i >= lines.length) return new Header(null, null, body);
        Matcher m = ATX_H1.matcher(lines[i]);
        if (!m.matches()) return new Header(null, null, body);
        String title = clean(m.group(1));
        if (knownTitle != null && !title.equals(knownTitle.strip())) return new Header(null, null, body);
        lines[i] = "";
        String subtitle = null;
        int j = skipBlank(lines, i + 1);
        if (j < lines.length) {
            Matcher m2 = ATX_H1.matcher(lines[j]);
            if (m2.matches()) {
                subtitle = clean(m2.group(1));
                lines[j] = "";
            }
        }
        return new Header(title.isEmpty() ? null : title, subtitle, String.join("\n", lines));
    }

    /** The {@code (YYYY-MM-DD)} date in a file name, or {@code null}. */
    public static LocalDate dateInFileName(String name) {
        Matcher m = FILE_DATE.matcher(name);
        LocalDate found = null;
        while (m.find()) {
            try {
                found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                found = null;
            }
        }
        return found;
    }

    /** The file name without its {@code (YYYY-MM-DD)} suffix: {@code 安全生产法(2021-06-10)} → {@code 安全生产法}. */
    public static String withoutFileDate(String name) {
        return FILE_DATE.matcher(name).replaceAll("").strip();
    }

    private static int skipBlank(String[] lines, int i) {
        while (i < lines.length && lines[i].isBlank()) i++;
        return i;
    }

    private static String clean(String s) {
        return s.replace("\\", "").replace("**", "").strip();
    }
}
