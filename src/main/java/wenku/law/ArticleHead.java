package wenku.law;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a paragraph that may start an article: {@code 第二十一条　生产经营单位…}.
 *
 * <p>Whether the paragraph really starts an article, rather than quoting one or citing one at the start of a
 * sentence ({@code 第十条规定的…}), depends on its neighbours: see {@link ArticleDetector}. Immutable.
 *
 * @param number    the article number
 * @param end       the offset in the paragraph just after the written number ({@code 第二十条之一}), where a
 *                  renderer can split the number from the article text (leading spaces and zero-width
 *                  characters, which the parser skips, are before it)
 * @param separated true when a space (half-width, full-width or tab) or a colon follows the number, as in every
 *                  article start of the official texts; false when text follows directly ({@code 第十条规定…}),
 *                  which is as often a sentence that begins with a citation
 */
public record ArticleHead(ArticleNumber number, int end, boolean separated) {

    /** Also reads two slips of the official texts: 笫 for 第, and a space before 条 ({@code 第一百二十八 条}). */
    private static final Pattern HEAD = Pattern.compile(
            "[第笫](" + ArticleNumber.NUMBER_CHARS + "{1,8})[ \\u3000]?条(?:之(" + ArticleNumber.NUMBER_CHARS + "{1,3}))?");

    /**
     * The article head at the very start of {@code paragraph}, or empty when the paragraph does not begin with a
     * written article number (for instance when it begins with a quotation mark, or the number is only the
     * whole paragraph).
     */
    public static Optional<ArticleHead> parse(String paragraph) {
        int skip = 0;
        while (skip < paragraph.length() && isInvisible(paragraph.charAt(skip))) skip++;
        if (skip == paragraph.length() || paragraph.charAt(skip) != '第' && paragraph.charAt(skip) != '笫') {
            return Optional.empty();   // most paragraphs: no matcher needed to see it
        }
        Matcher m = HEAD.matcher(paragraph).region(skip, paragraph.length());
        if (!m.lookingAt()) return Optional.empty();
        int end = m.end();
        if (end >= paragraph.length()) return Optional.empty();
        Optional<ArticleNumber> n = ArticleNumber.fromGroups(m.group(1), m.group(2));
        if (n.isEmpty()) return Optional.empty();
        char next = paragraph.charAt(end);
        if (next == '、' || next == '，' || next == ',' || next == '和' || next == '至' || next == '第'
                || next == '》' || next == '〉' || next == '”') {
            return Optional.empty();   // 第十条、第十一条… / 第三十一条的决定》 are sentences, not articles
        }
        boolean separated = Character.isWhitespace(next) || next == '\u3000' || next == '：' || next == ':';
        return Optional.of(new ArticleHead(n.get(), end, separated));
    }

    /** Spaces, line breaks and zero-width characters that pasted texts carry before an article number. */
    static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || Character.getType(c) == Character.FORMAT;
    }
}
