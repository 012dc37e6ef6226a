package wenku.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain text of a processed body, and the same text split into blocks for search at headings with ids and at
 * elements carrying a law article anchor ({@code h1[id] … h6[id], [data-article]}). Block elements end lines, as
 * do {@code <br>}s; whitespace is collapsed as {@link TextNode#text()} collapses it; heading anchors and article
 * tools are left out.
 *
 * <p>Both come from one walk: the text of each child of the body is the stripped part of the whole text that the
 * child added, which is the child's own text (the walk adds nothing but line breaks before the first character a
 * child adds).
 *
 * @param text     the text of the whole body, stripped
 * @param blocks   the text split at block starts
 * @param readable how many characters of {@code text} are not whitespace ({@link Character#isWhitespace})
 */
record BodyText(String text, List<TextBlock> blocks, int readable) {

    /** One element child of the body: where its text is in the body's text, or its own text. */
    private record Part(Element element, int from, int to, String own) {
    }

    /** Extracts the text of a processed body; {@code sizeHint} sizes the buffer. */
    static BodyText of(Element body, int sizeHint) {
        Walk walk = new Walk(new StringBuilder(Math.max(16, sizeHint)));
        StringBuilder sb = walk.sb;
        List<Part> parts = new ArrayList<>();
        for (Node child = body.firstChild(); child != null; child = child.nextSibling()) {
            int from = sb.length();
            walk.append(child, true);
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
        return new BodyText(all.strip(), blocks(all, parts), walk.readable);
    }

    /** The visible text of one element, block elements separated by newlines. */
    static String plainText(Element root) {
        Walk walk = new Walk(new StringBuilder());
        walk.append(root, false);
        return walk.sb.toString().strip();
    }

    /**
     * Appends what {@link TextNode#text()} returns for {@code s}: runs of whitespace (space, tab, line feed, form
     * feed, carriage return, no-break space) become one space; zero-width spaces and soft hyphens are dropped.
     */
    static void appendNormalised(StringBuilder sb, String s) {
        new Walk(sb).appendNormalised(s);
    }

    /** Splits the text at block starts. */
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

    /** {@code h1[id] … h6[id], [data-article]}. */
    private static boolean isBlockStart(Element e) {
        if (e.attributesSize() == 0) return false;
        String name = e.normalName();
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        return e.hasAttr("data-article") || heading && e.hasAttr("id");
    }

    /** Heading anchors and article tools: not part of the text. */
    private static boolean isTool(Element e) {
        if (e.attributesSize() == 0) return false;
        String classes = e.attributes().getIgnoreCase("class");   // looked up once for both names
        return classes.length() >= 6 && (hasClass(classes, "anchor") || hasClass(classes, "article-tools"));
    }

    /** {@link Element#hasClass}, given the class attribute: a whitespace-separated name, ignoring case. */
    private static boolean hasClass(String classes, String name) {
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

    /** Appends text to one buffer, counting the readable characters. Not thread safe: one per extraction. */
    private static final class Walk {
        final StringBuilder sb;
        int readable;
        /** The characters of the text node being appended: reading an array is cheaper than {@link String#charAt}. */
        private char[] chars = new char[256];

        Walk(StringBuilder sb) {
            this.sb = sb;
        }

        /**
         * Appends the text of {@code root} and below, leaving out heading anchors and article tools below it (and
         * {@code root} itself, when it is one of them and {@code skipRoot}). They are skipped during the walk (not
         * removed from a copy), so extracting text does not copy the tree.
         */
        void append(Node root, boolean skipRoot) {
            Node node = root;
            while (node != null) {
                boolean enter = true;
                if (node instanceof TextNode t) {
                    appendNormalised(t.getWholeText());
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
                    if (node == root) return;
                } else if (node.childNodeSize() > 0) {
                    node = node.firstChild();
                    continue;
                } else {
                    tail(node);
                }
                while (node != root && node.nextSibling() == null) {
                    node = node.parentNode();
                    tail(node);
                }
                node = node == root ? null : node.nextSibling();
            }
        }

        private void tail(Node node) {
            if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }

        /** {@link BodyText#appendNormalised}, counting the readable characters appended. */
        void appendNormalised(String s) {
            int n = s.length();
            if (n > chars.length) chars = new char[Math.max(n, 2 * chars.length)];
            char[] cs = chars;
            s.getChars(0, n, cs, 0);
            boolean lastWasWhite = false;
            int run = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                char c = cs[i];
                if (c > '\u3000') {    // CJK and most else: nothing to check
                    count++;
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
                    if (!Character.isWhitespace(c)) count++;
                    lastWasWhite = false;
                }
            }
            if (run == 0) sb.append(s);
            else sb.append(s, run, n);
            readable += count;
        }
    }
}
