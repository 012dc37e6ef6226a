package wenku.law;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a law article: {@code 第二十一条} is {@code (21, 0)}, {@code 第二十条之一} is {@code (20, 1)}.
 *
 * <p>Articles order by number, then by the {@code 之} suffix: 第二十条 &lt; 第二十条之一 &lt; 第二十条之二 &lt; 第二十一条.
 * Immutable.
 *
 * @param number the article number, 1…{@value ChineseNumerals#MAX}
 * @param sub    the number after {@code 之} ({@code 第二十条之一} → 1), 0 when there is none
 */
public record ArticleNumber(int number, int sub) implements Comparable<ArticleNumber> {

    /** {@code 第二十条之一}, {@code 第21条}: the written form of an article number, anywhere in a text. */
    static final String NUMBER_CHARS = "[零〇一二两三四五六七八九十百千0-9０-９]";
    static final Pattern WRITTEN = Pattern.compile(
            "第(" + NUMBER_CHARS + "{1,8})条(?:之(" + NUMBER_CHARS + "{1,3}))?");
    private static final Pattern ALIAS = Pattern.compile("art-(\\d{1,4})(?:-(\\d{1,2}))?");
    private static final Pattern QUERY = Pattern.compile(
            "第?(" + NUMBER_CHARS + "{1,8})条?(?:(?:之|-|\\.|_)(" + NUMBER_CHARS + "{1,3}))?");

    // Anchors and aliases of the articles without 之, filled as they are asked for. Threads may race to fill an
    // entry; they write equal strings, and strings are safely published without synchronisation.
    private static final String[] ANCHORS = new String[ChineseNumerals.MAX + 1];
    private static final String[] ALIASES = new String[ChineseNumerals.MAX + 1];

    public ArticleNumber {
        if (number < 1 || number > ChineseNumerals.MAX) {
            throw new IllegalArgumentException("article number out of range: " + number);
        }
        if (sub < 0 || sub > 99) throw new IllegalArgumentException("之 number out of range: " + sub);
    }

    // Written out: the generated record methods go through method handles, slow before the JIT has warmed up,
    // and article numbers are compared and hashed a great deal. Same results (the hash is the record's own:
    // 31 * number + sub).
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleNumber n && n.number == number && n.sub == sub;
    }

    @Override
    public int hashCode() {
        return 31 * number + sub;
    }

    /** True when {@code c} is one of {@link #NUMBER_CHARS}. */
    static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "零〇一二两三四五六七八九十百千".indexOf(c) >= 0;
    }

    /** An article without {@code 之} suffix. */
    public static ArticleNumber of(int number) {
        return new ArticleNumber(number, 0);
    }

    /**
     * Parses exactly one written article number, {@code 第二十一条}, {@code 第二十条之一} or {@code 第21条}; empty
     * for anything else (including surrounding text).
     */
    public static Optional<ArticleNumber> parse(String text) {
        Matcher m = WRITTEN.matcher(text);
        return m.matches() ? fromGroups(m.group(1), m.group(2)) : Optional.empty();
    }

    /** Parses a numeric alias as produced by {@link #alias()}: {@code art-21}, {@code art-20-1}. */
    public static Optional<ArticleNumber> fromAlias(String alias) {
        Matcher m = ALIAS.matcher(alias);
        if (!m.matches()) return Optional.empty();
        int n = Integer.parseInt(m.group(1));
        int s = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return n >= 1 && n <= ChineseNumerals.MAX ? Optional.of(new ArticleNumber(n, s)) : Optional.empty();
    }

    /**
     * What a reader may type into a "go to article" box: {@code 21}, {@code ２１}, {@code 二十一}, {@code 第21条},
     * {@code 第二十一条}, {@code 20之1}, {@code 20-1}, {@code 第二十条之一}, {@code art-21}; spaces are ignored.
     * Empty when the input names no article.
     */
    public static Optional<ArticleNumber> parseQuery(String input) {
        String s = input.strip().replaceAll("[\\s\\u3000]+", "");
        if (s.startsWith("art-")) return fromAlias(s);
        Matcher m = QUERY.matcher(s);
        return m.matches() ? fromGroups(m.group(1), m.group(2)) : Optional.empty();
    }

    static Optional<ArticleNumber> fromGroups(String number, String sub) {
        OptionalInt n = numberValue(number);
        if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > ChineseNumerals.MAX) return Optional.empty();
        int s = 0;
        if (sub != null) {
            OptionalInt v = numberValue(sub);
            if (v.isEmpty() || v.getAsInt() < 1 || v.getAsInt() > 99) return Optional.empty();
            s = v.getAsInt();
        }
        return Optional.of(new ArticleNumber(n.getAsInt(), s));
    }

    /** Chinese numerals, ASCII digits or full-width digits, not mixed. */
    static OptionalInt numberValue(String text) {
        boolean digits = true;
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') ascii.append(c);
            else if (c >= '０' && c <= '９') ascii.append((char) ('0' + (c - '０')));
            else digits = false;
        }
        if (digits) {
            if (ascii.length() > 4 || ascii.charAt(0) == '0') return OptionalInt.empty();
            return OptionalInt.of(Integer.parseInt(ascii.toString()));
        }
        return ascii.length() > 0 ? OptionalInt.empty() : ChineseNumerals.parse(text);
    }

    /** The canonical written form and element id: {@code 第二十一条}, {@code 第二十条之一}. */
    public String anchor() {
        if (sub == 0) {
            // written once per number: every article's anchor is asked for several times per page
            String a = ANCHORS[number];
            if (a == null) ANCHORS[number] = a = "第" + ChineseNumerals.format(number) + "条";
            return a;
        }
        return "第" + ChineseNumerals.format(number) + "条之" + ChineseNumerals.format(sub);
    }

    /** The ASCII alias id: {@code art-21}, {@code art-20-1}. */
    public String alias() {
        if (sub == 0) {
            String a = ALIASES[number];
            if (a == null) ALIASES[number] = a = "art-" + number;
            return a;
        }
        return "art-" + number + "-" + sub;
    }

    /**
     * True when {@code next} can directly follow this article in a law: 第二十条 → 第二十一条 or 第二十条之一;
     * 第二十条之一 → 第二十条之二 or 第二十一条.
     */
    public boolean isFollowedBy(ArticleNumber next) {
        if (next.number == number + 1 && next.sub == 0) return true;
        return next.number == number && next.sub == sub + 1;
    }

    @Override
    public int compareTo(ArticleNumber o) {
        int c = Integer.compare(number, o.number);
        return c != 0 ? c : Integer.compare(sub, o.sub);
    }

    /** Same as {@link #anchor()}. */
    @Override
    public String toString() {
        return anchor();
    }
}
