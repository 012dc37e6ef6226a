package wenku.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * The sanitiser cleans in place what jsoup's {@link Cleaner} cleans into a copy, node for node, and
 * {@link HtmlWriter} writes what jsoup writes: on every cross-site scripting vector of the hostile-input suite and
 * on random tag soup.
 */
class SanitizerTest {

    @Test
    void cleansEveryVectorAsTheCleanerDoes() throws IOException {
        for (String html : vectors()) assertSameAsCleaner(html);
    }

    @Test
    void cleansTagSoupAsTheCleanerDoes() {
        Random r = new Random(8);
        for (int k = 0; k < 3000; k++) assertSameAsCleaner(soup(r));
    }

    @Test
    void writesWhatJsoupWrites() throws IOException {
        List<String> inputs = new ArrayList<>(vectors());
        Random r = new Random(9);
        for (int k = 0; k < 3000; k++) inputs.add(soup(r));
        inputs.add("<p>a&amp;b &lt;c&gt; \u00a0 \"q\" 'a' \t\r\n</p><p title='a\"b&amp;c&lt;&gt;\u00a0'>x</p>");
        inputs.add("<p>\u0001 \u001f \u007f \ud800 x \udc00 \ud840\udc00 \ud874\udc00 \ud83d\ude00</p>");   // U+2D000: a reference
        inputs.add("<input type=checkbox checked><details open=\"\"><summary>s</summary></details><ol reversed=reversed>");
        inputs.add("<p><svg><a href=x>in svg</a></svg><math><mi>m</mi></math></p><hr><br><img src=a.png>");
        for (String html : inputs) {
            Document doc = Jsoup.parseBodyFragment(html);
            doc.outputSettings().prettyPrint(false).charset("UTF-8");
            assertEquals(doc.body().html(), HtmlWriter.html(doc.body(), 0), () -> "unsanitised: " + html);
            Sanitizer.clean(doc);
            assertEquals(doc.body().html(), HtmlWriter.html(doc.body(), 0), () -> "sanitised: " + html);
        }
    }

    private static void assertSameAsCleaner(String html) {
        Document expected = cleanedByCleaner(html);
        Document actual = Jsoup.parseBodyFragment(html);
        actual.outputSettings().prettyPrint(false).charset("UTF-8");
        Sanitizer.clean(actual);
        assertEquals(expected.body().html(), actual.body().html(), () -> "for " + html);
        assertEquals(tree(expected.body()), tree(actual.body()), () -> "for " + html);
    }

    /** How the sanitiser worked before it cleaned in place: a clean copy, then the URL and input rules. */
    private static Document cleanedByCleaner(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        dirty.outputSettings().prettyPrint(false);
        dirty.setBaseUri("http://wenku.invalid/");
        Document clean = new Cleaner(Sanitizer.SAFELIST).clean(dirty);
        clean.setBaseUri("");
        for (Element img : clean.select("img[src]")) {
            String src = img.attr("src").trim().toLowerCase(Locale.ROOT);
            if (src.startsWith("data:") && (!src.startsWith("data:image/") || src.startsWith("data:image/svg"))) {
                img.removeAttr("src");
            }
        }
        for (Element input : clean.select("input")) {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) input.remove();
            else input.attr("disabled", true);
        }
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href").trim().toLowerCase(Locale.ROOT);
            if (href.startsWith("data:") || href.startsWith("javascript:") || href.startsWith("vbscript:")) {
                a.removeAttr("href");
            }
        }
        clean.outputSettings().prettyPrint(false).charset("UTF-8");
        return clean;
    }

    /** The node structure, one node per line: separate text nodes stay separate (later steps split them). */
    private static String tree(Node root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ');
        if (node instanceof TextNode t) sb.append('"').append(t.getWholeText()).append('"');
        else if (node instanceof Element e) sb.append(e.tag().namespace()).append(':').append(e.tagName()).append(e.attributes());
        sb.append('\n');
        for (Node child : node.childNodes()) dump(child, depth + 1, sb);
    }

    private static List<String> vectors() throws IOException {
        String text;
        try (InputStream in = SanitizerTest.class.getResourceAsStream("/hostile/xss-vectors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>(List.of(text.split("\n")));
        out.add(text);
        return out;
    }

    private static final String[] TAGS = {"p", "div", "a", "img", "input", "script", "style", "b", "font", "svg", "math",
            "table", "td", "tr", "pre", "code", "iframe", "form", "span", "h2", "ul", "li", "br", "object", "template",
            "textarea", "title", "noscript", "xmp", "select", "option", "details", "q", "blockquote", "body", "html"};
    private static final String[] ATTRIBUTES = {"href", "src", "onclick", "style", "class", "id", "type", "title",
            "checked", "cite", "colspan", "data-x", "xlink:href", "Name"};
    private static final String[] VALUES = {"x", "javascript:alert(1)", " JaVaScRiPt:x", "data:image/png;base64,AA",
            "data:image/svg+xml,<svg>", "data:text/html,x", "#top", "http://a.invalid/?a=1&b=2", "//host/x", "checkbox",
            "text", "mailto:a@b", "vbscript:x", "a\"b", "第一条", "", "tel:1", "../a.md"};
    private static final String[] TEXTS = {"第一条　为了", "a & b", "<", "&nbsp;", "&lt;x&gt;", "\n", " ", "“引号”",
            "<!-- comment -->", "<![CDATA[ c ]]>", "&#0;", "\u00a0", "\u200b", "x"};

    private static String soup(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i >= 0; i--) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(TEXTS[r.nextInt(TEXTS.length)]);
                case 1 -> sb.append("</").append(TAGS[r.nextInt(TAGS.length)]).append('>');
                default -> {
                    sb.append('<').append(TAGS[r.nextInt(TAGS.length)]);
                    for (int a = r.nextInt(3); a > 0; a--) {
                        sb.append(' ').append(ATTRIBUTES[r.nextInt(ATTRIBUTES.length)]);
                        if (r.nextInt(4) > 0) sb.append("=\"").append(VALUES[r.nextInt(VALUES.length)].replace("\"", "&quot;")).append('"');
                    }
                    sb.append(r.nextInt(6) == 0 ? "/>" : ">");
                }
            }
        }
        return sb.toString();
    }
}
