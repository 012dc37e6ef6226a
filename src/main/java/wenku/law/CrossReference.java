package wenku.law;

/**
 * A place in a text that cites a law or one of its articles. Immutable.
 *
 * <p>A resolved reference has a {@link #target()}; an unresolved one has none and is reported so that the
 * rules (or the site's content) can improve.
 *
 * @param start   offset of the first character of the citation in the text
 * @param end     offset just after it
 * @param kind    what the span is
 * @param title   the cited title as written (without 《》), or {@code null} for {@link Kind#SELF_ARTICLE}
 * @param article the cited article for {@link Kind#ARTICLE} and {@link Kind#SELF_ARTICLE}, else {@code null}
 * @param target  where the citation points, {@code null} when unresolved; for an article citation whose law was
 *                found but has no such article, the target names the law with a {@code null} article
 */
public record CrossReference(int start, int end, Kind kind, String title, ArticleNumber article,
                             LawIndex.Target target) {

    /** What a span of text is. */
    public enum Kind {
        /** A title in 《》: {@code 《中华人民共和国安全生产法》}. Links to the law. */
        LAW,
        /**
         * An article of a named law: {@code 第二十一条} after {@code 《安全生产法》}, or {@code 民事诉讼法第二百条}
         * (the span then covers the title too), or a further article in a list ({@code 、第二十二条}).
         */
        ARTICLE,
        /** An article of the citing text itself: {@code 本法第十条}, {@code 本解释第三条}. */
        SELF_ARTICLE
    }

    /** True when the reference points somewhere. */
    public boolean isResolved() {
        return target != null;
    }

    /** True when the reference cites an article and the article was found in the target version. */
    public boolean isArticleResolved() {
        return target != null && article != null && article.equals(target.article());
    }

    /**
     * The element id the link should point to in the target page: the article anchor, or {@code ""} for the
     * top of the page.
     */
    public String fragment() {
        return target == null || target.article() == null ? "" : target.article().anchor();
    }
}
