package wenku.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written at the start of a line of a law's info block: {@code 2021年6月10日}, {@code ２０１８年１１月２５日},
 * {@code 一九九四年十二月六日}, {@code 2022-03-15}. Package-private helper of {@link InfoBlock}.
 *
 * @param date the date
 * @param end  the offset just after the written date
 */
record DateText(LocalDate date, int end) {

    private static final String DIGIT = "[0-9０-９]";
    private static final String CN = "[〇零○Ｏ一二三四五六七八九十]";
    private static final Pattern WRITTEN = Pattern.compile(
            "(" + DIGIT + "{4}|" + CN + "{4})\\s*年\\s*(" + DIGIT + "{1,2}|" + CN + "{1,3})\\s*月\\s*("
                    + DIGIT + "{1,2}|" + CN + "{1,3})\\s*日");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** The date at the start of {@code line} (leading spaces allowed), or {@code null} when there is none. */
    static DateText atStart(String line) {
        int skip = 0;
        while (skip < line.length() && (Character.isWhitespace(line.charAt(skip)) || line.charAt(skip) == '\u3000')) {
            skip++;
        }
        Matcher m = WRITTEN.matcher(line).region(skip, line.length());
        if (!m.lookingAt()) {
            m = ISO.matcher(line).region(skip, line.length());
            if (!m.lookingAt()) return null;
        }
        OptionalInt y = value(m.group(1));
        OptionalInt mo = value(m.group(2));
        OptionalInt d = value(m.group(3));
        if (y.isEmpty() || mo.isEmpty() || d.isEmpty()) return null;
        try {
            return new DateText(LocalDate.of(y.getAsInt(), mo.getAsInt(), d.getAsInt()), m.end());
        } catch (DateTimeException e) {
            return null;   // 2月30日: not a date, so not a dated line
        }
    }

    private static OptionalInt value(String s) {
        char c = s.charAt(0);
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                char d = s.charAt(i);
                v = v * 10 + (d >= '０' ? d - '０' : d - '0');
            }
            return OptionalInt.of(v);
        }
        return ChineseNumerals.parse(s);
    }
}
