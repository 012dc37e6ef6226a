package wenku.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The HTML stage for one page body: sanitise, give headings stable ids, collect the table of contents,
 * rewrite links and images, mark external links, and extract plain text.
 *
 * <p>{@code BodyProcessor.process(html, rewriter)} is the front door. Stateless and thread safe;
 * each call works on its own document.
 */
public final class BodyProcessor {
    /** Elements a search block may start at: headings, and elements that carry a law article anchor. */
    static final String BLOCK_STARTS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], [data-article]";
    private static final Evaluator BLOCK_START = QueryParser.parse(BLOCK_STARTS); // parsed once, not per element

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
        Document dirty = Jsoup.parseBodyFragment(rawHtml);
        dirty.outputSettings().prettyPrint(false);
        Document doc = Sanitizer.clean(dirty);
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = doc.body();

        joinChineseLineBreaks(body);
        Anchors anchors = new Anchors();
        for (Element e : body.select("[id]")) {
            if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6")) {
                e.removeAttr("id");
            } else {
                anchors.reserve(e.id());
            }
        }
        for (BodyEnhancer en : enhancers) en.reserveAnchors(body, anchors);
        List<TocEntry> toc = headingAnchors(body, anchors);
        rewriteLinks(body, rewriter);
        for (BodyEnhancer en : enhancers) en.enhance(body);
        wrapTables(body);
        LawBody law = LawBody.NONE;
        for (BodyEnhancer en : enhancers) if (en instanceof LawMarkup m) law = m.result();
        return new ProcessedBody(body.html(), toc, plainText(body), blocks(body), law);
    }

    private static List<TocEntry> headingAnchors(Element body, Anchors anchors) {
        List<Element> headings = body.select("h1, h2, h3, h4, h5, h6");
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

    private static void rewriteLinks(Element body, LinkRewriter rewriter) {
        for (Element a : body.select("a[href]")) {
            if (a.hasClass("anchor")) continue;
            String href = a.attr("href").trim();
            if (href.isEmpty() || href.startsWith("#")) continue;
            if (hasScheme(href) || href.startsWith("//")) {
                a.addClass("external");
                a.attr("rel", "noopener noreferrer");
                continue;
            }
            String to = rewriter.rewrite(href, false);
            if (to != null) {
                a.attr("href", to);
            } else {
                a.addClass("broken");
            }
        }
        for (Element img : body.select("img[src]")) {
            String src = img.attr("src").trim();
            if (src.isEmpty() || hasScheme(src) || src.startsWith("//")) continue;
            String to = rewriter.rewrite(src, true);
            if (to != null) img.attr("src", to);
            img.attr("loading", "lazy");
        }
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

    private static void wrapTables(Element body) {
        for (Element t : body.select("table")) {
            if (t.parent() != null && t.parent().hasClass("table-wrap")) continue;
            t.wrap("<div class=\"table-wrap\"></div>");
        }
    }

    /** A soft line break between two Chinese characters must not become a space in the browser. */
    private static void joinChineseLineBreaks(Element body) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && t.getWholeText().indexOf('\n') >= 0
                        && !(t.parent() != null && (t.parent().nameIs("pre") || t.parent().nameIs("code")))) {
                    String s = t.getWholeText();
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
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
    }

    static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }

    /** The visible text, block elements separated by newlines. */
    static String plainText(Element root) {
        StringBuilder sb = new StringBuilder();
        appendText(root, sb);
        return sb.toString().strip();
    }

    /**
     * Appends the text under {@code root}, leaving out heading anchors and article tools below it. They are
     * skipped during the walk (not removed from a copy), so extracting text does not copy the tree.
     */
    private static void appendText(Node root, StringBuilder sb) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendNormalised(sb, t.getWholeText());
                } else if (node instanceof Element e && (e.hasClass("anchor") || e.hasClass("article-tools"))) {
                    if (node != root) return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                } else if (node instanceof Element e && e.nameIs("br")) {
                    sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Appends what {@link TextNode#text()} returns for {@code s}, without building it first: runs of whitespace
     * (space, tab, line feed, form feed, carriage return, no-break space) become one space; zero-width spaces and
     * soft hyphens are dropped; everything else is copied in runs.
     */
    static void appendNormalised(StringBuilder sb, String s) {
        boolean lastWasWhite = false;
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (white || c == '\u200B' || c == '\u00AD') {
                sb.append(s, run, i);
                run = i + 1;
                if (white && !lastWasWhite) {
                    sb.append(' ');
                    lastWasWhite = true;
                }
            } else {
                lastWasWhite = false;
            }
        }
        sb.append(s, run, s.length());
    }

    /** Splits the body's text at headings and article anchors. */
    private static List<TextBlock> blocks(Element body) {
        List<TextBlock> out = new ArrayList<>();
        String anchor = "";
        String label = "";
        StringBuilder text = new StringBuilder();
        for (Element child : body.children()) {
            if (child.is(BLOCK_START)) {
                Element start = child;
                if (text.length() > 0 || !anchor.isEmpty()) out.add(new TextBlock(anchor, label, text.toString().strip()));
                anchor = start.id();
                label = start.hasAttr("data-article") ? start.attr("data-article") : plainText(start);
                text.setLength(0);
            }
            String t = plainText(child);
            if (!t.isEmpty()) text.append(t).append('\n');
        }
        if (text.length() > 0 || !anchor.isEmpty()) out.add(new TextBlock(anchor, label, text.toString().strip()));
        return List.copyOf(out);
    }
}
