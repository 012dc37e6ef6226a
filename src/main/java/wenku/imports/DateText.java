package wenku.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date written in a line of a web page: {@code 2014-08-09}, {@code 2014/8/9}, {@code 2014.08.09},
 * {@code 2014年8月9日}, optionally followed by a time ({@code 08:21}, {@code 08:21:33}).
 *
 * @param date  the date
 * @param start index of the first character of the date in the line
 * @param end   index after the date and its time
 */
record DateText(LocalDate date, int start, int end) {
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)\\s*日?"
                    + "(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");

    /** The first valid date in the text, or {@code null}. */
    static DateText find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1900 || y > 2100) continue;
            try {
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new DateText(d, m.start(), m.end());
            } catch (DateTimeException e) {
                // 2014-13-45 is not a date; look further
            }
        }
        return null;
    }

    /** True when the whole text is one date (with optional time and brackets around it). */
    static boolean isWholeLine(String text) {
        DateText d = find(text);
        if (d == null) return false;
        String rest = text.substring(0, d.start) + text.substring(d.end);
        return rest.replaceAll("[\\s()（）\\[\\]【】]", "").isEmpty();
    }
}
