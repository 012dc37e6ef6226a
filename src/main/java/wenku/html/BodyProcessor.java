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
        BodyText text = new BodyText(body);
        return new ProcessedBody(HtmlWriter.html(body, rawHtml.length() + rawHtml.length() / 8), toc, text.text, text.blocks, law);
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

    /** The visible text, block elements separated by newlines. */
    static String plainText(Element root) {
        StringBuilder sb = new StringBuilder();
        appendText(root, sb, false);
        return sb.toString().strip();
    }

    /**
     * Appends the text of {@code root} and below, leaving out heading anchors and article tools below it (and
     * {@code root} itself, when it is one of them and {@code skipRoot}). They are skipped during the walk (not
     * removed from a copy), so extracting text does not copy the tree.
     */
    private static void appendText(Node root, StringBuilder sb, boolean skipRoot) {
        Node node = root;
        while (node != null) {
            boolean enter = true;
            if (node instanceof TextNode t) {
                appendNormalised(sb, t.getWholeText());
            } else if (node instanceof Element e) {
                if (e.hasClass("anchor") || e.hasClass("article-tools")) {
                    enter = node == root && !skipRoot;
                } else if (e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                } else if (e.nameIs("br")) {
                    sb.append('\n');
                }
            }
            if (!enter) {
                if (node == root) return;
            } else if (node.childNodeSize() > 0) {
                node = node.firstChild();
                continue;
            } else {
                tail(node, sb);
            }
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
                tail(node, sb);
            }
            node = node == root ? null : node.nextSibling();
        }
    }

    private static void tail(Node node, StringBuilder sb) {
        if (node instanceof Element e && e.isBlock()) endLine(sb);
    }

    private static void endLine(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
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

    /**
     * The plain text of a body and the same text split at headings and article anchors (for search), from one walk:
     * the text of each child of the body is the stripped part of the whole text that the child added, which is
     * the child's own text (the walk adds nothing but line breaks before the first character a child adds).
     */
    private static final class BodyText {
        final String text;
        final List<TextBlock> blocks;

        BodyText(Element body) {
            StringBuilder sb = new StringBuilder(1024);
            StringBuilder blockText = new StringBuilder(256);
            List<TextBlock> out = new ArrayList<>();
            String anchor = "";
            String label = "";
            for (Node child = body.firstChild(); child != null; child = child.nextSibling()) {
                int start = sb.length();
                appendText(child, sb, true);
                if (!(child instanceof Element e)) continue;
                String own = null;   // the child's text when the body's text leaves it out
                int from = start;
                int to = sb.length();
                if (e.hasClass("anchor") || e.hasClass("article-tools")) {
                    own = plainText(e);
                } else {
                    while (from < to && Character.isWhitespace(sb.charAt(from))) from++;
                    while (to > from && Character.isWhitespace(sb.charAt(to - 1))) to--;
                }
                if (e.is(BLOCK_START)) {
                    if (blockText.length() > 0 || !anchor.isEmpty()) out.add(new TextBlock(anchor, label, strip(blockText)));
                    anchor = e.id();
                    label = e.hasAttr("data-article") ? e.attr("data-article") : own != null ? own : sb.substring(from, to);
                    blockText.setLength(0);
                }
                if (own != null) {
                    if (!own.isEmpty()) blockText.append(own).append('\n');
                } else if (from < to) {
                    blockText.append(sb, from, to).append('\n');
                }
            }
            if (blockText.length() > 0 || !anchor.isEmpty()) out.add(new TextBlock(anchor, label, strip(blockText)));
            this.text = strip(sb);
            this.blocks = List.copyOf(out);
        }

        /** {@code sb.toString().strip()} without the copy before stripping. */
        private static String strip(StringBuilder sb) {
            int from = 0;
            int to = sb.length();
            while (from < to && Character.isWhitespace(sb.charAt(from))) from++;
            while (to > from && Character.isWhitespace(sb.charAt(to - 1))) to--;
            return sb.substring(from, to);
        }
    }
}
