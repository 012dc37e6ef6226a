package wenku.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Reduces the HTML of a page body to an allow-list of harmless elements and attributes, in the spirit of
 * GitHub's sanitiser: no script, style, iframe, object, embed, form, base or meta; no event handlers, no
 * {@code style} attributes; only http(s), mailto, tel and relative URLs (plus {@code data:image/} for images
 * that are not SVG).
 *
 * <p>The body is cleaned in place, with the rules of jsoup's {@code Cleaner} (which copies the whole tree): an
 * element that is not allowed is replaced by its children, an attribute that is not allowed (or whose URL has a
 * protocol that is not) is dropped, comments and script data are dropped, and CDATA becomes plain text.
 *
 * <p>Thread safe: the allow-list is built once and never changed; each call mutates only its own document.
 */
final class Sanitizer {
    private static final String BASE = "http://wenku.invalid/";
    private static final String[] TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
            "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "section", "aside", "center", "font", "big", "tt"};
    /** {@link #TAGS} for lookups by normal (lower-case) name, without the allow-list's per-call key objects. */
    private static final Set<String> SAFE_TAGS = Set.of(TAGS);
    static final Safelist SAFELIST = build();   // package-private for the test that compares with jsoup's Cleaner

    private Sanitizer() {
    }

    private static Safelist build() {
        Safelist s = new Safelist()
                .addTags(TAGS)
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

    /**
     * Cleans the body of {@code doc} in place, so that it holds only what the allow-list permits. Afterwards the
     * body has no attributes and holds only elements and text.
     */
    static void clean(Document doc) {
        doc.setBaseUri(BASE);  // relative URLs resolve, so that the protocol check keeps them
        Element body = doc.body();
        body.clearAttributes();
        Node node = body.firstChild();
        while (node != null) {
            if (node instanceof Element e) {
                if (SAFE_TAGS.contains(e.normalName())) {
                    cleanAttributes(e);
                    if (isForbiddenInput(e)) {
                        node = skip(e, body);
                        e.remove();
                    } else {
                        node = e.firstChild() != null ? e.firstChild() : skip(e, body);
                    }
                } else {
                    // replaced by its children; script data inside it goes (its parent is not allowed)
                    dropData(e);
                    Node first = e.firstChild();
                    node = first != null ? first : skip(e, body);
                    e.unwrap();
                }
            } else if (node instanceof TextNode t) {
                node = skip(t, body);
                if (t.getClass() != TextNode.class) t.replaceWith(new TextNode(t.getWholeText())); // CDATA
            } else if (node instanceof DataNode && node.parentNode() instanceof Element p
                    && SAFE_TAGS.contains(p.normalName())) {
                node = skip(node, body);
            } else {
                Node next = skip(node, body);
                node.remove();
                node = next;
            }
        }
        doc.setBaseUri("");
    }

    /** The node after {@code n} in document order that is not below it, {@code null} at the end of {@code root}. */
    private static Node skip(Node n, Element root) {
        while (n != root) {
            Node next = n.nextSibling();
            if (next != null) return next;
            n = n.parentNode();
        }
        return null;
    }

    private static void dropData(Element e) {
        List<Node> data = null;
        for (Node c : e.childNodes()) {
            if (c instanceof DataNode) {
                if (data == null) data = new ArrayList<>();
                data.add(c);
            }
        }
        if (data != null) for (Node c : data) c.remove();
    }

    /** Drops the attributes the allow-list does not permit, then the URLs that must not be followed. */
    private static void cleanAttributes(Element e) {
        if (e.attributesSize() == 0) return;
        Attributes attributes = e.attributes();
        List<String> unsafe = null;
        List<String> valueless = null;
        String tag = e.tagName();
        for (Attribute a : attributes) {
            if (!SAFELIST.isSafeAttribute(tag, e, a)) {
                if (unsafe == null) unsafe = new ArrayList<>();
                unsafe.add(a.getKey());
            } else if (!a.hasDeclaredValue()) {
                if (valueless == null) valueless = new ArrayList<>();
                valueless.add(a.getKey());
            }
        }
        if (unsafe != null) for (String key : unsafe) attributes.remove(key);
        // the cleaner copied values, and an attribute written without one (<td nowrap>) got the empty value
        if (valueless != null) for (String key : valueless) attributes.put(key, "");
        if (e.nameIs("img") && e.hasAttr("src")) {
            String src = e.attr("src").trim().toLowerCase(Locale.ROOT);
            if (src.startsWith("data:") && (!src.startsWith("data:image/") || src.startsWith("data:image/svg"))) {
                e.removeAttr("src");
            }
        } else if (e.nameIs("a") && e.hasAttr("href")) {
            String href = e.attr("href").trim().toLowerCase(Locale.ROOT);
            if (href.startsWith("data:") || href.startsWith("javascript:") || href.startsWith("vbscript:")) {
                e.removeAttr("href");
            }
        }
    }

    /** Only check boxes (task lists) stay of all inputs, and they cannot be ticked. */
    private static boolean isForbiddenInput(Element e) {
        if (!e.nameIs("input")) return false;
        if (!"checkbox".equalsIgnoreCase(e.attr("type"))) return true;
        e.attr("disabled", true);
        return false;
    }
}
