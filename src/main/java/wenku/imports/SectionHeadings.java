package wenku.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides which lines of an article body are section headings and at which level.
 *
 * <p>A line is a heading when it was marked as one ({@code ## …}, from an HTML {@code <h2>}), or when it is a short
 * standalone line (at most {@value #MAX_HEADING_CHARS} characters, no sentence punctuation at its end, no {@code 。}
 * inside) followed by a paragraph, or by another heading when it carries an outline number. Levels follow the outline
 * numbering Chinese documents use, outermost first: 第一章, 第一节, 一、, （一）, 1., （1）; the outermost kind present
 * becomes {@code ##}. Unnumbered headings are {@code ##}. Stateless.
 */
final class SectionHeadings {
    static final int MAX_HEADING_CHARS = 30;
    private static final String CN_NUM = "[一二三四五六七八九十百零〇]+";
    private static final List<Pattern> OUTLINE = List.of(
            Pattern.compile("^第" + CN_NUM + "[编章](?:\\s|$|[\\u4e00-\\u9fa5])"),
            Pattern.compile("^第" + CN_NUM + "节(?:\\s|$|[\\u4e00-\\u9fa5])"),
            Pattern.compile("^" + CN_NUM + "[、.．]"),
            Pattern.compile("^[（(]" + CN_NUM + "[）)]"),
            Pattern.compile("^\\d{1,2}(?:[、．]|\\.(?!\\d)|\\s+(?=[\\u4e00-\\u9fa5]))"),
            Pattern.compile("^\\d{1,2}\\.\\d{1,2}(?:\\s|(?=[\\u4e00-\\u9fa5]))"),
            Pattern.compile("^[（(]\\d{1,2}[）)]"));
    private static final Pattern NOT_HEADING_START = Pattern.compile("^(?:图\\s*\\d|表\\s*\\d|注[:：]|附件|附[:：]|来源|说明[:：]|- )");
    private static final String SENTENCE_END = "。．.，,、；;：:…—～~！!？?";

    private SectionHeadings() {
    }

    /** A body line: its text and, when the page marked it as a heading, that level (0 otherwise). */
    record Line(String text, int markedLevel) {
    }

    /** The blocks of the body, headings recognised, in order. */
    static List<ImportedArticle.Block> blocks(List<Line> lines) {
        int n = lines.size();
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i++) candidate[i] = lines.get(i).markedLevel() == 0 && isCandidate(lines.get(i).text());
        boolean[] heading = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            if (lines.get(i).markedLevel() > 0) {
                heading[i] = true;
            } else if (candidate[i] && i + 1 < n) {
                boolean nextIsParagraph = lines.get(i + 1).markedLevel() == 0 && isParagraph(lines.get(i + 1).text());
                boolean nextIsHeading = heading[i + 1] && (outlineRank(lines.get(i).text()) >= 0 || lines.get(i + 1).markedLevel() > 0);
                heading[i] = nextIsParagraph || nextIsHeading;
            }
        }
        // levels: outline kinds present, outermost first
        TreeSet<Integer> ranks = new TreeSet<>();
        int minMarked = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (!heading[i]) continue;
            if (lines.get(i).markedLevel() > 0) minMarked = Math.min(minMarked, lines.get(i).markedLevel());
            else if (outlineRank(lines.get(i).text()) >= 0) ranks.add(outlineRank(lines.get(i).text()));
        }
        List<Integer> rankOrder = new ArrayList<>(ranks);
        List<ImportedArticle.Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (heading[i]) {
                int level;
                if (l.markedLevel() > 0) {
                    level = l.markedLevel() - minMarked + 2;
                } else {
                    int r = outlineRank(l.text());
                    level = r < 0 ? 2 : 2 + rankOrder.indexOf(r);
                }
                out.add(ImportedArticle.Block.heading(Math.min(6, level), l.text()));
            } else if (l.text().startsWith("- ")) {
                out.add(ImportedArticle.Block.listItem(l.text().substring(2).strip()));
            } else {
                out.add(ImportedArticle.Block.paragraph(l.text()));
            }
        }
        return out;
    }

    /** Running text: a sentence (ends with punctuation or contains 。), a line too long for a heading, or a list item. */
    static boolean isParagraph(String text) {
        if (text.isEmpty()) return false;
        return SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0 || text.contains("。")
                || text.codePointCount(0, text.length()) > MAX_HEADING_CHARS || text.startsWith("- ");
    }

    /** A short line that could be a heading if a paragraph follows. */
    static boolean isCandidate(String text) {
        int len = text.codePointCount(0, text.length());
        if (len < 2 || len > MAX_HEADING_CHARS) return false;
        if (SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0 || text.contains("。")) return false;
        if (NOT_HEADING_START.matcher(text).find() || DateText.isWholeLine(text)) return false;
        if (ArticleReader.DOCUMENT_NUMBER.matcher(text).matches()) return false;
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Index of the outline numbering kind the line starts with, outermost 0; -1 when it has none. */
    static int outlineRank(String text) {
        for (int r = 0; r < OUTLINE.size(); r++) {
            if (OUTLINE.get(r).matcher(text).find()) return r;
        }
        return -1;
    }
}
