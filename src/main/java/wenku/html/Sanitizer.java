package wenku.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces the HTML of a page body to an allow-list of harmless elements and attributes, in the spirit of
 * GitHub's sanitiser: no script, style, iframe, object, embed, form, base or meta; no event handlers, no
 * {@code style} attributes; only http(s), mailto, tel and relative URLs (plus {@code data:image/} for images
 * that are not SVG).
 *
 * <p>Thread safe: the allow-list is built once and never changed.
 */
final class Sanitizer {
    private static final String BASE = "http://wenku.invalid/";
    private static final Safelist SAFELIST = build();

    private Sanitizer() {
    }

    private static Safelist build() {
        Safelist s = new Safelist()
                .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
                        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
                        "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre",
                        "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary",
                        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
                        "section", "aside", "center", "font", "big", "tt")
                .addAttributes(":all", "class", "id", "title", "lang", "dir")
                .addAttributes("a", "href", "name")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("td", "colspan", "rowspan", "align")
                .addAttributes("th", "colspan", "rowspan", "align", "scope")
                .addAttributes("col", "span")
                .addAttributes("colgroup", "span")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("li", "value")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("details", "open")
                .addAttributes("time", "datetime")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https", "data")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https");
        s.preserveRelativeLinks(true);
        return s;
    }

    /** Returns a new, clean document holding only what the allow-list permits from {@code dirty}'s body. */
    static Document clean(Document dirty) {
        dirty.setBaseUri(BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.setBaseUri("");
        for (Element img : clean.select("img[src]")) {
            String src = img.attr("src").trim().toLowerCase(Locale.ROOT);
            if (src.startsWith("data:") && (!src.startsWith("data:image/") || src.startsWith("data:image/svg"))) {
                img.removeAttr("src");
            }
        }
        for (Element input : clean.select("input")) {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        }
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href").trim().toLowerCase(Locale.ROOT);
            if (href.startsWith("data:") || href.startsWith("javascript:") || href.startsWith("vbscript:")) {
                a.removeAttr("href");
            }
        }
        return clean;
    }
}
