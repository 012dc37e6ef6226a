package wenku.site;

import java.util.List;

/**
 * A folder of the content: its list page and its place in the navigation tree.
 *
 * <p>Immutable.
 *
 * @param id         index in {@link Site#sections()}; the home section (content root) is 0
 * @param folder     content-relative folder ({@code ""} for the root)
 * @param url        site-root-relative URL of the first list page
 * @param title      title from {@code _index.md}, else the folder name
 * @param introHtml  the processed body of {@code _index.md} ({@code ""} when none)
 * @param weight     ordering weight among siblings ({@code null}: by name)
 * @param parentId   the parent section, {@code -1} for the root
 * @param childIds   sub-sections in navigation order
 * @param pageIds    pages directly in this folder, in list order (by weight, else newest first)
 * @param hidden     left out of the navigation ({@code bookHidden: true}); its pages are still built
 * @param collapsed  shown collapsed in the navigation tree ({@code bookCollapseSection: true})
 */
public record Section(int id, String folder, String url, String title, String introHtml, Integer weight,
                      int parentId, List<Integer> childIds, List<Integer> pageIds, boolean hidden, boolean collapsed) {

    public boolean isRoot() {
        return parentId < 0;
    }
}
