package wenku.html;

import org.jsoup.nodes.Element;

/**
 * A step that adds to a page body inside the HTML stage, after sanitising and link rewriting
 * (e.g. law article anchors, cross-reference links). Implementations live in this package, because
 * only this package works with Jsoup.
 *
 * <p>Implementations must be thread safe or created per page.
 */
public interface BodyEnhancer {
    /** Called before headings get their ids, to reserve ids the enhancer will give out. */
    default void reserveAnchors(Element body, Anchors anchors) {
    }

    /** Adds to the body in place. */
    void enhance(Element body);
}
