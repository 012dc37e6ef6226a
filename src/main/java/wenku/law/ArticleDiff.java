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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");

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
        String[] ob = older.stream().map(ArticleDiff::normalisedBody).toArray(String[]::new);
        String[] nb = newer.stream().map(ArticleDiff::normalisedBody).toArray(String[]::new);
        long[][] og = Arrays.stream(ob).map(ArticleDiff::bigrams).toArray(long[][]::new);
        long[][] ng = Arrays.stream(nb).map(ArticleDiff::bigrams).toArray(long[][]::new);
        double[][] score = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];      // 1: pair, 2: skip older, 3: skip newer
        for (int i = 1; i <= n; i++) move[i][0] = 2;
        for (int j = 1; j <= m; j++) move[0][j] = 3;
        // Bigrams shared with each newer article, counted through an index of the newer ones: summing only what
        // two articles share costs a fraction of merging every pair's bigram lists (the Dice values are the same).
        long[] postings = postings(ng);
        int[] common = new int[m];
        for (int i = 1; i <= n; i++) {
            Arrays.fill(common, 0);
            for (long g : og[i - 1]) {
                int at = Arrays.binarySearch(postings, g << 20);
                for (at = at < 0 ? -at - 1 : at; at < postings.length && postings[at] >>> 20 == g; at++) {
                    common[(int) (postings[at] & 0xFFFFF)]++;
                }
            }
            for (int j = 1; j <= m; j++) {
                double best = score[i - 1][j];
                byte mv = 2;
                if (score[i][j - 1] >= best) {      // on a tie, removed articles come before added ones
                    best = score[i][j - 1];
                    mv = 3;
                }
                // sharing no bigram, two bodies pair only when both are empty (then they are identical)
                double pair = common[j - 1] == 0 && !(ob[i - 1].isEmpty() && nb[j - 1].isEmpty()) ? 0
                        : pairScore(older.get(i - 1), newer.get(j - 1), ob[i - 1], nb[j - 1],
                                dice(common[j - 1], og[i - 1].length, ng[j - 1].length));
                if (pair > 0 && score[i - 1][j - 1] + pair > best) {
                    best = score[i - 1][j - 1] + pair;
                    mv = 1;
                }
                score[i][j] = best;
                move[i][j] = mv;
            }
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
                    double sim = dice(og[i - 1], ng[j - 1]);
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
        return SPACES.matcher(a.body()).replaceAll("");
    }

    /** The distinct character bigrams of a text, sorted. */
    static long[] bigrams(String s) {
        int[] cp = new int[s.length()]; // the code points (a loop: the stream is slow before the JIT warms up)
        int len = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            cp[len++] = c;
            i += Character.charCount(c);
        }
        if (len < cp.length) cp = Arrays.copyOf(cp, len);
        if (cp.length < 2) return cp.length == 1 ? new long[] {cp[0]} : new long[0];
        long[] g = new long[cp.length - 1];
        for (int i = 0; i + 1 < cp.length; i++) g[i] = ((long) cp[i] << 21) | cp[i + 1];
        Arrays.sort(g);
        int k = 0;
        for (int i = 0; i < g.length; i++) if (i == 0 || g[i] != g[i - 1]) g[k++] = g[i];
        return Arrays.copyOf(g, k);
    }

    /**
     * Every (bigram, article) pair of the articles' bigram sets as {@code bigram << 20 | article}, sorted: the
     * articles holding a bigram are a run found by binary search. (Bigrams are two 21-bit code points, so 42 bits.)
     */
    private static long[] postings(long[][] grams) {
        if (grams.length >= 1 << 20) throw new IllegalArgumentException("too many articles: " + grams.length);
        int total = 0;
        for (long[] g : grams) total += g.length;
        long[] out = new long[total];
        int k = 0;
        for (int j = 0; j < grams.length; j++) for (long g : grams[j]) out[k++] = g << 20 | j;
        Arrays.sort(out);
        return out;
    }

    /** Dice coefficient of two bigram sets of the given sizes that share {@code common} bigrams. */
    private static double dice(int common, int a, int b) {
        if (a + b == 0) return 1;
        return 2.0 * common / (a + b);
    }

    /** Dice coefficient of two sorted bigram sets. */
    static double dice(long[] a, long[] b) {
        if (a.length + b.length == 0) return 1;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
