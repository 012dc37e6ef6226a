package wenku.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import wenku.site.Page;
import wenku.site.Section;
import wenku.site.Site;
import wenku.site.Taxonomy;
import wenku.site.UrlPolicy;
import wenku.text.Escape;

/** Writes {@code sitemap.xml} and the Atom feed {@code feed.xml}. Deterministic: no clock is read. */
final class Feeds {
    static final int FEED_ENTRIES = 30;

    private Feeds() {
    }

    static byte[] sitemap(Site site) {
        String base = site.config().baseUrl();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(sb, base, "index.html", null);
        for (Section s : site.sections()) if (!s.isRoot()) url(sb, base, s.url(), null);
        for (Page p : site.pages()) url(sb, base, p.url(), p.updated() != null ? p.updated() : p.date());
        for (Taxonomy t : site.taxonomies()) {
            url(sb, base, t.url(), null);
            for (Taxonomy.Term term : t.terms()) url(sb, base, term.url(), null);
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void url(StringBuilder sb, String base, String url, LocalDate lastmod) {
        sb.append("  <url><loc>").append(Escape.xml(UrlPolicy.href(base + url))).append("</loc>");
        if (lastmod != null) sb.append("<lastmod>").append(lastmod).append("</lastmod>");
        sb.append("</url>\n");
    }

    static byte[] atom(Site site) {
        String base = site.config().baseUrl();
        List<Integer> ids = site.newest().subList(0, Math.min(FEED_ENTRIES, site.newest().size()));
        LocalDate updated = ids.isEmpty() ? null : site.page(ids.get(0)).date();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Escape.xml(site.config().language())).append("\">\n");
        sb.append("  <title>").append(Escape.xml(site.config().title())).append("</title>\n");
        if (site.config().description() != null) sb.append("  <subtitle>").append(Escape.xml(site.config().description())).append("</subtitle>\n");
        sb.append("  <id>").append(Escape.xml(UrlPolicy.href(base))).append("</id>\n");
        sb.append("  <link href=\"").append(Escape.xml(UrlPolicy.href(base))).append("\"/>\n");
        sb.append("  <link rel=\"self\" href=\"").append(Escape.xml(UrlPolicy.href(base + "feed.xml"))).append("\"/>\n");
        sb.append("  <updated>").append(updated == null ? "1970-01-01" : updated).append("T00:00:00Z</updated>\n");
        for (int id : ids) {
            Page p = site.page(id);
            String href = Escape.xml(UrlPolicy.href(base + p.url()));
            sb.append("  <entry>\n    <title>").append(Escape.xml(p.title())).append("</title>\n");
            sb.append("    <link href=\"").append(href).append("\"/>\n    <id>").append(href).append("</id>\n");
            LocalDate d = p.updated() != null ? p.updated() : p.date();
            sb.append("    <updated>").append(d == null ? "1970-01-01" : d).append("T00:00:00Z</updated>\n");
            if (p.date() != null) sb.append("    <published>").append(p.date()).append("T00:00:00Z</published>\n");
            for (String a : p.meta().authors()) sb.append("    <author><name>").append(Escape.xml(a)).append("</name></author>\n");
            if (p.meta().category() != null) sb.append("    <category term=\"").append(Escape.xml(p.meta().category())).append("\"/>\n");
            sb.append("    <summary>").append(Escape.xml(p.summary())).append("</summary>\n  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

}
