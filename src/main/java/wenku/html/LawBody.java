package wenku.html;

import java.util.List;
import wenku.law.CrossReference;
import wenku.law.StructureHeading;

/**
 * What the HTML stage learned about a page as a law text: its article anchors, its 编/章/节 outline and the
 * citations of laws it contains. Empty ({@link #NONE}) for pages without any of them.
 *
 * <p>Immutable.
 *
 * @param articles  the article anchors, in order
 * @param outline   the structure headings, in order (nesting follows {@link OutlineItem#level()})
 * @param citations every citation of a law found in the text, resolved or not, in order
 */
public record LawBody(List<ArticleAnchor> articles, List<OutlineItem> outline, List<CrossReference> citations) {

    /** Nothing law-like on the page. */
    public static final LawBody NONE = new LawBody(List.of(), List.of(), List.of());

    public LawBody {
        articles = List.copyOf(articles);
        outline = List.copyOf(outline);
        citations = List.copyOf(citations);
    }

    /** True when the page has neither articles nor structure headings. */
    public boolean isPlain() {
        return articles.isEmpty() && outline.isEmpty();
    }

    /**
     * An article start in the page.
     *
     * @param id    the element id, {@code 第二十一条}
     * @param alias the numeric alias id, {@code art-21}
     */
    public record ArticleAnchor(String id, String alias) {
    }

    /**
     * A structure heading with the articles under it.
     *
     * @param level        编, 分编, 章 or 节
     * @param id           the heading's element id
     * @param text         the heading text, {@code 第一章 总则}
     * @param firstArticle the id of the first article under it, {@code null} when none
     * @param lastArticle  the id of the last article under it (before the next heading of the same or an outer
     *                     level), {@code null} when none
     */
    public record OutlineItem(StructureHeading.Level level, String id, String text, String firstArticle,
                              String lastArticle) {
    }
}
