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
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) return t;
        String cut = t.substring(0, max);
        int end = Math.max(cut.lastIndexOf('。'), Math.max(cut.lastIndexOf('；'), cut.lastIndexOf('！')));
        if (end > max / 2) return cut.substring(0, end + 1);
        return cut + "…";
    }
}
