package wenku.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a page's keyword line into tags.
 *
 * <p>Separated keywords ({@code 煤矿安全；风险分级管控}) are taken as written. Web pages that render keywords as
 * adjacent links lose the separators when copied: {@code 关键词:创先争优服务型广大党员}. Such a run-together piece
 * (one that does not itself occur in the article) is cut into the fewest pieces that each occur in the article
 * text, preferring the longest first piece. Each recovered piece is then snapped to the term the article
 * actually uses:
 * <ul>
 *   <li>a leading generic quantifier ({@code 广大}, {@code 全体}, {@code 各级} …) is dropped when what remains
 *       occurs in the text: {@code 广大党员} → {@code 党员};</li>
 *   <li>a fragment is completed to the longer phrase that most of its occurrences continue into
 *       (its majority right-continuation in the text, at least three times): {@code 服务型} is followed by
 *       {@code 党组织} in 11 of its 18 occurrences, so it becomes {@code 服务型党组织}.</li>
 * </ul>
 * Stateless.
 */
final class KeywordTags {
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，、|｜\\s]+");
    private static final List<String> QUANTIFIERS = List.of(
            "广大", "全体", "各级", "各类", "各位", "所有", "全部", "有关", "相关", "部分", "一些", "众多", "广大的");
    private static final String NOT_WORD_END = "的了和与及等或是在对把被";
    private static final int MIN_RUN_TOGETHER = 5;
    private static final int MIN_COMPLETION_COUNT = 3;
    private static final int MAX_COMPLETION_CHARS = 6;

    private KeywordTags() {
    }

    /**
     * @param keywordLine the value of the 关键词 line
     * @param text        the article text (title, headings and paragraphs) the keywords are checked against
     */
    static List<String> derive(String keywordLine, String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String piece : SEPARATORS.split(keywordLine.strip())) {
            if (piece.isEmpty()) continue;
            if (piece.codePointCount(0, piece.length()) < MIN_RUN_TOGETHER || text.contains(piece) || !isHan(piece)) {
                tags.add(piece);
                continue;
            }
            List<String> parts = segment(piece, text);
            if (parts == null || parts.size() < 2) {
                tags.add(piece);
                continue;
            }
            for (String p : parts) tags.add(snap(p, text));
        }
        return List.copyOf(tags);
    }

    /** The fewest pieces of at least two characters that each occur in the text; {@code null} when impossible. */
    static List<String> segment(String piece, String text) {
        return segment(piece, 0, text, new HashMap<>());
    }

    private static List<String> segment(String piece, int from, String text, Map<Integer, List<String>> memo) {
        if (from == piece.length()) return List.of();
        if (memo.containsKey(from)) return memo.get(from);
        List<String> best = null;
        for (int end = piece.length(); end >= from + 2; end--) {
            String head = piece.substring(from, end);
            if (!text.contains(head)) continue;
            List<String> rest = segment(piece, end, text, memo);
            if (rest == null) continue;
            if (best == null || rest.size() + 1 < best.size()) {
                List<String> l = new ArrayList<>();
                l.add(head);
                l.addAll(rest);
                best = l;
            }
        }
        memo.put(from, best);
        return best;
    }

    /** Drops a leading quantifier and completes a fragment to its majority continuation in the text. */
    static String snap(String piece, String text) {
        String s = piece;
        for (String q : QUANTIFIERS) {
            if (s.startsWith(q) && s.length() - q.length() >= 2 && text.contains(s.substring(q.length()))) {
                s = s.substring(q.length());
                break;
            }
        }
        int base = count(text, s);
        if (base < MIN_COMPLETION_COUNT) return s;
        String e = s;
        for (int k = 0; k < MAX_COMPLETION_CHARS; k++) {
            Map<Character, Integer> next = new HashMap<>();
            for (int i = text.indexOf(e); i >= 0; i = text.indexOf(e, i + e.length())) {
                int after = i + e.length();
                if (after < text.length() && isHan(text.charAt(after))) next.merge(text.charAt(after), 1, Integer::sum);
            }
            Map.Entry<Character, Integer> top = next.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElse(null);
            if (top == null || top.getValue() < MIN_COMPLETION_COUNT || top.getValue() * 2 <= base) break;
            e = e + top.getKey();
        }
        while (e.length() > s.length() && NOT_WORD_END.indexOf(e.charAt(e.length() - 1)) >= 0) {
            e = e.substring(0, e.length() - 1);
        }
        return e;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) n++;
        return n;
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(KeywordTags::isHan);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
