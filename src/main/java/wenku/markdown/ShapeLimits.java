package wenku.markdown;

/**
 * Refuses Markdown whose shape would make the parser slow beyond reason, before it is parsed. Flexmark's
 * block parser does work proportional to the length of the open paragraph on every line (so a paragraph or
 * table of n lines costs n²) and to the depth of the open containers (so one line that opens n nested lists
 * or quotes costs n²). Real study material stays far below both limits: a table of 10,000 rows, lists and
 * quotes nested 100 deep.
 *
 * <p>One linear scan; stateless and thread safe.
 */
final class ShapeLimits {
    /** The most consecutive non-blank lines (a paragraph or a table) outside fenced code. */
    static final int MAX_BLOCK_LINES = 10_000;
    /** The most lists and quotes a single line may open, one inside the other. */
    static final int MAX_NESTING = 1_000;

    private ShapeLimits() {
    }

    /** @throws MarkdownTooComplexException naming the 1-based line where a limit is passed */
    static void check(String markdown) {
        int line = 0;
        int runStart = 0;
        int run = 0;
        String fence = null;
        int pos = 0;
        int n = markdown.length();
        while (pos <= n) {
            int end = markdown.indexOf('\n', pos);
            if (end < 0) end = n;
            line++;
            int depth = nesting(markdown, pos, end);
            if (depth > MAX_NESTING) {
                throw new MarkdownTooComplexException("lists or quotes nested " + depth + " levels deep; the limit is "
                        + MAX_NESTING + " (flatten them)", line);
            }
            String f = fenceMarker(markdown, pos, end);
            if (fence != null) {
                if (f != null && f.charAt(0) == fence.charAt(0) && f.length() >= fence.length()) fence = null;
            } else if (f != null) {
                fence = f;
                run = 0;
            } else if (isBlank(markdown, pos, end)) {
                run = 0;
            } else {
                if (run == 0) runStart = line;
                if (++run > MAX_BLOCK_LINES) {
                    throw new MarkdownTooComplexException("a paragraph or table of more than " + MAX_BLOCK_LINES
                            + " lines without a blank line; the limit is " + MAX_BLOCK_LINES
                            + " (split it into several tables or paragraphs)", runStart);
                }
            }
            pos = end + 1;
        }
    }

    /** How many list items and quotes the line opens at its start, one inside the other. */
    static int nesting(String s, int start, int end) {
        int depth = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                depth++;
                i += 2;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && (s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth;
    }

    private static String fenceMarker(String s, int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && s.charAt(i) == ' ') i++;
        if (i - start > 3 || i >= end) return null;
        char c = s.charAt(i);
        if (c != '`' && c != '~') return null;
        int j = i;
        while (j < end && s.charAt(j) == c) j++;
        return j - i >= 3 ? s.substring(i, j) : null;
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }
}
