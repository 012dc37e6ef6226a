package wenku.site;

import java.util.List;
import java.util.Map;
import wenku.content.SiteConfig;

/**
 * The whole site as a model: pages, sections, taxonomies and relations, cross-referenced by id.
 *
 * <p>Immutable; safe to read from any number of threads (the render stage does).
 *
 * @param config     site settings
 * @param pages      every page, by id
 * @param sections   every section, by id; section 0 is the root
 * @param taxonomies categories, tags, units, authors (only those that have terms)
 * @param related    for each page id, related page ids, best first
 * @param newest     page ids, newest first (pages without a date last); older versions of laws left out
 * @param laws       laws: history blocks, versions, citations, comparisons ({@link LawShelf#EMPTY} when none)
 */
public record Site(SiteConfig config, List<Page> pages, List<Section> sections, List<Taxonomy> taxonomies,
                   Map<Integer, List<Integer>> related, List<Integer> newest, LawShelf laws) {

    public Page page(int id) {
        return pages.get(id);
    }

    public Section section(int id) {
        return sections.get(id);
    }

    public Section root() {
        return sections.get(0);
    }

    /** The sections from the root's child down to the given one (the root itself is not included). */
    public List<Section> trail(int sectionId) {
        java.util.ArrayList<Section> out = new java.util.ArrayList<>();
        Section s = sections.get(sectionId);
        while (!s.isRoot()) {
            out.add(0, s);
            s = sections.get(s.parentId());
        }
        return out;
    }
}
