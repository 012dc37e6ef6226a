package wenku.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Writes the inner HTML of a sanitised body exactly as jsoup's {@link Element#html()} does with pretty printing off,
 * UTF-8 and the base escape mode, in one pass with runs of plain text copied whole: {@code &}, {@code <},
 * {@code >} and no-break spaces escaped in text, also {@code "} in attribute values; void elements without end
 * tag; boolean attributes without value.
 *
 * <p>Anything jsoup would write in a way this writer does not know (nodes other than elements and text, elements
 * outside the HTML namespace, attribute names jsoup would rewrite, control characters, unpaired surrogates and
 * the few supplementary characters that jsoup writes as character references) makes it hand the whole body to jsoup instead, so the output is always
 * jsoup's.
 *
 * <p>Thread safe: each call writes with its own instance.
 */
final class HtmlWriter {
    private final StringBuilder sb;
    /** The characters of the string being escaped: reading an array is cheaper than {@link String#charAt}. */
    private char[] chars = new char[256];

    private HtmlWriter(int sizeHint) {
        sb = new StringBuilder(Math.max(16, sizeHint));
    }

    /**
     * The inner HTML of {@code root}, as {@code root.html()} writes it when pretty printing is off.
     *
     * @param sizeHint the expected length, to size the buffer once
     */
    static String html(Element root, int sizeHint) {
        HtmlWriter w = new HtmlWriter(sizeHint);
        return w.write(root) ? w.sb.toString() : root.html();
    }

    /** Writes the children of {@code root}; false when one of them needs jsoup's own writer. */
    private boolean write(Element root) {
        Node node = root.firstChild();
        while (node != null) {
            if (node.getClass() == TextNode.class) {
                if (!escape(((TextNode) node).getWholeText(), false)) return false;
            } else if (node.getClass() == Element.class) {
                Element e = (Element) node;
                Tag tag = e.tag();
                if (!Parser.NamespaceHtml.equals(tag.namespace())) return false;
                String name = e.tagName();
                sb.append('<').append(name);
                if (e.attributesSize() > 0 && !attributes(e)) return false;
                if (e.childNodeSize() > 0) {
                    sb.append('>');
                    node = e.firstChild();
                    continue;
                }
                if (tag.isEmpty()) sb.append('>');
                else sb.append("></").append(name).append('>');
            } else {
                return false;
            }
            // the node is done: close the elements it ends
            while (node != root && node.nextSibling() == null) {
                node = node.parentNode();
                if (node != root) sb.append("</").append(((Element) node).tagName()).append('>');
            }
            node = node == root ? null : node.nextSibling();
        }
        return true;
    }

    private boolean attributes(Element e) {
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            if (!isPlainKey(key)) return false;
            sb.append(' ').append(key);
            String value = a.getValue();
            boolean collapse = !a.hasDeclaredValue()
                    || (value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key);
            if (collapse) continue;
            sb.append("=\"");
            if (!escape(value, true)) return false;
            sb.append('"');
        }
        return true;
    }

    /** True when jsoup writes the attribute name as it is. */
    private static boolean isPlainKey(String key) {
        if (key.isEmpty()) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c == '-') continue;
            if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c == ' ' || c == '"' || c == '\'' || c == '/' || c == '=') {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code s} escaped; false (with part of it appended) when it holds a character jsoup writes as a
     * numeric reference.
     */
    private boolean escape(String s, boolean attribute) {
        int n = s.length();
        if (n > chars.length) chars = new char[Math.max(n, 2 * chars.length)];
        char[] cs = chars;
        s.getChars(0, n, cs, 0);
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c > '>' && c != '\u00A0' && !Character.isSurrogate(c)) continue;   // the common case first
            String entity;
            if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '\u00A0') {
                entity = "&nbsp;";
            } else if (c == '"' && attribute) {
                entity = "&quot;";
            } else if (Character.isSurrogate(c)) {
                // jsoup tests the code point's low 16 bits: U+2D800 … U+2DFFF and the like become references
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])
                        && !Character.isSurrogate((char) Character.toCodePoint(c, cs[i + 1]))) {
                    i++;
                    continue;
                }
                return false;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            } else {
                continue;
            }
            sb.append(s, run, i).append(entity);
            run = i + 1;
        }
        if (run == 0) sb.append(s);   // the common case: nothing escaped, the whole string in one copy
        else sb.append(s, run, s.length());
        return true;
    }
}
