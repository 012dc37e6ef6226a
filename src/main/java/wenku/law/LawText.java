package wenku.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a law document read straight from its Markdown source, the way the corpus writes it:
 * {@code # title}, an optional second {@code # subtitle}, dated history lines, {@code <!-- INFO END -->}, then
 * {@code 编/章/节} headings and article paragraphs.
 *
 * <p>This is a light line reader for site-wide work that needs every law's articles without rendering it
 * (the title index, version comparison, measurements); pages are rendered by the Markdown stage, which uses
 * the same {@link ArticleDetector} so that both agree on what an article is. Paragraphs inside block quotes,
 * lists, tables and HTML are not article candidates. Immutable.
 *
 * @param title     the first {@code #} heading, {@code ""} when there is none
 * @param subtitle  a second {@code #} heading that directly follows the title, or {@code null}
 * @param info      the history lines before {@code <!-- INFO END -->}; empty when the marker is absent
 * @param blocks    the body after the marker (or after the title when there is no marker), in order
 * @param sequence  what the detector made of the body's paragraphs (indices refer to {@link #paragraphs()})
 * @param articles  the articles, in order, each with its text up to the next article or heading
 */
public record LawText(String title, String subtitle, InfoBlock info, List<Block> blocks, ArticleSequence sequence,
                      List<Article> articles) {

    public LawText {
        blocks = List.copyOf(blocks);
        articles = List.copyOf(articles);
    }

    /**
     * A unit of the body.
     *
     * @param kind  heading, paragraph, or anything else (table, quote, list, HTML)
     * @param level the Markdown level of a heading (1–6), 0 otherwise
     * @param text  the plain text (emphasis markers removed; a paragraph's lines joined without separator)
     * @param line  the 1-based source line where the block starts
     */
    public record Block(Kind kind, int level, String text, int line) {
        /** What a body block is. */
        public enum Kind { HEADING, PARAGRAPH, OTHER }

        /** The structure heading this block is, if it is a heading such as {@code 第一章 总则}. */
        public Optional<StructureHeading> structure() {
            return kind == Kind.HEADING ? StructureHeading.parse(text) : Optional.empty();
        }
    }

    /** Reads a document's Markdown source (front matter, if any, is skipped). */
    public static LawText parse(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (hasInvisible(text)) text = INVISIBLE.matcher(text).replaceAll(""); // rare: skip the regex pass otherwise
        String[] lines = text.split("\n", -1);
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                // skip front matter
            }
            i++;
        }
        int marker = -1;
        for (int j = i; j < lines.length; j++) {
            if (lines[j].strip().equals(InfoBlock.END_MARKER)) {
                marker = j;
                break;
            }
        }
        String title = "";
        String subtitle = null;
        List<String> infoLines = new ArrayList<>();
        int bodyStart = i;
        boolean sawTitle = false;
        boolean afterTitleText = false;
        int headerEnd = marker >= 0 ? marker : lines.length;
        for (int j = i; j < headerEnd; j++) {
            String l = lines[j].strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("# ") && !sawTitle) {
                title = l.substring(2).strip();
                sawTitle = true;
                bodyStart = j + 1;
            } else if (l.startsWith("# ") && subtitle == null && !afterTitleText) {
                subtitle = l.substring(2).strip();
                bodyStart = j + 1;
            } else if (marker < 0) {
                break;                      // no info block: the body starts after the title(s)
            } else {
                afterTitleText = true;
                if (!l.startsWith("#") && !l.startsWith("<!--")) infoLines.add(l);
            }
        }
        if (marker >= 0) bodyStart = marker + 1;
        List<Block> blocks = blocks(lines, bodyStart);
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) if (b.kind() == Block.Kind.PARAGRAPH) paragraphs.add(b.text());
        ArticleSequence sequence = ArticleDetector.detect(paragraphs);
        return new LawText(title, subtitle, marker >= 0 ? InfoBlock.parse(infoLines) : InfoBlock.empty(), blocks,
                sequence, articles(blocks, sequence));
    }

    /** The paragraph texts of the body, in order: what the detector saw. */
    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }

    /** The 1-based source line of paragraph {@code index} of {@link #paragraphs()}. */
    public int paragraphLine(int index) {
        int p = 0;
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH) continue;
            if (p++ == index) return b.line();
        }
        throw new IndexOutOfBoundsException("no paragraph " + index);
    }

    /** The structure headings of the body ({@code 第一章 总则} …), in order. */
    public List<StructureHeading> structure() {
        List<StructureHeading> out = new ArrayList<>();
        for (Block b : blocks) b.structure().ifPresent(out::add);
        return out;
    }

    /** The article numbered {@code n}, if the text has it. */
    public Optional<Article> article(ArticleNumber n) {
        return articles.stream().filter(a -> a.number().equals(n)).findFirst();
    }

    private static List<Article> articles(List<Block> blocks, ArticleSequence seq) {
        int[] blockOfParagraph = new int[blocks.size()];
        int p = 0;
        for (int k = 0; k < blocks.size(); k++) {
            if (blocks.get(k).kind() == Block.Kind.PARAGRAPH) blockOfParagraph[p++] = k;
        }
        boolean[] starts = new boolean[blocks.size()];
        for (ArticleSequence.Found f : seq.articles()) starts[blockOfParagraph[f.paragraph()]] = true;
        List<Article> out = new ArrayList<>();
        for (ArticleSequence.Found f : seq.articles()) {
            int at = blockOfParagraph[f.paragraph()];
            StringBuilder text = new StringBuilder(blocks.get(at).text());
            for (int k = at + 1; k < blocks.size() && !starts[k]; k++) {
                Block b = blocks.get(k);
                if (b.kind() == Block.Kind.HEADING) break;
                text.append('\n').append(b.text());
            }
            out.add(new Article(f.number(), text.toString(), blocks.get(at).line()));
        }
        return out;
    }

    private static List<Block> blocks(String[] lines, int from) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < lines.length) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                i++;
                continue;
            }
            int line = i + 1;
            if (l.startsWith("#")) {
                int level = 0;
                while (level < l.length() && l.charAt(level) == '#') level++;
                if (level <= 6 && (level == l.length() || l.charAt(level) == ' ')) {
                    out.add(new Block(Block.Kind.HEADING, level, plain(l.substring(level).strip()), line));
                    i++;
                    continue;
                }
            }
            if (l.startsWith("<!--")) {
                while (i < lines.length && !lines[i].contains("-->")) i++;
                i++;
                continue;
            }
            boolean other = l.startsWith(">") || l.startsWith("|") || l.startsWith("<") || l.startsWith("```")
                    || (startsListItem(l.charAt(0)) && LIST_ITEM.matcher(l).matches());
            StringBuilder text = new StringBuilder();
            if (l.startsWith("```")) {
                text.append(l);
                for (i++; i < lines.length && !lines[i].strip().startsWith("```"); i++) text.append('\n').append(lines[i]);
                i++;
            } else {
                while (i < lines.length && !lines[i].strip().isEmpty() && !(text.length() > 0 && lines[i].strip().startsWith("#"))) {
                    String part = lines[i].strip();
                    if (other && text.length() > 0) text.append('\n');
                    text.append(other ? part : plain(part));
                    i++;
                }
            }
            out.add(new Block(other ? Block.Kind.OTHER : Block.Kind.PARAGRAPH, 0, text.toString(), line));
        }
        return out;
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff]");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d+[.)])\\s.*");

    private static boolean hasInvisible(String s) {
        return s.indexOf('\u200b') >= 0 || s.indexOf('\u200c') >= 0 || s.indexOf('\u200d') >= 0
                || s.indexOf('\u2060') >= 0 || s.indexOf('\ufeff') >= 0;
    }

    /** Whether a line starting with {@code c} can be a list item ({@link #LIST_ITEM} needs one of these first). */
    private static boolean startsListItem(char c) {
        return c == '-' || c == '*' || c == '+' || (c >= '0' && c <= '9');
    }

    /** Drops emphasis markers and trailing hard-break backslashes, which are not part of the text. */
    private static String plain(String s) {
        String t = s.replace("**", "").replace("__", "");
        if (t.endsWith("\\")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
