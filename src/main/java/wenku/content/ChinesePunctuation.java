package wenku.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wenku.problem.Problem;

/**
 * Finds and fixes half-width punctuation ({@code , ; : ? ! ( )}) written between Chinese characters,
 * as happens when text is typed with the input method in English mode or pasted from a web page:
 * {@code 任务,加强} becomes {@code 任务，加强}, {@code (作者单位:某矿)} becomes {@code （作者单位：某矿）}.
 *
 * <p>What is left alone: YAML front matter, fenced and indented code blocks, HTML {@code <pre>}, {@code <script>},
 * {@code <style>} blocks and comments, inline code spans, HTML tags, URLs and e-mail addresses, link targets
 * ({@code [文字](url)}, {@code [id]: url}, {@code <http://…>}), numbers ({@code 3.5}, {@code 10:30}, {@code 1,000})
 * and English text. A mark is converted only when a Chinese character stands on one side and a Chinese character,
 * a Chinese punctuation mark (or the line end) on the other. Spaces around a converted mark are removed, since
 * full-width marks carry their own spacing.
 *
 * <p>Positions are 1-based; columns count Unicode code points. Stateless and thread safe.
 */
public final class ChinesePunctuation {
    private static final String STAGE = "punctuation";
    private static final String RUN_MARKS = ",;:?!";
    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])(?:\\s|$)");
    private static final Pattern HTML_BLOCK_OPEN = Pattern.compile("^ {0,3}<(pre|script|style|textarea)(?:\\s|>|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(?:(?:https?|ftp|file)://|www\\.)[^\\s<>\"'\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<![^<>]*>|<\\?[^<>]*>");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:");

    private ChinesePunctuation() {
    }

    /**
     * One half-width mark that should be full-width.
     *
     * @param line        1-based line in the text given to {@link #find}
     * @param column      1-based column, in code points
     * @param found       the half-width mark, e.g. {@code ,}
     * @param replacement its full-width form, e.g. {@code ，}
     */
    public record Finding(int line, int column, char found, char replacement) {
        /** {@code half-width "," between Chinese characters (write "，", or run wenku check --fix)}. */
        public String message() {
            return "half-width \"" + found + "\" between Chinese characters (write \"" + replacement
                    + "\", or run wenku check --fix)";
        }
    }

    /** Every half-width mark between Chinese characters in a Markdown document, in text order. */
    public static List<Finding> find(String markdown) {
        List<Finding> out = new ArrayList<>();
        scan(markdown, (lineNo, line, edits) -> {
            for (Edit e : edits) {
                int column = line.codePointCount(0, e.index) + 1;
                out.add(new Finding(lineNo, column, line.charAt(e.index), e.replacement));
            }
            return line;
        });
        return out;
    }

    /** The findings of {@link #find} as warnings for {@code check}, located in {@code file}. */
    public static List<Problem> check(String file, String markdown) {
        List<Problem> out = new ArrayList<>();
        for (Finding f : find(markdown)) {
            out.add(Problem.warning(file, f.line(), f.column(), STAGE, f.message()));
        }
        return out;
    }

    /**
     * The document with every mark {@link #find} reports replaced by its full-width form (and the spaces
     * around it removed). Everything else, line endings included, is kept byte for byte;
     * {@code fix(fix(s)).equals(fix(s))}.
     */
    public static String fix(String markdown) {
        return scan(markdown, (lineNo, line, edits) -> apply(line, edits));
    }

    /** Fixes one line of plain text (no Markdown structure: no front matter, no code blocks). */
    public static String fixLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) sb.append('\n');
            sb.append(apply(lines[i], edits(lines[i])));
        }
        return sb.toString();
    }

    private interface LineHandler {
        String handle(int lineNo, String line, List<Edit> edits);
    }

    /** Walks the document, skipping what must stay as written, and lets the handler rewrite prose lines. */
    private static String scan(String text, LineHandler handler) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int frontMatterEnd = frontMatterEnd(lines);
        String fence = null;
        String htmlBlockEnd = null;
        boolean inComment = false;
        boolean prevBlank = true;
        boolean prevIndentedCode = false;
        boolean listContext = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            boolean cr = raw.endsWith("\r");
            String line = cr ? raw.substring(0, raw.length() - 1) : raw;
            String result = line;
            boolean blank = line.isBlank();
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            boolean indentedCode = false;
            if (i < frontMatterEnd) {
                // front matter: left as written
            } else if (fence != null) {
                if (isFenceClose(line, fence)) fence = null;
            } else if (htmlBlockEnd != null) {
                if (line.toLowerCase(java.util.Locale.ROOT).contains(htmlBlockEnd)) htmlBlockEnd = null;
            } else if (inComment) {
                if (line.contains("-->")) inComment = false;
            } else {
                String lead = line.stripLeading();
                char first = lead.isEmpty() ? ' ' : lead.charAt(0);
                Matcher fo = first == '`' || first == '~' ? FENCE_OPEN.matcher(line) : null;
                Matcher ho = first == '<' ? HTML_BLOCK_OPEN.matcher(line) : null;
                if (fo != null && fo.matches() && !(fo.group(1).charAt(0) == '`' && fo.group(2).contains("`"))) {
                    fence = fo.group(1);
                } else if (indented && (prevBlank || prevIndentedCode) && !listContext) {
                    indentedCode = true;
                } else if (ho != null && ho.find()) {
                    String end = "</" + ho.group(1).toLowerCase(java.util.Locale.ROOT) + ">";
                    if (!line.toLowerCase(java.util.Locale.ROOT).contains(end)) htmlBlockEnd = end;
                } else if (line.stripLeading().startsWith("<!--") && !line.contains("-->")) {
                    inComment = true;
                } else if (!blank) {
                    result = handler.handle(i + 1, line, edits(line));
                }
                if (!blank && !indented) listContext = (first == '-' || first == '+' || first == '*'
                        || Character.isDigit(first)) && LIST_ITEM.matcher(line).find();
            }
            prevIndentedCode = indentedCode || (prevIndentedCode && blank);
            prevBlank = blank;
            if (i > 0) out.append('\n');
            out.append(result);
            if (cr) out.append('\r');
        }
        return out.toString();
    }

    /** Index of the first line after the front matter (0 when there is none or it is never closed). */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].stripTrailing().equals("---")) return 0;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) return i + 1;
        }
        return 0;
    }

    private static boolean isFenceClose(String line, String fence) {
        String t = line.strip();
        if (line.length() - line.stripLeading().length() > 3) return false;
        if (t.length() < fence.length()) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) != fence.charAt(0)) return false;
        return true;
    }

    /** A replacement at {@code index}, removing {@code spacesBefore} and {@code spacesAfter} ASCII spaces around it. */
    private record Edit(int index, char replacement, int spacesBefore, int spacesAfter) {
    }

    private static String apply(String line, List<Edit> edits) {
        if (edits.isEmpty()) return line;
        boolean[] drop = new boolean[line.length()];
        char[] chars = line.toCharArray();
        for (Edit e : edits) {
            chars[e.index] = e.replacement;
            for (int k = 1; k <= e.spacesBefore; k++) drop[e.index - k] = true;
            for (int k = 1; k <= e.spacesAfter; k++) drop[e.index + k] = true;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < chars.length; i++) if (!drop[i]) sb.append(chars[i]);
        return sb.toString();
    }

    /** The edits for one prose line. */
    static List<Edit> edits(String line) {
        if (!hasCandidate(line)) return List.of();
        boolean[] protectedChar = protectedRanges(line);
        List<Edit> edits = new ArrayList<>();
        // runs of , ; : ? !
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (protectedChar[i] || RUN_MARKS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < line.length() && !protectedChar[end] && RUN_MARKS.indexOf(line.charAt(end)) >= 0) end++;
            int left = neighbourLeft(line, protectedChar, i);
            int right = neighbourRight(line, protectedChar, end - 1);
            int lc = throughQuote(line, protectedChar, left, -1, codePointLeft(line, protectedChar, i));
            int rc = throughQuote(line, protectedChar, right, +1, codePointRight(line, protectedChar, end - 1));
            boolean clause = end - i == 1 && ",;:".indexOf(c) >= 0;
            boolean convert = (isHan(lc) && (isHan(rc) || isChinesePunctuation(rc) || rc == -1))
                    || (isChinesePunctuation(lc) && isHan(rc))
                    // a clause mark between a Chinese word and a number: 附件:2023年, 占27.6%,其中
                    || (clause && ((isHan(lc) && isNumeric(rc)) || (isNumeric(lc) && isHan(rc))));
            if (convert) {
                for (int k = i; k < end; k++) {
                    int before = k == i ? spacesBefore(line, i, left) : 0;
                    int after = k == end - 1 ? spacesAfter(line, end - 1, right) : 0;
                    edits.add(new Edit(k, fullWidth(line.charAt(k)), before, after));
                }
            }
            i = end;
        }
        parentheses(line, protectedChar, edits);
        edits.sort((a, b) -> Integer.compare(a.index, b.index));
        return edits;
    }

    private static void parentheses(String line, boolean[] protectedChar, List<Edit> edits) {
        Deque<Integer> open = new ArrayDeque<>();
        List<int[]> pairs = new ArrayList<>();
        List<Integer> unmatchedClose = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (protectedChar[i]) continue;
            char c = line.charAt(i);
            if (c == '(') open.push(i);
            else if (c == ')') {
                if (open.isEmpty()) unmatchedClose.add(i);
                else pairs.add(new int[] {open.pop(), i});
            }
        }
        for (int[] p : pairs) {
            int o = p[0];
            int c = p[1];
            int lc = codePointLeft(line, protectedChar, o);
            int rc = codePointRight(line, protectedChar, c);
            boolean hanInside = false;
            for (int k = o + 1; k < c; k++) {
                if (isHan(line.charAt(k))) {
                    hanInside = true;
                    break;
                }
            }
            boolean wordLeft = lc >= 0 && lc < 128 && Character.isLetterOrDigit(lc);
            boolean wordRight = rc >= 0 && rc < 128 && Character.isLetterOrDigit(rc);
            boolean convert = hanInside ? !(wordLeft && wordRight)
                    : isHan(lc) && (isHan(rc) || isChinesePunctuation(rc) || rc == -1);
            if (convert) {
                edits.add(new Edit(o, '（', spacesBefore(line, o, neighbourLeft(line, protectedChar, o)), 0));
                int right = neighbourRight(line, protectedChar, c);
                edits.add(new Edit(c, '）', 0, right < line.length() && isHanOrPunct(line.codePointAt(right))
                        ? spacesAfter(line, c, right) : 0));
            }
        }
        for (int o : open) {
            int lc = codePointLeft(line, protectedChar, o);
            int rc = o + 1 < line.length() ? line.codePointAt(o + 1) : -1;
            if (isHan(rc) && (lc == -1 || isHanOrPunct(lc))) edits.add(new Edit(o, '（', 0, 0));
        }
        for (int c : unmatchedClose) {
            int lc = c > 0 ? line.codePointBefore(c) : -1;
            int rc = codePointRight(line, protectedChar, c);
            if (isHanOrPunct(lc) && (rc == -1 || isHanOrPunct(rc))) edits.add(new Edit(c, '）', 0, 0));
        }
    }

    /** Index of the nearest meaningful character left of {@code i}, skipping spaces and emphasis markers; -1 at line start. */
    private static int neighbourLeft(String line, boolean[] protectedChar, int i) {
        int k = i - 1;
        while (k >= 0 && !protectedChar[k] && isSkippable(line.charAt(k))) k--;
        return k;
    }

    /** Index of the nearest meaningful character right of {@code i}; {@code line.length()} at line end. */
    private static int neighbourRight(String line, boolean[] protectedChar, int i) {
        int k = i + 1;
        while (k < line.length() && !protectedChar[k] && isSkippable(line.charAt(k))) k++;
        return k;
    }

    private static int codePointLeft(String line, boolean[] protectedChar, int i) {
        int k = neighbourLeft(line, protectedChar, i);
        if (k < 0) return -1;
        return protectedChar[k] ? '`' : line.codePointBefore(k + 1);
    }

    private static int codePointRight(String line, boolean[] protectedChar, int i) {
        int k = neighbourRight(line, protectedChar, i);
        if (k >= line.length()) return -1;
        return protectedChar[k] ? '`' : line.codePointAt(k);
    }

    /**
     * ASCII quotes and brackets are transparent when they hug Chinese text ({@code 安全"十不准",请}): the code point
     * seen through them, or {@code seen} when they do not.
     */
    private static int throughQuote(String line, boolean[] protectedChar, int at, int direction, int seen) {
        if ("\"')]([".indexOf(seen) < 0 || at < 0 || at >= line.length()) return seen;
        int k = at + direction;
        if (k < 0 || k >= line.length() || protectedChar[k]) return seen;
        int beyond = line.codePointAt(k);
        if (Character.isLowSurrogate(line.charAt(k)) && k > 0) beyond = line.codePointBefore(k + 1);
        boolean opening = "\"'([".indexOf(seen) >= 0;
        // a closing mark is seen through to the left, an opening one to the right; straight quotes both ways
        if (seen == '"' || seen == '\'' || (direction < 0) != opening) return isHan(beyond) ? beyond : seen;
        return seen;
    }

    /** Digits and the signs that follow numbers ({@code %}, {@code ‰}, {@code ℃}, {@code °}). */
    private static boolean isNumeric(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '%' || cp == '‰' || cp == '℃' || cp == '°';
    }

    private static boolean isSkippable(char c) {
        return c == ' ' || c == '*' || c == '_' || c == '~';
    }

    /** Number of ASCII spaces directly before index {@code i} (stopping at {@code left}, the neighbour). */
    private static int spacesBefore(String line, int i, int left) {
        int n = 0;
        for (int k = i - 1; k > left && line.charAt(k) == ' '; k--) n++;
        return left < 0 && n == i ? 0 : n; // keep indentation at line start
    }

    private static int spacesAfter(String line, int i, int right) {
        int n = 0;
        for (int k = i + 1; k < right && line.charAt(k) == ' '; k++) n++;
        return n;
    }

    /** Fast path: most lines of Chinese text contain none of the marks at all. */
    private static boolean hasCandidate(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case ',', ';', ':', '?', '!', '(', ')' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean[] protectedRanges(String line) {
        boolean[] p = new boolean[line.length()];
        // inline code spans: a run of n backticks up to the next run of exactly n
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int n = 0;
            while (i + n < line.length() && line.charAt(i + n) == '`') n++;
            int close = findBacktickRun(line, i + n, n);
            if (close < 0) {
                i += n;
                continue;
            }
            mark(p, i, close + n);
            i = close + n;
        }
        if (line.indexOf('<') >= 0) markAll(p, TAG.matcher(line));
        if (line.contains("://") || line.contains("www.") || line.contains("WWW.")) {
            markAll(p, URL.matcher(line));
        }
        if (line.indexOf('@') >= 0) markAll(p, EMAIL.matcher(line));
        // link targets: ](...) with balanced parentheses
        for (int k = line.indexOf("]("); k >= 0; k = line.indexOf("](", k + 1)) {
            if (p[k]) continue;
            int depth = 0;
            int end = k + 1;
            for (; end < line.length(); end++) {
                char c = line.charAt(end);
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) break;
            }
            mark(p, k + 1, Math.min(end + 1, line.length()));
        }
        if (line.indexOf("]:") >= 0) {
            Matcher ref = REFERENCE_DEFINITION.matcher(line);
            if (ref.find()) mark(p, ref.end() - 1, line.length());
        }
        return p;
    }

    private static int findBacktickRun(String line, int from, int n) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int m = 0;
            while (i + m < line.length() && line.charAt(i + m) == '`') m++;
            if (m == n) return i;
            i += m;
        }
        return -1;
    }

    private static void markAll(boolean[] p, Matcher m) {
        while (m.find()) mark(p, m.start(), m.end());
    }

    private static void mark(boolean[] p, int from, int to) {
        for (int k = from; k < to; k++) p[k] = true;
    }

    private static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            case '(' -> '（';
            case ')' -> '）';
            default -> c;
        };
    }

    /** A Chinese (Han) character. */
    static boolean isHan(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Punctuation that only appears in Chinese text: CJK symbols, full-width forms, curly quotes, ellipsis, dash. */
    static boolean isChinesePunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
                || (cp >= 0x2018 && cp <= 0x201D) || cp == 0x2026 || cp == 0x2014 || cp == 0x00B7;
    }

    private static boolean isHanOrPunct(int cp) {
        return isHan(cp) || isChinesePunctuation(cp);
    }
}
