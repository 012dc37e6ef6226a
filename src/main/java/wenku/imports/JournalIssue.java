package wenku.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the ways web pages write where an article was printed into one form:
 * {@code 中国煤炭工业 2014年6期}, {@code 《中国煤炭工业》2014年第06期}, {@code 中国煤炭工业, 2014(06)} and
 * {@code 煤矿安全 . 2019,50(08)} all become {@code 中国煤炭工业 2014年第6期}; a newspaper's
 * {@code 《 人民日报 》（ 2023年05月12日 第 04 版）} becomes {@code 人民日报 2023年5月12日第4版}. Stateless.
 */
final class JournalIssue {
    private static final String NAME = "《?\\s*([^\\d《》()（）,，.．:：]{2,30}?)\\s*》?\\s*[,，.．]?\\s*";
    private static final Pattern JOURNAL = Pattern.compile(
            NAME + "(\\d{4})\\s*年?\\s*(?:第?\\s*\\d{1,3}\\s*卷\\s*[,，]?\\s*)?第?\\s*0*(\\d{1,3})\\s*期");
    private static final Pattern JOURNAL_NUMBERS = Pattern.compile(
            NAME + "(\\d{4})\\s*(?:[,，]\\s*(?:\\d{1,3}\\s*)?)?[(（]\\s*0*(\\d{1,3})\\s*[)）](?:\\s*[:：].*)?");
    private static final Pattern NEWSPAPER = Pattern.compile(
            NAME + "[(（]?\\s*(\\d{4})\\s*年\\s*0*(\\d{1,2})\\s*月\\s*0*(\\d{1,2})\\s*日\\s*(?:[,，]\\s*)?第?\\s*0*(\\d{1,3})\\s*版\\s*[)）]?");

    private JournalIssue() {
    }

    /** The normalised {@code 刊名 2014年第6期} for a whole line, or {@code null} when the line is not a printed source. */
    static String normalise(String line) {
        String s = line.strip();
        Matcher m = JOURNAL.matcher(s);
        if (m.matches()) return name(m.group(1)) + " " + m.group(2) + "年第" + m.group(3) + "期";
        m = JOURNAL_NUMBERS.matcher(s);
        if (m.matches()) return name(m.group(1)) + " " + m.group(2) + "年第" + m.group(3) + "期";
        m = NEWSPAPER.matcher(s);
        if (m.matches()) {
            return name(m.group(1)) + " " + m.group(2) + "年" + m.group(3) + "月" + m.group(4) + "日第" + m.group(5) + "版";
        }
        return null;
    }

    private static String name(String raw) {
        return raw.replaceAll("\\s+", "");
    }
}
