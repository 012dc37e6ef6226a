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

    /** A page in a list: home, section, taxonomy and related lists. */
    public record PageItem(String title, String subtitle, String url, String date, String isoDate, String summary,
                           String section, String category, List<String> authors) {
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
                              String sourcePath) {
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
