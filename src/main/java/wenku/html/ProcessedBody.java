package wenku.html;

import java.util.List;

/**
 * The body of a page after the HTML stage: safe HTML with heading anchors and rewritten links,
 * plus what other stages need from it.
 *
 * <p>Immutable.
 *
 * @param html      the sanitised body HTML
 * @param toc       headings for the table of contents, in order
 * @param text      the plain text of the whole body (for summaries, reading time, similarity)
 * @param blocks    the text split at anchors (for search)
 * @param law       what the page is as a law text: articles, outline, citations ({@link LawBody#NONE} when the
 *                  body was processed without {@link LawMarkup})
 */
public record ProcessedBody(String html, List<TocEntry> toc, String text, List<TextBlock> blocks, LawBody law) {

    /** A body without law markup. */
    public ProcessedBody(String html, List<TocEntry> toc, String text, List<TextBlock> blocks) {
        this(html, toc, text, blocks, LawBody.NONE);
    }

    /** The first {@code max} characters of the text, cut at a sentence end when one is near. */
    public String summary(int max) {
        // text.strip().replaceAll("\\s+", " "), but only as far as the summary needs (texts run to megabytes)
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        StringBuilder sb = new StringBuilder(max + 1);
        for (int i = start; i < end && sb.length() <= max; ) {
            if (isRegexSpace(text.charAt(i))) {
                while (i < end && isRegexSpace(text.charAt(i))) i++;
                sb.append(' ');
            } else {
                sb.append(text.charAt(i++));
            }
        }
        if (sb.length() <= max) return sb.toString();
        String cut = sb.substring(0, max);
        int stop = Math.max(cut.lastIndexOf('。'), Math.max(cut.lastIndexOf('；'), cut.lastIndexOf('！')));
        if (stop > max / 2) return cut.substring(0, stop + 1);
        return cut + "…";
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
