package wenku.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The HTML stage for one page body: sanitise, give headings stable ids, collect the table of contents,
 * rewrite links and images, mark external links, and extract plain text.
 *
 * <p>{@code BodyProcessor.process(html, rewriter)} is the front door. Stateless and thread safe;
 * each call works on its own document.
 */
public final class BodyProcessor {
    private BodyProcessor() {
    }

    /** Processes one rendered Markdown body. */
    public static ProcessedBody process(String rawHtml, LinkRewriter rewriter) {
        return process(rawHtml, rewriter, List.of());
    }

    /**
     * Processes one rendered Markdown body, then lets each {@link BodyEnhancer} add to it (law articles,
     * cross-references …) before text is extracted.
     */
    public static ProcessedBody process(String rawHtml, LinkRewriter rewriter, List<BodyEnhancer> enhancers) {
        Document doc = Jsoup.parseBodyFragment(rawHtml);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Sanitizer.clean(doc);
        Element body = doc.body();

        Anchors anchors = new Anchors();
        Survey survey = new Survey(body, anchors);
        for (BodyEnhancer en : enhancers) en.reserveAnchors(body, anchors);
        List<TocEntry> toc = headingAnchors(survey.headings, anchors);
        rewriteLinks(survey.links, survey.images, rewriter);
        for (BodyEnhancer en : enhancers) en.enhance(body);
        wrapTables(survey.tables);
        LawBody law = LawBody.NONE;
        for (BodyEnhancer en : enhancers) if (en instanceof LawMarkup m) law = m.result();
        BodyText text = BodyText.of(body, rawHtml.length());
        return new ProcessedBody(HtmlWriter.html(body, rawHtml.length() + rawHtml.length() / 8), toc, text.text(), text.blocks(),
                law, text.readable());
    }

    /**
     * One walk over the sanitised body, before anything is added to it: joins Chinese lines, takes the ids off
     * headings and reserves every other id, and collects (in document order) the headings, the links, the images
     * and the tables for the steps that follow.
     */
    private static final class Survey {
        final List<Element> headings = new ArrayList<>();
        final List<Element> links = new ArrayList<>();
        final List<Element> images = new ArrayList<>();
        final List<Element> tables = new ArrayList<>();

        Survey(Element body, Anchors anchors) {
            Node node = body.firstChild();
            while (node != null) {
                if (node instanceof TextNode t) {
                    joinChineseLines(t);
                } else if (node instanceof Element e) {
                    boolean heading = isHeading(e.normalName());
                    if (heading) headings.add(e);
                    if (e.attributesSize() > 0) {
                        if (e.hasAttr("id")) {
                            if (heading) e.removeAttr("id");
                            else anchors.reserve(e.id());
                        }
                        if (e.nameIs("a") && e.hasAttr("href")) links.add(e);
                        else if (e.nameIs("img") && e.hasAttr("src")) images.add(e);
                    }
                    if (e.nameIs("table")) tables.add(e);
                    if (e.childNodeSize() > 0) {
                        node = e.firstChild();
                        continue;
                    }
                }
                while (node != body && node.nextSibling() == null) node = node.parentNode();
                node = node == body ? null : node.nextSibling();
            }
        }

        private static boolean isHeading(String name) {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        }
    }

    private static List<TocEntry> headingAnchors(List<Element> headings, Anchors anchors) {
        int top = 6;
        for (Element h : headings) top = Math.min(top, h.tagName().charAt(1) - '0');
        List<TocEntry> toc = new ArrayList<>();
        for (Element h : headings) {
            String text = h.text().strip();
            String id = anchors.idFor(text);
            h.id(id);
            int level = h.tagName().charAt(1) - '0' - top + 1;
            if (level <= 3 && !text.isEmpty()) toc.add(new TocEntry(level, id, text));
            h.appendChild(new Element("a").attr("class", "anchor").attr("href", "#" + id)
                    .attr("aria-label", "链接到此处").text("#"));
        }
        return toc;
    }

    private static void rewriteLinks(List<Element> links, List<Element> images, LinkRewriter rewriter) {
        for (Element a : links) {
            if (a.hasClass("anchor")) continue;
            String href = a.attr("href").trim();
            if (href.isEmpty() || href.startsWith("#")) continue;
            if (hasScheme(href) || href.startsWith("//")) {
                addClass(a, "external");
                a.attr("rel", "noopener noreferrer");
                continue;
            }
            String to = rewriter.rewrite(href, false);
            if (to != null) {
                a.attr("href", to);
            } else {
                addClass(a, "broken");
            }
        }
        for (Element img : images) {
            String src = img.attr("src").trim();
            if (src.isEmpty() || hasScheme(src) || src.startsWith("//")) continue;
            String to = rewriter.rewrite(src, true);
            if (to != null) img.attr("src", to);
            img.attr("loading", "lazy");
        }
    }

    /**
     * {@link Element#addClass}, without splitting and joining the class list when there is none (the common case):
     * the class attribute is then added last, as addClass adds it.
     */
    static void addClass(Element e, String name) {
        if (e.hasAttr("class")) e.addClass(name);
        else e.attr("class", name);
    }

    static boolean hasScheme(String href) {
        int colon = href.indexOf(':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++) {
            char c = href.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80) && c != '+' && c != '-' && c != '.') return false;
        }
        return !href.substring(0, colon).toLowerCase(Locale.ROOT).matches("[a-z]");
    }

    private static void wrapTables(List<Element> tables) {
        for (Element t : tables) {
            if (t.parent() != null && t.parent().hasClass("table-wrap")) continue;
            Element wrap = new Element("div").attr("class", "table-wrap");
            t.before(wrap);
            wrap.appendChild(t);
        }
    }

    /** A soft line break between two Chinese characters must not become a space in the browser. */
    private static void joinChineseLines(TextNode t) {
        String s = t.getWholeText();
        if (s.indexOf('\n') < 0 || t.parent() != null && (t.parent().nameIs("pre") || t.parent().nameIs("code"))) return;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && i > 0 && i + 1 < s.length() && isWide(s.charAt(i - 1)) && isWide(s.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        t.text(sb.toString());
    }

    static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }
}
