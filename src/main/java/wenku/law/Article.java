package wenku.law;

/**
 * One article of a law text. Immutable.
 *
 * @param number the article number
 * @param text   the article's plain text from its number to the end of its last paragraph, paragraphs separated
 *               by {@code \n}: {@code 第二条 在中华人民共和国境内…\n国家机关、事业组织…}
 * @param line   the 1-based line of the source where the article starts, 0 when unknown
 */
public record Article(ArticleNumber number, String text, int line) {

    /** The text without the leading article number and the space after it. */
    public String body() {
        String written = text;
        java.util.Optional<ArticleHead> head = ArticleHead.parse(written);
        if (head.isEmpty()) return written;
        int i = head.get().end();
        while (i < written.length() && (Character.isWhitespace(written.charAt(i)) || written.charAt(i) == '\u3000')) {
            i++;
        }
        return written.substring(i);
    }
}
