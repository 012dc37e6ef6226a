package wenku.law;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>further articles in a list: {@code 第十条、第十一条和第十二条}, {@code 第十条至第十二条};</li>
 *   <li>in the text of a law, a bare {@code 第N条} after ，。；：（ or a word such as 依照, 违反, 适用
 *       ({@code 违反第二十条规定的}): an article of that law, when it has one (not in amendments, whose
 *       bare numbers are the amended law's, and not at the start of a block, where a number is the article's
 *       own).</li>
 * </ul>
 * Any other {@code 第N条} is left alone: after a name that is not a known law ({@code 合同法第五十二条} when the
 * site has no 合同法) it is an article of that law, and outside laws it may be an article of a contract.
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
    /** Words after which a bare 第N条 in a law is one of its own articles ({@code 依照第十条}, {@code 违反第十条}). */
    private static final String[] OWN_BEFORE = {
            "依照", "依据", "按照", "根据", "违反", "适用", "参照", "执行", "遵守", "符合", "属于", "具有", "有", "依", "按",
            "照", "除", "即", "对", "经", "在"};
    private static final Pattern ALIAS = Pattern.compile(
            "[（(][^（）()]{0,40}?(?:以下)?简称[“\"]?(?:《([^》]{1,20})》|([^）)”\"，,、。《]{2,12}))[”\"]?[）)]");

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
        return new Scan(text, citer).run();
    }

    /** The state of one call of {@link #find}. */
    private final class Scan {
        private final String text;
        private final LawIndex.CitingDocument citer;
        private final List<CrossReference> out = new ArrayList<>();
        private final List<int[]> titles;
        /** Abbreviations the text defines (以下简称《解释》): match key of the abbreviation → full title. */
        private final Map<String, String> aliases = new HashMap<>();
        /** Abbreviations without 《》 (以下简称民诉法), as written. */
        private final List<String> bareAliases = new ArrayList<>();
        private int nextTitle;                // next 《》 span to emit
        private CrossReference previous;      // the last reference emitted, for lists such as 第十条、第十一条
        private String lastTitle;             // the last law cited, for 该法第N条

        Scan(String text, LawIndex.CitingDocument citer) {
            this.text = text;
            this.citer = citer;
            this.titles = bracketedTitles(text);
        }

        List<CrossReference> run() {
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
                emitTitlesBefore(s);
                Optional<ArticleNumber> number = ArticleNumber.fromGroups(m.group(1), m.group(2));
                if (number.isEmpty()) continue;
                CrossReference ref = article(s, m.end(), number.get());
                if (ref != null) emit(ref);
            }
            emitTitlesBefore(text.length());
            return out;
        }

        private CrossReference article(int s, int e, ArticleNumber a) {
            if (previous != null && previous.kind() == CrossReference.Kind.LAW && onlySpaces(text, previous.end(), s)) {
                return previous.title() == null ? null : articleOf(previous.title(), s, e, a);
            }
            if (endsWithAny(text, s, SELF) != null) return self(s, e, a);
            if (previous != null && previous.kind() != CrossReference.Kind.LAW && isListSeparator(text, previous.end(), s)) {
                return previous.kind() == CrossReference.Kind.SELF_ARTICLE ? self(s, e, a)
                        : articleOf(previous.title(), s, e, a);
            }
            if (lastTitle != null && endsWithAny(text, s, THAT) != null) return articleOf(lastTitle, s, e, a);
            for (String alias : bareAliases) {
                if (s >= alias.length() && text.startsWith(alias, s - alias.length()) && !insideAny(titles, s - alias.length())) {
                    return articleOf(aliases.get(LawTitles.matchKey(alias)), s - alias.length(), e, a);
                }
            }
            int len = index.bareTitleEndingAt(text, s);
            if (len > 0 && !insideAny(titles, s - len)) return articleOf(text.substring(s - len, s), s - len, e, a);
            if (!ownArticleContext(s)) return null;
            LawIndex.Target own = index.resolveOwnArticle(a, citer).orElse(null);
            return own == null ? null : new CrossReference(s, e, CrossReference.Kind.SELF_ARTICLE, null, a, own);
        }

        /**
         * True when a bare 第N条 at {@code s} reads as an article of the text itself: not at the start of the block
         * (an article's own number), and after punctuation or a word such as 依照 (after any other character it
         * may follow a law's name the site does not know: 合同法第五十二条).
         */
        private boolean ownArticleContext(int s) {
            int i = s - 1;
            while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) i--;
            if (i < 0) return false;
            char c = text.charAt(i);
            if (c == '》' || c == '〉' || c == '）' || c == ')' || c == '”' || c == '"' || Character.isLetterOrDigit(c) && c < 0x3000) {
                return false;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return endsWithAny(text, s, OWN_BEFORE) != null;
            // after a sentence or clause mark; not after 、 (a list whose first article was not this text's is
            // handled, or left alone, by the list rule)
            return i == s - 1 && "，。；：（(".indexOf(c) >= 0;
        }

        private void emitTitlesBefore(int pos) {
            while (nextTitle < titles.size() && titles.get(nextTitle)[1] <= pos) {
                CrossReference law = lawReference(titles.get(nextTitle));
                if (law != null) {
                    emit(law);
                    if (law.isResolved()) defineAlias(law);
                }
                nextTitle++;
            }
        }

        private void emit(CrossReference ref) {
            out.add(ref);
            previous = ref;
            if (ref.isResolved() && ref.title() != null) lastTitle = ref.title();
        }

        /** A 《title》 span as a reference, or null when it is unknown and does not look like a law. */
        private CrossReference lawReference(int[] span) {
            String title = text.substring(span[0] + 1, span[1] - 1);
            LawIndex.Target target = index.resolve(title, null, citer).orElse(null);
            if (target == null && aliases.containsKey(LawTitles.matchKey(title))) {
                title = aliases.get(LawTitles.matchKey(title));
                target = index.resolve(title, null, citer).orElse(null);
            }
            if (target == null && !LawTitles.looksLikeLawTitle(title)) return null;
            return new CrossReference(span[0], span[1], CrossReference.Kind.LAW, title, null, target);
        }

        /** Reads {@code （法释〔2009〕19号，以下简称《解释》）} right after a resolved title. */
        private void defineAlias(CrossReference law) {
            Matcher m = ALIAS.matcher(text).region(law.end(), Math.min(text.length(), law.end() + 80));
            if (!m.lookingAt()) return;
            String alias = m.group(1) != null ? m.group(1) : m.group(2);
            aliases.put(LawTitles.matchKey(alias), law.title());
            if (m.group(2) != null) bareAliases.add(alias);
        }

        private CrossReference articleOf(String title, int start, int end, ArticleNumber a) {
            LawIndex.Target target = index.resolve(title, a, citer).orElse(null);
            return new CrossReference(start, end, CrossReference.Kind.ARTICLE, title, a, target);
        }

        private CrossReference self(int start, int end, ArticleNumber a) {
            return new CrossReference(start, end, CrossReference.Kind.SELF_ARTICLE, null, a,
                    index.resolveSelf(a, citer).orElse(null));
        }
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
