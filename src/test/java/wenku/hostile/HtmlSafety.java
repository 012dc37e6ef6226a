package wenku.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built page for anything that could run script or load something from outside, the rules of
 * issue 7: no script but the theme's own files, no iframe, object, embed, base or meta http-equiv (but the
 * policy), no form or form control inside the content (the theme's search and go-to boxes are its own); no
 * {@code on*} attributes; no {@code javascript:}/{@code vbscript:}/{@code data:} URLs except raster
 * {@code data:image/} in {@code img src}; no {@code style} at all. Stateless.
 */
final class HtmlSafety {
    /** Elements that never belong in a page, wherever they are. */
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "style", "svg", "math", "template", "textarea", "select", "option", "audio", "video", "source",
            "track", "portal", "xml", "isindex", "keygen", "bgsound", "layer", "ilayer", "marquee", "plaintext",
            "xmp", "noembed", "noframes", "area", "map", "dialog", "slot", "canvas", "param");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "cite", "data",
            "poster", "srcset", "background", "dynsrc", "lowsrc", "ping", "xlink:href", "codebase", "longdesc",
            "manifest", "icon", "profile", "usemap", "content");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc", "formaction", "xlink:href",
            "background", "dynsrc", "lowsrc", "ping", "form", "autofocus", "contenteditable", "draggable", "http-equiv");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);
    private static final Pattern THEME_SCRIPT = Pattern.compile("^(\\.\\./)*assets/[\\w.\\-]+\\.js$");
    private static final Pattern RASTER_DATA = Pattern.compile("^data:image/(png|jpe?g|gif|webp|avif|bmp)[;,].*", Pattern.DOTALL);

    private HtmlSafety() {
    }

    /** Every rule {@code doc} breaks, as readable lines naming the element; empty when the page is safe. */
    static List<String> violations(Document doc) {
        return check(doc, true);
    }

    /**
     * The rules for a processed page body on its own (as the HTML stage returns it, before templates): all of
     * them but the policy tag, and everything inside counts as content.
     */
    static List<String> bodyViolations(String bodyHtml) {
        Document doc = org.jsoup.Jsoup.parse("<div class=\"article-body\">" + bodyHtml + "</div>");
        return check(doc, false);
    }

    private static List<String> check(Document doc, boolean wholePage) {
        List<String> out = new ArrayList<>();
        int csp = 0;
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            String where = describe(e);
            if (FORBIDDEN.contains(tag)) out.add("forbidden element " + where);
            boolean inContent = e.parents().stream().anyMatch(p -> p.hasClass("prose") || p.hasClass("article-body"));
            if (tag.equals("script") && !(e.data().isBlank() && THEME_SCRIPT.matcher(e.attr("src")).matches() && !inContent)) {
                out.add("script that is not one of the theme's files " + where);
            }
            if (tag.equals("form") && inContent) out.add("form in the page's content " + where);
            if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                if (e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy") && e.parent() != null
                        && e.parent().nameIs("head")) {
                    csp++;
                } else {
                    out.add("meta http-equiv " + where);
                }
            }
            if (tag.equals("link") && !Set.of("stylesheet", "alternate", "icon", "canonical").contains(e.attr("rel"))) {
                out.add("link of unexpected rel " + where);
            }
            if ((tag.equals("button") || tag.equals("input")) && inContent
                    && !(tag.equals("input") && e.attr("type").equals("checkbox") && e.hasAttr("disabled"))) {
                out.add("form control in the page's content " + where);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) out.add("event handler attribute " + name + " on " + where);
                if (FORBIDDEN_ATTRIBUTES.contains(name) && !(name.equals("http-equiv") && tag.equals("meta"))) {
                    out.add("attribute " + name + " on " + where);
                }
                if (URL_ATTRIBUTES.contains(name) && !(name.equals("content") && !e.hasAttr("http-equiv"))) {
                    String problem = urlProblem(tag, name, a.getValue());
                    if (problem != null) out.add(problem + " in " + name + " of " + where);
                }
            }
        }
        if (wholePage && csp != 1) out.add(csp + " Content-Security-Policy meta tags in the head (want exactly 1)");
        return out;
    }

    /** Why a URL attribute value is dangerous, or {@code null}. Browsers ignore whitespace and controls in schemes. */
    static String urlProblem(String tag, String attribute, String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x20 && c != 0x7F) sb.append(c);
        }
        String v = sb.toString().toLowerCase(Locale.ROOT);
        if (attribute.equals("content")) {
            return v.contains("url=") ? "a redirect in meta http-equiv content" : null;
        }
        if (v.startsWith("//") || v.startsWith("\\\\") || v.startsWith("/\\") || v.startsWith("\\/")) {
            return tag.equals("a") || tag.equals("img") ? null : "a load from another host (" + value + ")";
        }
        var m = SCHEME.matcher(v);
        if (!m.matches()) return null;
        String scheme = m.group(1);
        if (tag.equals("img") && attribute.equals("src") && scheme.equals("data")) {
            return RASTER_DATA.matcher(v).matches() ? null : "a data: URL that is not a raster image (" + shorten(value) + ")";
        }
        if (tag.equals("a") && Set.of("http", "https", "mailto", "tel").contains(scheme)) return null;
        if (Set.of("http", "https").contains(scheme)) {
            return tag.equals("link") && attribute.equals("href") || tag.equals("img") || tag.equals("blockquote") || tag.equals("q")
                    ? null : "an absolute URL (" + shorten(value) + ")";
        }
        return "a " + scheme + ": URL (" + shorten(value) + ")";
    }

    private static String describe(Element e) {
        String html = e.outerHtml();
        int end = html.indexOf('>');
        return shorten(end > 0 ? html.substring(0, end + 1) : html);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
