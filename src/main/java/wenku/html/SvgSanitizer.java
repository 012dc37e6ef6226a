package wenku.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Makes an SVG file safe to publish. An SVG opened on its own (a reader clicks a link to it) is a document of
 * the site's origin: a {@code <script>} or {@code onload} in it would run with the site's rights, and the
 * pages' Content-Security-Policy does not cover it. So scripts, event handlers, embedded HTML
 * ({@code foreignObject}), links and animations to {@code javascript:} and style that loads from elsewhere are
 * removed; drawings stay as they are, and a file with nothing to remove is kept byte for byte.
 *
 * <p>{@code SvgSanitizer.clean(bytes)} is the front door. Stateless and thread safe.
 */
public final class SvgSanitizer {
    private static final Set<String> REMOVED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener", "audio", "video", "canvas", "base", "meta", "link", "form");
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "xlink:href", "src", "action", "formaction", "from",
            "to", "values", "by");

    /**
     * The cleaned file and what was taken out of it.
     *
     * @param bytes   the file to publish (the input itself when {@code removed} is empty)
     * @param removed a readable list of what was removed, e.g. {@code <script>}, {@code onload}; empty when nothing
     */
    public record Result(byte[] bytes, List<String> removed) {
    }

    private SvgSanitizer() {
    }

    public static Result clean(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false);
        Set<String> removed = new TreeSet<>();
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String name = e.normalName().toLowerCase(Locale.ROOT);
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            if (REMOVED_ELEMENTS.contains(local)) {
                drop.add(e);
                removed.add("<" + e.tagName() + ">");
                continue;
            }
            if (local.equals("style") && dangerousStyle(e.data() + e.text())) {
                drop.add(e);
                removed.add("<style> loading from elsewhere");
                continue;
            }
            List<String> attrs = new ArrayList<>();
            for (Attribute a : e.attributes()) attrs.add(a.getKey());
            for (String key : attrs) {
                String k = key.toLowerCase(Locale.ROOT);
                String v = e.attr(key);
                boolean bad = k.startsWith("on")
                        || (LINK_ATTRIBUTES.contains(k) || k.endsWith(":href")) && dangerousUrl(v)
                        || k.equals("style") && dangerousStyle(v)
                        || (local.startsWith("animate") || local.equals("set")) && k.equals("attributename")
                                && v.toLowerCase(Locale.ROOT).contains("href");
                if (bad) {
                    e.removeAttr(key);
                    removed.add(key);
                }
            }
        }
        if (removed.isEmpty()) return new Result(svg, List.of());
        for (Element e : drop) e.remove();
        return new Result(doc.outerHtml().getBytes(StandardCharsets.UTF_8), List.copyOf(removed));
    }

    private static boolean dangerousUrl(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x20 && c != 0x7F) sb.append(c);
        }
        String v = sb.toString().toLowerCase(Locale.ROOT);
        if (v.startsWith("#") || v.isEmpty()) return false;
        if (v.startsWith("data:image/") && !v.startsWith("data:image/svg")) return false;
        int colon = v.indexOf(':');
        int slash = v.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme) return v.startsWith("//") || v.startsWith("\\"); // relative is fine, another host is not
        return !(v.startsWith("http:") || v.startsWith("https:"));
    }

    private static boolean dangerousStyle(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return c.contains("@import") || c.contains("javascript:") || c.contains("expression(") || c.contains("behavior:")
                || c.contains("-moz-binding") || c.matches("(?s).*url\\((?!['\"]?#).*");
    }
}
