package wenku.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name a reader types for a title: without the {@code 中华人民共和国} prefix and without a trailing
 * bracketed date or version such as {@code (2021-06-10)}, {@code （2018年）} or {@code （试行）}. Ordinal
 * brackets ({@code 刑法修正案（七）}) name a different text and are kept.
 *
 * <p>Stateless.
 */
final class ShortTitle {
    static final String PREFIX = "中华人民共和国";
    private static final Pattern SUFFIX =
            Pattern.compile("[（(][^（()）]*(?:\\d|年|试行|暂行|修正|修订|草案)[^（()）]*[）)]\\s*$");

    private ShortTitle() {
    }

    /** Characters to drop at the start of {@code title} (after leading white space) for the short name. */
    static int prefixLength(String title) {
        int i = 0;
        while (i < title.length() && Character.isWhitespace(title.charAt(i))) i++;
        if (title.startsWith(PREFIX, i) && title.length() > i + PREFIX.length()) i += PREFIX.length();
        return i;
    }

    /** Characters to drop at the end of {@code title} for the short name. */
    static int suffixLength(String title) {
        int start = prefixLength(title);
        Matcher m = SUFFIX.matcher(title);
        if (m.find(start) && m.start() > start) return title.length() - m.start();
        int i = title.length();
        while (i > start && Character.isWhitespace(title.charAt(i - 1))) i--;
        return title.length() - i;
    }

    /** The short name itself, white space removed. */
    static String of(String title) {
        String s = title.substring(prefixLength(title), title.length() - suffixLength(title));
        return s.replaceAll("\\s+", "");
    }
}
