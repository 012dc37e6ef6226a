package wenku.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import wenku.law.ArticleDetector;
import wenku.law.ArticleHead;
import wenku.law.ArticleNumber;
import wenku.law.ArticleSequence;
import wenku.law.CrossReference;
import wenku.law.CrossReferenceFinder;
import wenku.law.LawIndex;
import wenku.law.LawTitles;
import wenku.law.StructureHeading;

/**
 * Makes a page's body navigable as a law text, inside the HTML stage:
 * <ul>
 *   <li>every paragraph that starts an article (as {@link ArticleDetector} decides) gets the article's anchor
 *       as id ({@code 第二十一条}), an empty element carrying the numeric alias id ({@code art-21}), a
 *       {@code data-article} label for search, and its number becomes a link to itself
 *       ({@code a.article-num}) that the theme's script copies on click;</li>
 *   <li>on an older version of a law, each article says which article of the newest version it became
 *       ({@code data-newer}, empty when the newest text dropped it);</li>
 *   <li>citations of laws ({@code 《安全生产法》第二十一条}, {@code 本法第十条} …) become links
 *       ({@code a.law-ref}) to the cited law and article, when the site has them;</li>
 *   <li>the 编/章/节 headings and the articles under each are collected for the outline.</li>
 * </ul>
 * Only paragraphs that are direct children of the body can start articles: paragraphs in block quotes, lists
 * and tables quote, they do not enact.
 *
 * <p>One instance per page, used by one thread; {@link #result()} after {@link BodyProcessor} ran it.
 */
public final class LawMarkup implements BodyEnhancer {
    private static final Set<String> NO_LINKS_INSIDE = Set.of("a", "code", "pre", "kbd", "samp", "h1", "h2", "h3",
            "h4", "h5", "h6");

    /** How much of an article paragraph {@link #headText} reads at most. */
    private static final int HEAD_CHARS = 64;
    private static final Evaluator ANCHOR = QueryParser.parse(".anchor");   // parsed once, not per heading

    /** Where a citation of another page should point. */
    @FunctionalInterface
    public interface Linker {
        /**
         * @param targetPath content-relative path of the cited document
         * @param fragment   the element id in it, {@code ""} for the top
         * @return the href to write, or {@code null} when the document has no page
         */
        String href(String targetPath, String fragment);
    }

    private final LawIndex index;
    private final LawIndex.CitingDocument citer;
    private final Linker linker;
    private final Map<String, String> newerAnchors;
    private final List<Element> articleParagraphs = new ArrayList<>();
    private final List<ArticleNumber> articleNumbers = new ArrayList<>();
    private LawBody result = LawBody.NONE;

    /**
     * @param index        the laws of the site (for citations)
     * @param citer        this page as a citing document (its path and date)
     * @param linker       makes hrefs to other pages
     * @param newerAnchors for an older version of a law: its article ids mapped to the ids of the same articles in
     *                     the newest version ({@code ""} when the newest version dropped the article); empty
     *                     otherwise
     */
    public LawMarkup(LawIndex index, LawIndex.CitingDocument citer, Linker linker, Map<String, String> newerAnchors) {
        this.index = index;
        this.citer = citer;
        this.linker = linker;
        this.newerAnchors = Map.copyOf(newerAnchors);
    }

    /** What was found; {@link LawBody#NONE} before the body was processed. */
    public LawBody result() {
        return result;
    }

    @Override
    public void reserveAnchors(Element body, Anchors anchors) {
        List<Element> paragraphs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element child : body.children()) {
            if (child.nameIs("p")) {
                paragraphs.add(child);
                // the detector reads only paragraphs that begin with 第 (or the slip 笫): others need no text
                texts.add(mayBeginWithNumber(child) ? headText(child) : "");
            }
        }
        ArticleSequence seq = ArticleDetector.detect(texts);
        for (ArticleSequence.Found f : seq.articles()) {
            articleParagraphs.add(paragraphs.get(f.paragraph()));
            articleNumbers.add(f.number());
            anchors.reserve(f.number().anchor());
            anchors.reserve(f.number().alias());
        }
    }

    @Override
    public void enhance(Element body) {
        List<LawBody.ArticleAnchor> articles = new ArrayList<>();
        for (int i = 0; i < articleParagraphs.size(); i++) {
            Element p = articleParagraphs.get(i);
            ArticleNumber n = articleNumbers.get(i);
            markArticle(p, n);
            articles.add(new LawBody.ArticleAnchor(n.anchor(), n.alias()));
        }
        List<LawBody.OutlineItem> outline = outline(body);
        List<CrossReference> citations = new ArrayList<>();
        CrossReferenceFinder finder = new CrossReferenceFinder(index);
        for (Element child : body.children()) {
            if (NO_LINKS_INSIDE.contains(child.normalName())) continue;
            citations.addAll(linkCitations(child, finder));
        }
        result = new LawBody(articles, outline, citations);
    }

    /**
     * False when the text of {@code p} certainly does not begin with 第 or 笫 once leading spaces, control and
     * zero-width characters are skipped (what {@link Element#text()} trims, and more); reads only up to the first
     * other character.
     */
    private static boolean mayBeginWithNumber(Element p) {
        Node node = p.firstChild();
        while (node != null) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!isSkippable(c)) return c == '第' || c == '笫';
                }
            }
            if (node.childNodeSize() > 0) {
                node = node.firstChild();
                continue;
            }
            while (node != p && node.nextSibling() == null) node = node.parentNode();
            node = node == p ? null : node.nextSibling();
        }
        return false;
    }

    /**
     * {@code p.text()}, or the start of it that decides what {@link ArticleHead#parse} makes of it: when the
     * paragraph opens with a long text node, its first {@value #HEAD_CHARS} characters normalised as
     * {@link Element#text()} normalises them are a prefix of the text, and when that prefix holds the longest head
     * the parser can read (16 characters after any invisible ones) the parser reads the same from both.
     */
    static String headText(Element p) {
        if (p.firstChild() instanceof TextNode t && t.getClass() == TextNode.class) {
            String raw = t.getWholeText();
            if (raw.length() > HEAD_CHARS) {
                StringBuilder sb = new StringBuilder(HEAD_CHARS);
                StringUtil.appendNormalisedWhitespace(sb, raw.substring(0, HEAD_CHARS), false);
                String head = sb.toString().trim();
                int skip = 0;
                while (skip < head.length() && isSkippable(head.charAt(skip))) skip++;
                if (skip + 16 < head.length()) return head;
            }
        }
        return p.text();
    }

    /** Characters before an article number that the head parser skips (and more: what text() trims). */
    private static boolean isSkippable(char c) {
        return c <= ' ' || Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0'
                || Character.getType(c) == Character.FORMAT;
    }

    private void markArticle(Element p, ArticleNumber n) {
        String id = n.anchor();
        p.id(id).attr("data-article", id);
        BodyProcessor.addClass(p, "article");
        if (newerAnchors.containsKey(id)) p.attr("data-newer", newerAnchors.get(id));
        TextNode first = firstText(p);
        if (first != null) {
            String text = first.getWholeText();
            Optional<ArticleHead> head = ArticleHead.parse(text);
            if (head.isPresent() && head.get().number().equals(n)) {
                int start = 0;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
                if (head.get().end() < text.length()) first.splitText(head.get().end());
                TextNode number = start > 0 ? first.splitText(start) : first;
                Element link = new Element("a").attr("class", "article-num").attr("href", "#" + id).attr("title", "本条链接");
                number.before(link);
                link.appendChild(number);
            }
        }
        p.prependChild(new Element("span").attr("class", "article-alias").id(n.alias()));
    }

    private static TextNode firstText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) return t;
            } else if (n instanceof Element child) {
                TextNode t = firstText(child);
                if (t != null) return t;
                if (child.hasText()) return null;
            }
        }
        return null;
    }

    private List<LawBody.OutlineItem> outline(Element body) {
        List<LawBody.OutlineItem> items = new ArrayList<>();
        List<Integer> open = new ArrayList<>();       // indexes into items, outermost first
        Map<Element, String> articleIds = new HashMap<>();
        for (int i = 0; i < articleParagraphs.size(); i++) articleIds.put(articleParagraphs.get(i), articleNumbers.get(i).anchor());
        for (Element child : body.children()) {
            String article = articleIds.get(child);
            if (article != null) {
                for (int k : open) {
                    LawBody.OutlineItem o = items.get(k);
                    items.set(k, new LawBody.OutlineItem(o.level(), o.id(), o.text(),
                            o.firstArticle() == null ? article : o.firstArticle(), article));
                }
                continue;
            }
            if (!isHeading(child.normalName())) continue;
            Element copy = child.clone();
            copy.select(ANCHOR).remove();
            Optional<StructureHeading> h = StructureHeading.parse(copy.text());
            if (h.isEmpty()) continue;
            open.removeIf(k -> items.get(k).level().depth() >= h.get().level().depth());
            items.add(new LawBody.OutlineItem(h.get().level(), child.id(), h.get().text(), null, null));
            open.add(items.size() - 1);
        }
        return items;
    }

    /** Finds the citations in one block of the body and turns the resolved ones into links. */
    private List<CrossReference> linkCitations(Element block, CrossReferenceFinder finder) {
        List<TextNode> nodes = new ArrayList<>();
        collectText(block, nodes);
        if (!mayCite(nodes)) return List.of();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            starts[i] = text.length();
            text.append(nodes.get(i).getWholeText());
        }
        String s = text.toString();
        List<CrossReference> refs = finder.find(s, citer);
        // wrap from the end, so that offsets of earlier references stay valid
        for (int r = refs.size() - 1; r >= 0; r--) {
            CrossReference ref = refs.get(r);
            if (!ref.isResolved()) continue;
            String target = ref.target().version().path();
            String fragment = ref.fragment();
            if (target.equals(citer.path()) && fragment.isEmpty()) continue;   // a page naming itself
            String href = target.equals(citer.path()) ? "#" + fragment : linker.href(target, fragment);
            if (href == null) continue;
            int i = nodeAt(starts, ref.start());
            TextNode node = nodes.get(i);
            int from = ref.start() - starts[i];
            int to = ref.end() - starts[i];
            if (to > node.getWholeText().length()) continue;                 // crosses an element boundary
            if (to < node.getWholeText().length()) node.splitText(to);
            TextNode middle = from > 0 ? node.splitText(from) : node;
            Element a = new Element("a").attr("class", "law-ref").attr("href", href).attr("title", label(ref));
            middle.before(a);
            a.appendChild(middle);
        }
        return refs;
    }

    /** False when no text holds 第 or 《, without which nothing is cited: most blocks need not be joined and read. */
    private static boolean mayCite(List<TextNode> nodes) {
        for (TextNode t : nodes) {
            String s = t.getWholeText();
            if (s.indexOf('第') >= 0 || s.indexOf('《') >= 0) return true;
        }
        return false;
    }

    private String label(CrossReference ref) {
        String title = index.title(ref.target().version().path()).map(LawTitles::shortTitle).orElse("");
        String article = ref.target().article() == null ? "" : ref.target().article().anchor();
        return "《" + title + "》" + article;
    }

    private static int nodeAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }

    private static void collectText(Element e, List<TextNode> out) {
        for (Node n = e.firstChild(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                out.add(t);
            } else if (n instanceof Element child && !NO_LINKS_INSIDE.contains(child.normalName())
                    && !child.hasClass("article-alias")) {
                collectText(child, out);
            }
        }
    }

    /** {@code h1} … {@code h6} (without a regular expression: this runs for every block of every law). */
    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
