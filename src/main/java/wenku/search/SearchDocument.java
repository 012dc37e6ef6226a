package wenku.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the search index needs to know about one page. Built by the build pipeline from the site model;
 * the search package never sees Markdown, HTML or the site model itself.
 *
 * <p>Immutable.
 *
 * @param url          the page's path relative to the site root, e.g. {@code 社会法/劳动法(2018-12-29).html}
 *                     (no leading slash, no base URL: the client resolves it against the site root)
 * @param title        the page title
 * @param subtitle     subtitle or {@code null}
 * @param sectionPath  titles of the enclosing sections, outermost first (not including the home page)
 * @param section      the content-relative folder of the page, e.g. {@code 社会法} ({@code ""} at the root), for filters
 * @param category     the category or {@code null}
 * @param date         the page date or {@code null}
 * @param lawKey       for laws with several dated versions: a key shared by all versions (e.g. the folder and
 *                     file name without the date suffix); {@code null} for other pages
 * @param latest       true when this is the newest version of its law (always true when {@code lawKey} is null)
 * @param blocks       the text of the page in reading order, split where an anchor can take the reader:
 *                     each heading and each law article starts a block
 */
public record SearchDocument(
        String url,
        String title,
        String subtitle,
        List<String> sectionPath,
        String section,
        String category,
        LocalDate date,
        String lawKey,
        boolean latest,
        List<Block> blocks) {

    /**
     * A run of text that a result can link into.
     *
     * @param anchor  the element id to link to ({@code 第二十条}, {@code 抓住关键点明确创建目标}); {@code ""} for the
     *                top of the page
     * @param label   what to show for that place (the heading text or {@code 第二十条}); {@code ""} for the top
     * @param text    the plain text of the block (paragraphs separated by {@code \n})
     */
    public record Block(String anchor, String label, String text) {
    }
}
