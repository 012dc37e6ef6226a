package wenku.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two versions of a law article by article: which articles were added, removed, changed or kept.
 *
 * <p>Amendments insert and delete articles, so the same provision often carries a different number in the newer
 * text. Articles are therefore paired by an alignment that keeps both texts in order and maximises the summed
 * similarity of the pairs (character bigrams, Dice coefficient, numbers ignored): identical articles pair
 * first, then similar ones ({@value #MIN_SIMILARITY} or more), with a small preference for equal numbers
 * (articles with the same number pair from {@value #MIN_SIMILARITY_SAME_NUMBER}). Unpaired older articles were
 * removed, unpaired newer ones added.
 *
 * <p>Stateless and thread safe.
 */
public final class ArticleDiff {
    static final double MIN_SIMILARITY = 0.4;
    static final double MIN_SIMILARITY_SAME_NUMBER = 0.25;
    private static final double SAME_NUMBER_BONUS = 0.05;
    private static final double IDENTICAL = 2.0;

    private ArticleDiff() {
    }

    /**
     * One line of a comparison. Immutable.
     *
     * @param kind       what happened to the article
     * @param older      the article in the older version, {@code null} when added
     * @param newer      the article in the newer version, {@code null} when removed
     * @param similarity how alike the two bodies are, 0…1 (1 for unchanged, 0 for added or removed)
     * @param segments   for a changed article, the character difference of the bodies (without the numbers);
     *                   empty otherwise
     */
    public record Change(Kind kind, Article older, Article newer, double similarity, List<TextDiff.Segment> segments) {
        public Change {
            segments = List.copyOf(segments);
        }

        /** True when the article kept its text (or most of it) but under another number. */
        public boolean renumbered() {
            return older != null && newer != null && !older.number().equals(newer.number());
        }
    }

    /** What happened to one article between two versions. */
    public enum Kind {
        /** Same text (numbers may differ: see {@link Change#renumbered()}). */
        UNCHANGED,
        /** Text changed. */
        CHANGED,
        /** Only in the newer version. */
        ADDED,
        /** Only in the older version. */
        REMOVED
    }

    /**
     * The comparison of two article lists, in reading order of the newer text with removed articles placed where
     * they stood.
     */
    public static List<Change> compare(List<Article> older, List<Article> newer) {
        int n = older.size();
        int m = newer.size();
        String[] ob = new String[n];
        String[] nb = new String[m];
        for (int i = 0; i < n; i++) ob[i] = normalisedBody(older.get(i));
        for (int j = 0; j < m; j++) nb[j] = normalisedBody(newer.get(j));
        Bigrams bigrams = new Bigrams();
        int[][] og = new int[n][];
        int[][] ng = new int[m][];
        for (int j = 0; j < m; j++) ng[j] = bigrams.of(nb[j]);
        for (int i = 0; i < n; i++) og[i] = bigrams.of(ob[i]);
        double[] above = new double[m + 1];          // the best scores of row i - 1 …
        double[] score = new double[m + 1];          // … and of row i (column 0 stays 0)
        byte[][] move = new byte[n + 1][m + 1];      // 1: pair, 2: skip older, 3: skip newer
        for (int i = 1; i <= n; i++) move[i][0] = 2;
        for (int j = 1; j <= m; j++) move[0][j] = 3;
        // Bigrams shared with each newer article, counted through an index of the newer ones: summing only what
        // two articles share costs a fraction of merging every pair's bigram lists (the Dice values are the same).
        int[] start = new int[bigrams.size() + 1];   // newer articles holding bigram g: holders[start[g] … start[g+1])
        for (int[] g : ng) for (int id : g) start[id + 1]++;
        for (int g = 0; g < bigrams.size(); g++) start[g + 1] += start[g];
        int[] holders = new int[start[bigrams.size()]];
        int[] fill = Arrays.copyOf(start, bigrams.size());
        for (int j = 0; j < m; j++) for (int id : ng[j]) holders[fill[id]++] = j;
        int[] common = new int[m];
        for (int i = 1; i <= n; i++) {
            Arrays.fill(common, 0);
            for (int id : og[i - 1]) {
                for (int k = start[id], end = start[id + 1]; k < end; k++) common[holders[k]]++;
            }
            for (int j = 1; j <= m; j++) {
                double best = above[j];
                byte mv = 2;
                if (score[j - 1] >= best) {      // on a tie, removed articles come before added ones
                    best = score[j - 1];
                    mv = 3;
                }
                // sharing no bigram, two bodies pair only when both are empty (then they are identical)
                double pair = common[j - 1] == 0 && !(ob[i - 1].isEmpty() && nb[j - 1].isEmpty()) ? 0
                        : pairScore(older.get(i - 1), newer.get(j - 1), ob[i - 1], nb[j - 1],
                                dice(common[j - 1], og[i - 1].length, ng[j - 1].length));
                if (pair > 0 && above[j - 1] + pair > best) {
                    best = above[j - 1] + pair;
                    mv = 1;
                }
                score[j] = best;
                move[i][j] = mv;
            }
            double[] done = above;
            above = score;
            score = done;
        }
        List<Change> reversed = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte mv = move[i][j];
            if (mv == 1) {
                Article a = older.get(i - 1);
                Article b = newer.get(j - 1);
                if (ob[i - 1].equals(nb[j - 1])) {
                    reversed.add(new Change(Kind.UNCHANGED, a, b, 1.0, List.of()));
                } else {
                    double sim = dice(bigrams.common(og[i - 1], ng[j - 1]), og[i - 1].length, ng[j - 1].length);
                    reversed.add(new Change(Kind.CHANGED, a, b, sim, TextDiff.diff(a.body(), b.body())));
                }
                i--;
                j--;
            } else if (mv == 2) {
                reversed.add(new Change(Kind.REMOVED, older.get(i - 1), null, 0, List.of()));
                i--;
            } else {
                reversed.add(new Change(Kind.ADDED, null, newer.get(j - 1), 0, List.of()));
                j--;
            }
        }
        List<Change> out = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) out.add(reversed.get(k));
        return out;
    }

    private static double pairScore(Article a, Article b, String ab, String bb, double sim) {
        if (ab.equals(bb)) return IDENTICAL;
        int la = ab.length();
        int lb = bb.length();
        if (Math.min(la, lb) * 4 < Math.max(la, lb)) return 0;   // cannot reach the threshold
        boolean sameNumber = a.number().equals(b.number());
        if (sim >= MIN_SIMILARITY) return sim + (sameNumber ? SAME_NUMBER_BONUS : 0);
        if (sameNumber && sim >= MIN_SIMILARITY_SAME_NUMBER) return sim + SAME_NUMBER_BONUS;
        return 0;
    }

    /** The body without the article number, with whitespace removed (reflowed text is not a change). */
    private static String normalisedBody(Article a) {
        String body = a.body();
        int i = 0;
        while (i < body.length() && !isSpace(body.charAt(i))) i++;
        if (i == body.length()) return body;
        StringBuilder sb = new StringBuilder(body.length());
        sb.append(body, 0, i);
        for (; i < body.length(); i++) if (!isSpace(body.charAt(i))) sb.append(body.charAt(i));
        return sb.toString();
    }

    /** {@code [\\s\\u3000]}: the characters {@link #normalisedBody} drops. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
    }

    /**
     * The distinct character bigrams of the texts of one comparison, numbered as they are met: a text's bigram set
     * is the array of their numbers. A bigram is two 21-bit code points, {@code first << 21 | second}; a text of one
     * code point has that code point as its only "bigram", an empty text none.
     *
     * <p>One instance per comparison, used by one thread.
     */
    private static final class Bigrams {
        private long[] keys = new long[1024];     // open addressing: the bigram …
        private int[] ids = new int[1024];        // … and its number + 1 (0: empty slot)
        private int size;
        private int[] mark = new int[1024];       // by number: the set that last met it, for de-duplicating
        private int sets;
        private int[] buffer = new int[256];

        int size() {
            return size;
        }

        /** The numbers of the distinct bigrams of {@code s}, in order of first occurrence. */
        int[] of(String s) {
            int set = ++sets;
            int count = 0;
            int previous = -1;
            int codePoints = 0;
            for (int i = 0; i < s.length(); codePoints++) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (previous >= 0) count = add(((long) previous << 21) | c, set, count);
                previous = c;
            }
            if (codePoints == 1) count = add(previous, set, count);
            return Arrays.copyOf(buffer, count);
        }

        private int add(long key, int set, int count) {
            int id = id(key);
            if (mark[id] != set) {
                mark[id] = set;
                if (count == buffer.length) buffer = Arrays.copyOf(buffer, count * 2);
                buffer[count++] = id;
            }
            return count;
        }

        private int id(long key) {
            int mask = keys.length - 1;
            int slot = slot(key) & mask;
            while (ids[slot] != 0) {
                if (keys[slot] == key) return ids[slot] - 1;
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            ids[slot] = ++size;
            if (size == mark.length) mark = Arrays.copyOf(mark, size * 2);
            if (size * 2 > keys.length) grow();
            return size - 1;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            keys = new long[oldKeys.length * 2];
            ids = new int[oldIds.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldIds[k] == 0) continue;
                int slot = slot(oldKeys[k]) & mask;
                while (ids[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[k];
                ids[slot] = oldIds[k];
            }
        }

        /** How many bigrams two sets share. */
        int common(int[] a, int[] b) {
            int set = ++sets;
            for (int id : a) mark[id] = set;
            int common = 0;
            for (int id : b) if (mark[id] == set) common++;
            return common;
        }
    }

    /** Dice coefficient of two bigram sets of the given sizes that share {@code common} bigrams. */
    private static double dice(int common, int a, int b) {
        if (a + b == 0) return 1;
        return 2.0 * common / (a + b);
    }
}
