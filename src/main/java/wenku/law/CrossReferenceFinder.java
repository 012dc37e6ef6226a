package wenku.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations of laws in plain text and resolves them against a {@link LawIndex}.
 *
 * <p>What counts as a citation:
 * <ul>
 *   <li>a title in 《》 ({@code 《中华人民共和国安全生产法》}, {@code 《安全生产法》},
 *       {@code 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》}); a title the site does not have is
 *       reported as unresolved only when it {@linkplain LawTitles#looksLikeLawTitle looks like a law}, so that
 *       《汽车销售合同》 is not;</li>
 *   <li>{@code 第N条} (with {@code 之一}, {@code 第M款}, {@code 第K项}) right after such a title, or right after a
 *       known title written without 《》 ({@code 依照民事诉讼法第二百条}, {@code 刑法第十七条});</li>
 *   <li>{@code 本法第N条} (also 本条例, 本规定, 本办法, 本解释 …): an article of the citing text itself;</li>
 *   <li>{@code 该法第N条}: an article of the law cited last before it in the same text;</li>
 *   <li>further articles in a list: {@code 第十条、第十一条和第十二条}, {@code 第十条至第十二条}.</li>
 * </ul>
 * Any other {@code 第N条} is left alone: without a law next to it, it may be an article of a contract.
 *
 * <p>Immutable and thread safe if the index is.
 */
public final class CrossReferenceFinder {
    private static final String N = ArticleNumber.NUMBER_CHARS;
    private static final Pattern ARTICLE = Pattern.compile(
            "第(" + N + "{1,8})条(?:之(" + N + "{1,3}))?"
                    + "(?:第" + N + "{1,4}款(?:[、和及]第" + N + "{1,4}款)*)?"
                    + "(?:第[（(]?" + N + "{1,4}[）)]?项(?:[、和及]第[（(]?" + N + "{1,4}[）)]?项)*)?");
    private static final String[] SELF = {
            "本法", "本法典", "本条例", "本规定", "本办法", "本细则", "本规则", "本解释", "本决定", "本准则", "本规程",
            "本章程", "本编", "本章", "本节"};
    private static final String[] THAT = {"该法", "同法", "该条例", "该规定", "该办法", "该解释", "该决定"};
    private static final String[] LIST = {"、", "和", "或者", "或", "及", "以及", "至", "到", "与"};
    private static final int LONGEST_TITLE = 150;

    private final LawIndex index;

    public CrossReferenceFinder(LawIndex index) {
        this.index = index;
    }

    /**
     * The citations in {@code text}, resolved and unresolved, in order, not overlapping.
     *
     * @param text  plain text (one paragraph or a whole page)
     * @param citer the document the text belongs to: its date chooses the version of a cited law, and it is
     *              what 本法 means
     */
    public List<CrossReference> find(String text, LawIndex.CitingDocument citer) {
        List<CrossReference> out = new ArrayList<>();
        List<int[]> titles = bracketedTitles(text);
        int t = 0;                          // next title span to emit
        CrossReference previous = null;     // the last reference emitted, for lists such as 第十条、第十一条
        String lastTitle = null;            // the last law cited, for 该法第N条
        Matcher m = ARTICLE.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int s = m.start();
            from = m.end();
            int[] enclosing = enclosingTitle(titles, s);
            if (enclosing != null) {
                from = Math.max(from, enclosing[1]);
                continue;
            }
            while (t < titles.size() && titles.get(t)[1] <= s) {
                CrossReference law = lawReference(text, titles.get(t), citer);
                if (law != null) {
                    out.add(law);
                    previous = law;
                    if (law.target() != null) lastTitle = law.title();
                }
                t++;
            }
            Optional<ArticleNumber> number = ArticleNumber.fromGroups(m.group(1), m.group(2));
            if (number.isEmpty()) continue;
            ArticleNumber a = number.get();
            CrossReference ref = null;
            if (previous != null && previous.kind() == CrossReference.Kind.LAW && onlySpaces(text, previous.end(), s)) {
                ref = articleOf(previous.title(), s, m.end(), a, citer);
            } else if (endsWithAny(text, s, SELF) != null) {
                ref = new CrossReference(s, m.end(), CrossReference.Kind.SELF_ARTICLE, null, a,
                        index.resolveSelf(a, citer).orElse(null));
            } else if (previous != null && previous.kind() != CrossReference.Kind.LAW
                    && isListSeparator(text, previous.end(), s)) {
                ref = previous.kind() == CrossReference.Kind.SELF_ARTICLE
                        ? new CrossReference(s, m.end(), CrossReference.Kind.SELF_ARTICLE, null, a,
                        index.resolveSelf(a, citer).orElse(null))
                        : previous.title() == null ? null : articleOf(previous.title(), s, m.end(), a, citer);
            } else if (lastTitle != null && endsWithAny(text, s, THAT) != null) {
                ref = articleOf(lastTitle, s, m.end(), a, citer);
            } else {
                int len = index.bareTitleEndingAt(text, s);
                if (len > 0 && !insideAny(titles, s - len)) {
                    String title = text.substring(s - len, s);
                    ref = articleOf(title, s - len, m.end(), a, citer);
                    if (ref.target() != null) lastTitle = title;
                }
            }
            if (ref != null) {
                out.add(ref);
                previous = ref;
            }
        }
        for (; t < titles.size(); t++) {
            CrossReference law = lawReference(text, titles.get(t), citer);
            if (law != null) out.add(law);
        }
        return out;
    }

    /** A 《title》 span as a reference, or null when it is unknown and does not look like a law. */
    private CrossReference lawReference(String text, int[] span, LawIndex.CitingDocument citer) {
        String title = text.substring(span[0] + 1, span[1] - 1);
        LawIndex.Target target = index.resolve(title, null, citer).orElse(null);
        if (target == null && !LawTitles.looksLikeLawTitle(title)) return null;
        return new CrossReference(span[0], span[1], CrossReference.Kind.LAW, title, null, target);
    }

    private CrossReference articleOf(String title, int start, int end, ArticleNumber a, LawIndex.CitingDocument citer) {
        LawIndex.Target target = index.resolve(title, a, citer).orElse(null);
        return new CrossReference(start, end, CrossReference.Kind.ARTICLE, title, a, target);
    }

    /** Spans {start, end} of the outermost 《…》 of the text, end just after 》. */
    private static List<int[]> bracketedTitles(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != '《') {
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            for (; j < n && j - i <= LONGEST_TITLE; j++) {
                char c = text.charAt(j);
                if (c == '\n') break;
                if (c == '《') depth++;
                else if (c == '》' && --depth == 0) break;
            }
            if (j < n && depth == 0 && j > i + 1) {
                spans.add(new int[] {i, j + 1});
                i = j + 1;
            } else {
                i++;
            }
        }
        return spans;
    }

    private static int[] enclosingTitle(List<int[]> titles, int pos) {
        for (int[] s : titles) {
            if (s[0] < pos && pos < s[1]) return s;
            if (s[0] >= pos) break;
        }
        return null;
    }

    private static boolean insideAny(List<int[]> titles, int pos) {
        return enclosingTitle(titles, pos) != null;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') return false;
        }
        return from <= to;
    }

    private static boolean isListSeparator(String text, int from, int to) {
        if (from > to) return false;
        String between = text.substring(from, to).strip();
        for (String sep : LIST) if (between.equals(sep)) return true;
        return false;
    }

    private static String endsWithAny(String text, int end, String[] words) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) return w;
        }
        return null;
    }
}
