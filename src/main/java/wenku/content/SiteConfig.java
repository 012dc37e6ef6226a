package wenku.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wenku.problem.Problem;

/**
 * Site-wide settings from {@code site.yml} at the content root. Every key is optional; the defaults are
 * documented in the README and in the sample {@code content/site.yml}.
 *
 * <p>Immutable.
 *
 * @param title        site title (default {@code 文库})
 * @param organisation the organisation that keeps the site, shown in the header and footer (default none)
 * @param description  one sentence about the site, for the home page and the feed
 * @param footer       footer text
 * @param paginate     items per list page (default 10)
 * @param nav          section folders in the order the navigation shows them; folders not listed follow by weight, then name
 * @param categories   the allowed categories; empty means any category is accepted
 * @param baseUrl      the path the site is served under, always starting and ending with {@code /} (default {@code /})
 * @param language     the page language (default {@code zh-CN})
 * @param params       every key as written, for templates
 */
public record SiteConfig(String title, String organisation, String description, String footer, int paginate,
                         List<String> nav, List<String> categories, String baseUrl, String language,
                         Map<String, Object> params) {

    public static final String FILE_NAME = "site.yml";

    public static SiteConfig defaults() {
        return new SiteConfig("文库", null, null, null, 10, List.of(), List.of(), "/", "zh-CN", Map.of());
    }

    /** A copy with another base URL (normalised to start and end with a slash). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, organisation, description, footer, paginate, nav, categories,
                normaliseBaseUrl(url), language, params);
    }

    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) return "/";
        String u = url.strip();
        if (!u.endsWith("/")) u = u + "/";
        if (!u.startsWith("/") && !u.contains("://")) u = "/" + u;
        return u;
    }

    /** Reads {@code site.yml} text; problems (wrong types, bad YAML) are added to {@code problems}. */
    public static SiteConfig parse(String file, String yaml, List<Problem> problems) {
        Map<String, Object> m = FrontMatterParser.readMapping(file, yaml, 1, problems);
        SiteConfig d = defaults();
        int paginate = d.paginate();
        Object p = m.get("paginate");
        if (p != null) {
            try {
                paginate = Integer.parseInt(String.valueOf(p).strip());
                if (paginate < 1 || paginate > 1000) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add(Problem.error(file, 1, 1, "site settings",
                        "paginate \"" + p + "\" must be a whole number from 1 to 1000 (write paginate: 20)"));
                paginate = d.paginate();
            }
        }
        return new SiteConfig(
                str(m, "title", d.title()),
                str(m, "organisation", str(m, "organization", null)),
                str(m, "description", null),
                str(m, "footer", null),
                paginate,
                list(m, m.containsKey("navigation") ? "navigation" : "nav", file, problems),
                list(m, "categories", file, problems),
                safeBaseUrl(normaliseBaseUrl(str(m, "baseURL", str(m, "baseUrl", str(m, "base_url", "/")))), file, problems),
                str(m, "language", d.language()),
                Map.copyOf(withoutNulls(m)));
    }

    /** A base URL goes into every page's links: only a path or an http(s) address, nothing that could run or escape. */
    private static String safeBaseUrl(String url, String file, List<Problem> problems) {
        boolean ok = (url.startsWith("/") && !url.startsWith("//")) || url.startsWith("http://") || url.startsWith("https://");
        for (int i = 0; ok && i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F || "\"'<>\\`".indexOf(c) >= 0) ok = false;
        }
        if (ok) return url;
        problems.add(Problem.error(file, 1, 1, "site settings", "baseURL \"" + url
                + "\" must be a path such as /kb/ or an http(s) address (write baseURL: /kb/)"));
        return "/";
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) out.put(k, v);
        });
        return out;
    }

    private static String str(Map<String, Object> m, String key, String dflt) {
        Object v = m.get(key);
        return v instanceof String s && !s.isBlank() ? s.strip() : dflt;
    }

    private static List<String> list(Map<String, Object> m, String key, String file, List<Problem> problems) {
        Object v = m.get(key);
        if (v == null) return List.of();
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) if (o instanceof String s && !s.isBlank()) out.add(s.strip());
        } else if (v instanceof String s) {
            for (String part : s.split("[,，、]")) if (!part.isBlank()) out.add(part.strip());
        } else {
            problems.add(Problem.error(file, 1, 1, "site settings", key + " must be a list (write " + key + ": [一, 二])"));
        }
        return List.copyOf(out);
    }
}
