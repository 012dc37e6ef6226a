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
 * @param readableChars the number of characters of {@code text} that are not whitespace (for reading time),
 *                  counted once here rather than every time the site is assembled
 */
public record ProcessedBody(String html, List<TocEntry> toc, String text, List<TextBlock> blocks, LawBody law,
                            int readableChars) {

    /** A body with law markup; {@link #readableChars} is counted from the text. */
    public ProcessedBody(String html, List<TocEntry> toc, String text, List<TextBlock> blocks, LawBody law) {
        this(html, toc, text, blocks, law, countReadable(text));
    }

    /** A body without law markup. */
    public ProcessedBody(String html, List<TocEntry> toc, String text, List<TextBlock> blocks) {
        this(html, toc, text, blocks, LawBody.NONE);
    }

    private static int countReadable(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // every Java whitespace character is at most U+3000: Chinese text skips the table lookup
            if (c > '\u3000' || !Character.isWhitespace(c)) n++;
        }
        return n;
    }

    /** The first {@code max} characters of the text, cut at a sentence end when one is near. */
    public String summary(int max) {
        String t = collapsedStart(max + 1);
        if (t.length() <= max) return t;
        String cut = t.substring(0, max);
        int end = Math.max(cut.lastIndexOf('。'), Math.max(cut.lastIndexOf('；'), cut.lastIndexOf('！')));
        if (end > max / 2) return cut.substring(0, end + 1);
        return cut + "…";
    }

    /**
     * The first {@code limit} characters of {@code text.strip().replaceAll("\\s+", " ")}, computed without
     * touching the rest of the text (bodies of laws run to hundreds of thousands of characters).
     */
    private String collapsedStart(int limit) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) start += Character.charCount(text.codePointAt(start));
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        StringBuilder sb = new StringBuilder(Math.min(limit, end - start));
        boolean space = false;
        for (int i = start; i < end && sb.length() < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
                if (sb.length() >= limit) break;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
