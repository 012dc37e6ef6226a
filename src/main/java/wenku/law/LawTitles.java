package wenku.law;

import java.util.regex.Pattern;

/**
 * How titles of laws are shortened and compared: 《安全生产法》 and 《中华人民共和国安全生产法》 name the same law,
 * and so do 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》 and the file name
 * {@code 最高人民法院关于适用《民事诉讼法》的解释}.
 *
 * <p>Stateless and thread safe.
 */
public final class LawTitles {
    private static final String STATE = "中华人民共和国";
    private static final Pattern TRIAL = Pattern.compile("（(?:试行|暂行)）$");
    private static final Pattern LAW_LIKE = Pattern.compile(
            ".*(?:法|法典|条例|规定|办法|细则|规则|解释|决定|批复|通知|意见|规程|准则|纲要|章程|守则|修正案|公约|协定|答复|纪要)"
                    + "(?:（[^）]{1,6}）)?");

    private static final Pattern AMENDMENT = Pattern.compile("(.+?)修正案(?:（[^）]*）)?");
    private static final Pattern AMENDING_DECISION = Pattern.compile(".*关于修改[《〈]([^》〉]+)[》〉].*决定");

    private LawTitles() {
    }

    /**
     * The title of the law that an amendment amends: {@code 中华人民共和国刑法修正案（九）} → {@code 中华人民共和国刑法},
     * {@code 最高人民法院关于修改《关于审理…的规定》的决定} → {@code 关于审理…的规定}; {@code null} for other titles.
     */
    public static String amendedTitle(String title) {
        String t = title.strip();
        java.util.regex.Matcher m = AMENDMENT.matcher(t);
        if (m.matches()) return m.group(1);
        m = AMENDING_DECISION.matcher(t);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The title readers use: the full title without the leading {@code 中华人民共和国}, surrounding spaces and
     * 《》 removed. {@code 中华人民共和国安全生产法} → {@code 安全生产法}; {@code 中华人民共和国刑法修正案（十一）} →
     * {@code 刑法修正案（十一）}. Qualifiers such as {@code （试行）} are kept: they name a different text.
     */
    public static String shortTitle(String title) {
        String t = title.strip();
        if (t.startsWith("《") && t.endsWith("》")) t = t.substring(1, t.length() - 1).strip();
        if (t.startsWith(STATE) && t.length() > STATE.length()) t = t.substring(STATE.length()).strip();
        return t;
    }

    /**
     * The form in which two titles are compared: no spaces, no 、, no 《》〈〉&lt;&gt;, no {@code 中华人民共和国}
     * anywhere, parentheses full-width. Two titles name the same law when their keys are equal.
     */
    public static String matchKey(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || "、《》〈〉<>".indexOf(c) >= 0) continue;
            if (c == '(') c = '（';
            else if (c == ')') c = '）';
            sb.append(c);
        }
        return sb.toString().replace(STATE, "");
    }

    /**
     * The key of the same title without a trailing {@code （试行）} or {@code （暂行）}, or {@code null} when it has
     * none. A citation that omits the qualifier may still mean the trial text when the site has no other.
     */
    static String withoutTrialQualifier(String matchKey) {
        String k = TRIAL.matcher(matchKey).replaceFirst("");
        return k.equals(matchKey) || k.isEmpty() ? null : k;
    }

    /**
     * True when a title in 《》 looks like the title of a law, regulation, rule or interpretation (it ends with
     * 法, 条例, 规定, 办法, 解释, 决定 …, possibly followed by a short qualifier in parentheses), rather than a
     * contract, licence or book: {@code 《汽车销售合同》} and {@code 《企业法人营业执照》} do not.
     */
    public static boolean looksLikeLawTitle(String title) {
        return LAW_LIKE.matcher(matchKey(title)).matches();
    }
}
