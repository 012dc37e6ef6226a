package wenku.law;

import java.util.Optional;

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

    /**
     * The article head at the very start of {@code paragraph}, or empty when the paragraph does not begin with a
     * written article number (for instance when it begins with a quotation mark, or the number is only the
     * whole paragraph).
     *
     * <p>The head is {@code [第笫](N{1,8})[ \u3000]?条(?:之(N{1,3}))?} with N one of
     * {@code 零〇一二两三四五六七八九十百千}, {@code 0-9} and {@code ０-９}: this also reads two slips of the official texts, 笫 for 第, and a space
     * before 条 ({@code 第一百二十八 条}). It is read by hand, not by a regular expression, because every paragraph of
     * every law is tried.
     */
    public static Optional<ArticleHead> parse(String paragraph) {
        int n = paragraph.length();
        int skip = 0;
        while (skip < n && isInvisible(paragraph.charAt(skip))) skip++;
        if (skip == n || paragraph.charAt(skip) != '第' && paragraph.charAt(skip) != '笫') return Optional.empty();
        int numberStart = skip + 1;
        int i = numberStart;
        while (i < n && i - numberStart <= 8 && ArticleNumber.isNumberChar(paragraph.charAt(i))) i++;
        int numberEnd = i;
        // more than eight number characters: no shorter number is followed by 条 either
        if (numberEnd == numberStart || numberEnd - numberStart > 8) return Optional.empty();
        if (i < n && (paragraph.charAt(i) == ' ' || paragraph.charAt(i) == '\u3000')) i++;
        if (i >= n || paragraph.charAt(i) != '条') return Optional.empty();
        int end = i + 1;
        String sub = null;
        if (end < n && paragraph.charAt(end) == '之') {
            int j = end + 1;
            while (j < n && j - (end + 1) < 3 && ArticleNumber.isNumberChar(paragraph.charAt(j))) j++;
            if (j > end + 1) {
                sub = paragraph.substring(end + 1, j);
                end = j;
            }
        }
        if (end >= n) return Optional.empty();
        Optional<ArticleNumber> number = ArticleNumber.fromGroups(paragraph.substring(numberStart, numberEnd), sub);
        if (number.isEmpty()) return Optional.empty();
        char next = paragraph.charAt(end);
        if (next == '、' || next == '，' || next == ',' || next == '和' || next == '至' || next == '第'
                || next == '》' || next == '〉' || next == '”') {
            return Optional.empty();   // 第十条、第十一条… / 第三十一条的决定》 are sentences, not articles
        }
        boolean separated = Character.isWhitespace(next) || next == '\u3000' || next == '：' || next == ':';
        return Optional.of(new ArticleHead(number.get(), end, separated));
    }

    /** Spaces, line breaks and zero-width characters that pasted texts carry before an article number. */
    static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || Character.getType(c) == Character.FORMAT;
    }
}
