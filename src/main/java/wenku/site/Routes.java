package wenku.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import wenku.content.Asset;
import wenku.content.ContentTree;
import wenku.content.SourceDocument;
import wenku.problem.Problems;

/**
 * Where everything goes: the output URL of every page, section and asset, decided before any page is
 * rendered so that links between pages can be rewritten. Two sources that would be written to the same
 * URL are reported, and only the first (by path) keeps it.
 *
 * <p>Immutable after {@link #plan}; thread safe.
 */
public final class Routes {
    private final Map<String, String> pageUrls;     // source path -> url
    private final Map<String, String> sectionUrls;  // folder -> url
    private final Map<String, String> assetUrls;    // asset path -> url
    private final java.util.Set<String> assetUrlSet;

    private Routes(Map<String, String> pageUrls, Map<String, String> sectionUrls, Map<String, String> assetUrls) {
        this.pageUrls = Collections.unmodifiableMap(pageUrls);
        this.sectionUrls = Collections.unmodifiableMap(sectionUrls);
        this.assetUrls = Collections.unmodifiableMap(assetUrls);
        this.assetUrlSet = java.util.Set.copyOf(assetUrls.values());
    }

    /** Plans the URLs of a content tree. Drafts get no URL. */
    public static Routes plan(ContentTree tree, Problems problems) {
        Map<String, String> taken = new HashMap<>(); // url -> source that has it
        Map<String, String> sections = new TreeMap<>();
        sections.put("", claim(taken, UrlPolicy.section(""), "content/", problems));
        for (String folder : tree.folders()) {
            sections.put(folder, claim(taken, UrlPolicy.section(folder), folder + "/", problems));
        }
        for (String reserved : new String[] {"404.html", "search.html", "sitemap.xml", "feed.xml"}) {
            taken.put(reserved, "(generated " + reserved + ")");
        }
        Map<String, String> pages = new LinkedHashMap<>();
        for (SourceDocument d : tree.documents()) {
            if (d.isSectionIndex() || d.frontMatter().draft()) continue;
            String url = d.frontMatter().url() != null ? customUrl(d.frontMatter().url()) : UrlPolicy.page(d.folder(), d.baseName());
            String got = claim(taken, url, d.path(), problems);
            if (got != null) pages.put(d.path(), got);
        }
        Map<String, String> assets = new LinkedHashMap<>();
        for (Asset a : tree.assets()) {
            int slash = a.path().lastIndexOf('/');
            String folder = slash < 0 ? "" : a.path().substring(0, slash);
            String f = UrlPolicy.folder(folder);
            String url = (f.isEmpty() ? "" : f + "/") + UrlPolicy.segment(a.path().substring(slash + 1));
            String got = claim(taken, url, a.path(), problems);
            if (got != null) assets.put(a.path(), got);
        }
        return new Routes(pages, sections, assets);
    }

    private static String customUrl(String url) {
        String u = url.strip();
        while (u.startsWith("/")) u = u.substring(1);
        StringBuilder sb = new StringBuilder();
        for (String part : u.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) continue;
            if (sb.length() > 0) sb.append('/');
            sb.append(UrlPolicy.segment(part));
        }
        String s = sb.toString();
        if (s.isEmpty()) s = "index-page";
        if (!s.endsWith(".html")) s = s + ".html";
        return s;
    }

    private static String claim(Map<String, String> taken, String url, String source, Problems problems) {
        String key = url.toLowerCase(java.util.Locale.ROOT);
        String other = taken.putIfAbsent(key, source);
        if (other != null) {
            problems.error(source, 0, 0, "urls", "would be written to " + url + ", which " + other
                    + " already uses (rename one of the two files)");
            return null;
        }
        return url;
    }

    /** The URL of a page from its source path, or {@code null} (draft, or lost a URL clash). */
    public String page(String source) {
        return pageUrls.get(source);
    }

    /** The URL of a section's first list page. */
    public String section(String folder) {
        return sectionUrls.get(folder);
    }

    /** The URL of an asset. */
    public String asset(String path) {
        return assetUrls.get(path);
    }

    /** True when {@code url} (a site-root-relative URL, as {@link #resolve} returns) is an image or attachment. */
    public boolean isAsset(String url) {
        int hash = url.indexOf('#');
        return assetUrlSet.contains(hash < 0 ? url : url.substring(0, hash));
    }

    public Map<String, String> assets() {
        return assetUrls;
    }

    /**
     * Resolves a relative link written in the source file {@code fromSource} to a site-root-relative URL
     * (with the link's {@code #fragment} kept), or returns {@code null} when nothing in the site is there.
     * Links that climb out of the content folder resolve to nothing.
     */
    public String resolve(String fromSource, String href) {
        String fragment = "";
        int hash = href.indexOf('#');
        if (hash >= 0) {
            fragment = href.substring(hash);
            href = href.substring(0, hash);
        }
        int q = href.indexOf('?');
        if (q >= 0) href = href.substring(0, q);
        if (href.isEmpty()) return fragment.isEmpty() ? null : fragment;
        String decoded;
        try {
            decoded = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = href;
        }
        String base = fromSource.contains("/") ? fromSource.substring(0, fromSource.lastIndexOf('/')) : "";
        String path = normalise(decoded.startsWith("/") ? decoded.substring(1) : (base.isEmpty() ? decoded : base + "/" + decoded));
        if (path == null) return null;
        if (path.endsWith("/") || path.isEmpty()) {
            String s = sectionUrls.get(stripSlash(path));
            return s == null ? null : s + fragment;
        }
        String p = pageUrls.get(path);
        if (p == null && !path.endsWith(".md") && pageUrls.containsKey(path + ".md")) p = pageUrls.get(path + ".md");
        if (p != null) return p + fragment;
        if (path.endsWith("/_index.md") || path.equals("_index.md")) {
            String s = sectionUrls.get(path.equals("_index.md") ? "" : path.substring(0, path.length() - "/_index.md".length()));
            return s == null ? null : s + fragment;
        }
        String a = assetUrls.get(path);
        if (a != null) return a + fragment;
        String s = sectionUrls.get(path);
        return s == null ? null : s + fragment;
    }

    private static String stripSlash(String p) {
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Resolves {@code .} and {@code ..}; {@code null} when the path leaves the root. */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    /** The href that leads from the page at {@code fromUrl} to the site-root-relative {@code toUrl}. */
    public static String relative(String fromUrl, String toUrl) {
        if (toUrl.startsWith("#")) return toUrl;
        return UrlPolicy.href(UrlPolicy.rootFrom(fromUrl) + toUrl);
    }
}
