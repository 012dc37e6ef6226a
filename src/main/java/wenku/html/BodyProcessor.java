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
    /** Elements a search block may start at: headings, and elements that carry a law article anchor. */
    static final String BLOCK_STARTS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], [data-article]";

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
        BodyText text = new BodyText(body, rawHtml.length());
        return new ProcessedBody(HtmlWriter.html(body, rawHtml.length() + rawHtml.length() / 8), toc, text.text, text.blocks,
                law, text.readable);
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
     *
     * @return how many of the appended characters are readable (see {@link #appendNormalised})
     */
    private static int appendText(Node root, StringBuilder sb, boolean skipRoot) {
        int readable = 0;
        Node node = root;
        while (node != null) {
            boolean enter = true;
            if (node instanceof TextNode t) {
                readable += appendNormalised(sb, t.getWholeText());
            } else if (node instanceof Element e) {
                if (isTool(e)) {
                    enter = node == root && !skipRoot;
                } else if (e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                } else if (e.nameIs("br")) {
                    sb.append('\n');
                }
            }
            if (!enter) {
                if (node == root) return readable;
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
        return readable;
    }

    /** Heading anchors and article tools: not part of the text. */
    private static boolean isTool(Element e) {
        if (e.attributesSize() == 0) return false;
        String classes = e.attributes().getIgnoreCase("class");   // looked up once for both names
        return classes.length() >= 6 && (hasClass(classes, "anchor") || hasClass(classes, "article-tools"));
    }

    /** {@link Element#hasClass}, given the class attribute: a whitespace-separated name, ignoring case. */
    static boolean hasClass(String classes, String name) {
        int len = classes.length();
        int want = name.length();
        if (len < want || len == 0) return false;
        if (len == want) return name.equalsIgnoreCase(classes);
        int start = -1;
        for (int i = 0; i <= len; i++) {
            if (i == len || Character.isWhitespace(classes.charAt(i))) {
                if (start >= 0 && i - start == want && classes.regionMatches(true, start, name, 0, want)) return true;
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return false;
    }

    private static void tail(Node node, StringBuilder sb) {
        if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    /**
     * Appends what {@link TextNode#text()} returns for {@code s}, without building it first: runs of whitespace
     * (space, tab, line feed, form feed, carriage return, no-break space) become one space; zero-width spaces and
     * soft hyphens are dropped; everything else is copied in runs.
     *
     * @return how many of the appended characters are readable: not whitespace ({@link Character#isWhitespace})
     */
    static int appendNormalised(StringBuilder sb, String s) {
        boolean lastWasWhite = false;
        int run = 0;
        int readable = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > '\u3000') {    // CJK and most else: nothing to check
                readable++;
                lastWasWhite = false;
                continue;
            }
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            if (white || c == '\u200B' || c == '\u00AD') {
                sb.append(s, run, i);
                run = i + 1;
                if (white && !lastWasWhite) {
                    sb.append(' ');
                    lastWasWhite = true;
                }
            } else {
                if (!Character.isWhitespace(c)) readable++;
                lastWasWhite = false;
            }
        }
        sb.append(s, run, s.length());
        return readable;
    }

    /**
     * The plain text of a body and the same text split at headings and article anchors (for search), from one walk:
     * the text of each child of the body is the stripped part of the whole text that the child added, which is
     * the child's own text (the walk adds nothing but line breaks before the first character a child adds).
     */
    private static final class BodyText {
        final String text;
        final List<TextBlock> blocks;
        /** The number of characters of {@link #text} that are not whitespace. */
        final int readable;

        /** One element child of the body: where its text is in the body's text, or its own text. */
        private record Part(Element element, int from, int to, String own) {
        }

        BodyText(Element body, int sizeHint) {
            StringBuilder sb = new StringBuilder(Math.max(16, sizeHint));
            List<Part> parts = new ArrayList<>();
            int count = 0;
            for (Node child = body.firstChild(); child != null; child = child.nextSibling()) {
                int from = sb.length();
                count += appendText(child, sb, true);
                if (!(child instanceof Element e)) continue;
                int to = sb.length();
                if (isTool(e)) {
                    parts.add(new Part(e, 0, 0, plainText(e)));   // left out of the body's text, not of its own
                } else {
                    while (from < to && Character.isWhitespace(sb.charAt(from))) from++;
                    while (to > from && Character.isWhitespace(sb.charAt(to - 1))) to--;
                    parts.add(new Part(e, from, to, null));
                }
            }
            String all = sb.toString();
            this.text = all.strip();
            this.readable = count;
            this.blocks = blocks(all, parts);
        }

        /** Splits the text at block starts (headings with ids, article anchors). */
        private static List<TextBlock> blocks(String all, List<Part> parts) {
            List<TextBlock> out = new ArrayList<>();
            String anchor = "";
            String label = "";
            int first = 0;   // the parts of the current block: first … k-1
            for (int k = 0; k <= parts.size(); k++) {
                Part p = k < parts.size() ? parts.get(k) : null;
                if (p != null && !isBlockStart(p.element())) continue;
                String text = blockText(all, parts, first, k);
                if (!text.isEmpty() || !anchor.isEmpty()) out.add(new TextBlock(anchor, label, text));
                if (p == null) break;
                anchor = p.element().id();
                label = p.element().hasAttr("data-article") ? p.element().attr("data-article") : textOf(all, p);
                first = k;
            }
            return List.copyOf(out);
        }

        /** The texts of parts {@code from} … {@code to - 1} that have any, one per line. */
        private static String blockText(String all, List<Part> parts, int from, int to) {
            String only = null;
            StringBuilder sb = null;
            for (int k = from; k < to; k++) {
                Part p = parts.get(k);
                if (p.own() == null ? p.from() == p.to() : p.own().isEmpty()) continue;
                String t = textOf(all, p);
                if (only == null && sb == null) {
                    only = t;
                    continue;
                }
                if (sb == null) sb = new StringBuilder(only.length() * 4).append(only);
                only = null;
                sb.append('\n').append(t);
            }
            return sb != null ? sb.toString() : only != null ? only : "";
        }

        private static String textOf(String all, Part p) {
            return p.own() != null ? p.own() : all.substring(p.from(), p.to());
        }

        /** What {@link #BLOCK_STARTS} selects. */
        private static boolean isBlockStart(Element e) {
            if (e.attributesSize() == 0) return false;
            return e.hasAttr("data-article") || Survey.isHeading(e.normalName()) && e.hasAttr("id");
        }
    }
}
