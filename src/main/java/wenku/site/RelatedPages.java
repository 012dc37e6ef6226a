package wenku.site;

import java.util.List;
import java.util.Map;

/**
 * How {@link SiteAssembler} finds each page's related pages. A build always uses {@link #COMPUTE};
 * {@code wenku serve} may reuse the lists of its previous build when only the text of pages changed,
 * because computing them compares every page with every other.
 *
 * <p>Implementations must be thread safe or used by one build at a time.
 */
@FunctionalInterface
public interface RelatedPages {
    /** Computes related pages from tags, category and text similarity. */
    RelatedPages COMPUTE = Related::compute;

    /**
     * @param pages every page, by id
     * @return for each page id, related page ids, best first
     */
    Map<Integer, List<Integer>> find(List<Page> pages);
}
