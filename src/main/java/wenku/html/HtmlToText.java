package wenku.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a saved web page into the block text a reader would copy from it: one line per paragraph, list item,
 * table row or {@code <br>}-separated line, a blank line between blocks, headings marked as Markdown
 * ({@code # 标题} for {@code <h1>}, {@code ## …} for {@code <h2>} …), list items as {@code - …}.
 *
 * <p>Dropped: scripts, styles, forms, iframes, images, and page furniture recognised by element
 * ({@code nav}, {@code aside}, {@code footer}, a {@code header} without the page's {@code h1}) or by class/id words
 * ({@code share}, {@code breadcrumb}, {@code related}, {@code comment}, {@code sidebar} …), unless the element
 * holds the page's {@code h1} or most of its text. When the page has no {@code h1}, the first part of
 * {@code <title>} becomes the {@code #} line. Adjacent links are separated by a space, so a row of keyword links
 * does not run together.
 *
 * <p>Stateless and thread safe.
 */
public final class HtmlToText {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "img",
            "video", "audio", "map", "head");
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "crumb", "crumbs", "share", "sharing", "social", "footer", "sidebar", "comment", "comments",
            "related", "recommend", "recommended", "advert", "advertisement", "ads", "ad", "banner", "toolbar", "login",
            "qrcode", "ewm", "topbar", "copyright", "hot", "rank", "tags-cloud", "pager", "pagination", "backtop",
            "gotop", "totop", "print");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead",
            "tbody", "tfoot", "figure", "figcaption", "hr", "center", "address", "caption", "details", "summary", "body");

    private HtmlToText() {
    }

    /** The page's text as lines, blocks separated by blank lines. */
    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title();
        Element body = doc.body();
        Element h1 = body.selectFirst("h1");
        int total = body.text().length();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) continue;
            String tag = e.normalName();
            boolean drop = DROP_TAGS.contains(tag)
                    || (tag.equals("header") && (h1 == null || !e.getAllElements().contains(h1)))
                    || isFurniture(e);
            if (!drop) continue;
            boolean holdsArticle = (h1 != null && e.getAllElements().contains(h1) && !tag.equals("nav"))
                    || (total > 0 && e.text().length() * 2 > total && !DROP_TAGS.contains(tag));
            if (!holdsArticle || tag.equals("script") || tag.equals("style")) e.remove();
        }
        Lines lines = new Lines();
        if (h1 == null && !title.isBlank()) {
            String first = title.split("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*")[0].strip();
            if (!first.isEmpty()) lines.block("# " + first);
        }
        NodeTraversor.traverse(new Walker(lines), body);
        lines.endBlock();
        return String.join("\n", lines.out).strip() + "\n";
    }

    private static boolean isFurniture(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (words.isBlank()) return false;
        for (String w : words.split("[\\s_-]+")) {
            if (FURNITURE_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** Collects lines; a blank line between blocks, none doubled. */
    private static final class Lines {
        final List<String> out = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        String prefix = "";

        void text(String s) {
            current.append(s);
        }

        /** Ends the current line ({@code <br>}). */
        void endLine() {
            String t = current.toString().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
            current.setLength(0);
            if (t.isEmpty()) return; // an empty line keeps the pending heading or bullet mark for the next one
            out.add(prefix + t);
            prefix = "";
        }

        /** Ends the current block: the line, then a blank line. */
        void endBlock() {
            endLine();
            if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
        }

        void block(String line) {
            endBlock();
            out.add(line);
            endBlock();
        }
    }

    private static final class Walker implements NodeVisitor {
        private final Lines lines;
        private int pre;
        private boolean lastWasLink;

        Walker(Lines lines) {
            this.lines = lines;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = pre > 0 ? t.getWholeText() : t.getWholeText().replace('\u00A0', ' ');
                if (pre > 0) {
                    String[] parts = s.split("\n", -1);
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) lines.endLine();
                        lines.text(parts[i]);
                    }
                } else {
                    lines.text(s);
                }
                if (!s.isBlank()) lastWasLink = false;
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("br")) {
                lines.endLine();
            } else if (tag.equals("a")) {
                if (lastWasLink) lines.text(" ");
            } else if (tag.equals("td") || tag.equals("th")) {
                lines.text(" ");
            } else if (BLOCK_TAGS.contains(tag)) {
                lines.endBlock();
                if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) lines.prefix = "#".repeat(tag.charAt(1) - '0') + " ";
                else if (tag.equals("li")) lines.prefix = "- ";
                if (tag.equals("pre")) pre++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("a")) {
                lastWasLink = true;
            } else if (tag.equals("tr")) {
                lines.endLine();
            } else if (BLOCK_TAGS.contains(tag)) {
                if (tag.equals("pre")) pre--;
                lines.endBlock();
                lastWasLink = false;
            }
        }
    }
}
