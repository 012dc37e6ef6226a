package wenku.render;

import java.util.List;
import java.util.Map;

/**
 * The records templates receive. Every URL in them is already an href relative to the page being
 * rendered, so templates never compute paths. Strings are plain text; FreeMarker escapes them
 * ({@code .ftlh}). The only HTML in a view is {@code bodyHtml}/{@code introHtml}, which the HTML stage
 * has sanitised.
 */
public final class Views {
    private Views() {
    }

    /** Site-wide values, the same for every page. */
    public record SiteView(String title, String organisation, String description, String footer, String language,
                           String baseUrl, Map<String, Object> params) {
    }

    /** A link. */
    public record Link(String title, String url) {
    }

    /** A link with a count (taxonomy terms, sections). */
    public record CountedLink(String title, String url, int count) {
    }

    /** A node of the navigation tree. */
    public record NavItem(String title, String url, boolean active, boolean open, int count, List<NavItem> children) {
    }

    /** A page in a list: home, section, taxonomy and related lists. {@code versions}: how many versions of the
     * law the page is the newest of (1 for other pages). */
    public record PageItem(String title, String subtitle, String url, String date, String isoDate, String summary,
                           String section, String category, List<String> authors, int versions) {
    }

    /** A table-of-contents entry. */
    public record TocItem(int level, String id, String text) {
    }

    /** Pagination of a list. */
    public record Pager(int number, int total, String first, String prev, String next, String last, List<Link> pages) {
    }

    /** The common frame of every HTML page. */
    public record Frame(String root, String url, String canonical, String title, String description,
                        List<NavItem> nav, List<CountedLink> taxonomies, List<Link> breadcrumbs, String kind) {
    }

    /** An article page. */
    public record ArticleView(String title, String subtitle, String date, String isoDate, String updated,
                              String isoUpdated, List<Link> authors, Link unit, String source, String editor,
                              Link category, List<Link> tags, int readingMinutes, List<TocItem> toc, String bodyHtml,
                              Link prev, Link next, List<PageItem> related, Map<String, Object> params,
                              String sourcePath, LawView law) {
    }

    /**
     * What a law page shows besides its text; {@code null} on other pages.
     *
     * @param history      the promulgation and amendment history, oldest first
     * @param notes        undated lines of the info block (document numbers, issuing organ)
     * @param outline      the 编/章/节 outline, outermost level first, nested
     * @param articleCount how many articles the text has (0: no "go to article" box)
     * @param versions     every version of the law, oldest first; empty when it has one
     * @param newest       on an older version: the newest version (its page; the script adds the article), else null
     * @param newestDate   the newest version's date, written 2021年6月10日, or null
     * @param compareUrl   the comparison page of this version with its neighbour, or null
     * @param citedBy      the pages citing this law, most citations first
     */
    public record LawView(List<HistoryItem> history, List<String> notes, List<OutlineNode> outline, int articleCount,
                          List<VersionItem> versions, Link newest, String newestDate, String compareUrl,
                          List<CitingItem> citedBy) {
    }

    /** A dated line of a law's history: {@code kind} is 通过, 公布, 修正, 修订, 施行 … or {@code ""}. */
    public record HistoryItem(String date, String isoDate, String kind, String text) {
    }

    /**
     * An entry of a law's outline.
     *
     * @param level        编, 分编, 章 or 节
     * @param id           the heading's id
     * @param text         {@code 第一章 总则}
     * @param firstArticle the id of its first article, or null
     * @param lastArticle  the id of its last article, or null
     * @param children     the entries nested in it
     */
    public record OutlineNode(String level, String id, String text, String firstArticle, String lastArticle,
                              List<OutlineNode> children) {
    }

    /** A version of a law in a version switcher. */
    public record VersionItem(String date, String isoDate, String url, boolean current, boolean newest) {
    }

    /** A page citing a law, with the number of its citations. */
    public record CitingItem(String title, String url, String section, int count) {
    }

    /**
     * The article-by-article comparison of two versions of a law.
     *
     * @param title     the law's title
     * @param older     the older version's page
     * @param newer     the newer version's page
     * @param versions  the law's versions (each with the comparison it takes part in as url)
     * @param added     number of articles added
     * @param removed   number removed
     * @param changed   number changed
     * @param unchanged number unchanged
     * @param rows      one row per article, in the newer text's order
     */
    public record ComparisonView(String title, Link older, Link newer, List<Link> versions, int added, int removed,
                                 int changed, int unchanged, List<ComparisonRow> rows) {
    }

    /**
     * One article in a comparison.
     *
     * @param kind     {@code added}, {@code removed}, {@code changed} or {@code unchanged}
     * @param oldLabel the article number in the older version, or null
     * @param newLabel the article number in the newer version, or null
     * @param oldUrl   link to the article in the older version, or null
     * @param newUrl   link to the article in the newer version, or null
     * @param segments the text: for a changed article its differences ({@code op} is {@code same}, {@code del},
     *                 {@code ins}); otherwise one {@code same} segment with the whole text
     */
    public record ComparisonRow(String kind, String oldLabel, String newLabel, String oldUrl, String newUrl,
                                List<Segment> segments) {
    }

    /** A run of compared text. */
    public record Segment(String op, String text) {
    }

    /** A section list page. */
    public record SectionView(String title, String introHtml, List<CountedLink> subsections, List<PageItem> pages,
                              Pager pager, int totalPages) {
    }

    /** The home page. */
    public record HomeView(List<PageItem> newest, List<CountedLink> sections, List<CountedLink> categories,
                           List<CountedLink> tags, int pageCount) {
    }

    /** A taxonomy's index page (all tags …). */
    public record TaxonomyView(String key, String label, List<CountedLink> terms) {
    }

    /** One term's page (all pages tagged 安全 …). */
    public record TermView(String taxonomyLabel, Link taxonomy, String name, List<PageItem> pages, Pager pager, int count) {
    }
}
