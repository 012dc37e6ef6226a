package wenku.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides which paragraphs of a document start its articles.
 *
 * <p>A paragraph that begins with {@code 第N条} does not always start article N: amendment decisions and
 * interpretations quote articles of other texts, and a sentence may begin with a citation ({@code 第十条规定的…}).
 * Quoted paragraphs that open with a quotation mark are never candidates (see {@link ArticleHead#parse}). Among
 * the remaining candidates the detector keeps the chain of strictly increasing numbers that explains the
 * document best: every article kept scores {@value #ARTICLE_SCORE}, every step that is not the direct
 * successor (第五条 → 第八十条) costs {@value #GAP_COST}. A quoted 第八十条 between 第五条 and 第六条 is dropped,
 * because keeping it would drop 第六条 … 第七十九条; a text that really skips numbers (a typo, or an excerpt
 * that gives one article per chapter) keeps them, and the gaps are reported. A candidate without a space
 * after its number ({@code 第十条规定…}) is kept only as the direct successor of the previous article (or as
 * 第一条).
 *
 * <p>The chain need not start at 第一条: the books of the Civil Code start at 第四百六十三条 and so on.
 *
 * <p>Stateless and thread safe.
 */
public final class ArticleDetector {
    static final int ARTICLE_SCORE = 2;
    static final int GAP_COST = 1;

    private ArticleDetector() {
    }

    /** Detects the article starts among {@code paragraphs}, given in reading order as plain text. */
    public static ArticleSequence detect(List<String> paragraphs) {
        List<ArticleSequence.Found> candidates = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<ArticleHead> head = ArticleHead.parse(paragraphs.get(i));
            if (head.isPresent()) candidates.add(new ArticleSequence.Found(i, head.get()));
        }
        int k = candidates.size();
        int[] best = new int[k];
        int[] prev = new int[k];
        chains(candidates, best, prev);
        int end = -1;
        for (int i = 0; i < k; i++) {
            if (best[i] != Integer.MIN_VALUE && (end < 0 || best[i] > best[end])) end = i;
        }
        boolean[] inChain = new boolean[k];
        for (int i = end; i >= 0; i = prev[i]) inChain[i] = true;
        List<ArticleSequence.Found> articles = new ArrayList<>();
        List<ArticleSequence.Found> rejected = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            (inChain[i] ? articles : rejected).add(candidates.get(i));
        }
        return new ArticleSequence(articles, rejected);
    }

    /**
     * The best chain ending at each candidate: its score ({@code Integer.MIN_VALUE} when the candidate cannot be
     * in a chain) and the candidate before it ({@code -1} when it starts the chain).
     *
     * <p>For candidate i, every earlier candidate j with a smaller number could come before it: a direct predecessor
     * ({@link ArticleNumber#isFollowedBy}) for {@code best[j] + ARTICLE_SCORE}, any other for one gap less; a weak
     * candidate (no space after its number) takes only direct predecessors. The best score wins, the later j among
     * equals, and starting a new chain wins a tie with a predecessor. Rather than trying every j (quadratic in the
     * number of articles: the Civil Code has 1,260), the best j of each kind is looked up: the best of all smaller
     * numbers in a prefix maximum over the numbers in order (a Fenwick tree), the best direct predecessor by number.
     * A direct predecessor found as the best of all smaller numbers is counted with its gap, but then the lookup of
     * direct predecessors finds it (or a better one) too, at a score one higher.
     */
    private static void chains(List<ArticleSequence.Found> candidates, int[] best, int[] prev) {
        int k = candidates.size();
        ArticleNumber[] numbers = new ArticleNumber[k];
        for (int i = 0; i < k; i++) numbers[i] = candidates.get(i).head().number();
        ArticleNumber[] sorted = numbers.clone();
        Arrays.sort(sorted);
        int d = 0;
        for (ArticleNumber n : sorted) if (d == 0 || !sorted[d - 1].equals(n)) sorted[d++] = n;
        ArticleNumber[] distinct = Arrays.copyOf(sorted, d);
        int[] mains = new int[distinct.length];     // the distinct main numbers (before 之), ascending
        int mainCount = 0;
        for (ArticleNumber n : distinct) if (mainCount == 0 || mains[mainCount - 1] != n.number()) mains[mainCount++] = n.number();
        // chain ends packed as score << 32 | index: the larger packed value is the better end, the later on a tie;
        // scores of chain ends are at least ARTICLE_SCORE, so 0 is "none"
        long[] tree = new long[distinct.length + 1];    // Fenwick tree of prefix maxima over the ranks of numbers
        long[] byNumber = new long[distinct.length];    // best end with exactly this number
        long[] byMain = new long[mainCount];            // best end with this main number (any 之 number)
        for (int i = 0; i < k; i++) {
            ArticleNumber ni = numbers[i];
            int rank = Arrays.binarySearch(distinct, ni);
            boolean weak = !candidates.get(i).head().separated();
            long direct = 0;
            if (ni.sub() == 0) {
                int m = Arrays.binarySearch(mains, 0, mainCount, ni.number() - 1);
                if (m >= 0) direct = byMain[m];
            } else {
                int r = Arrays.binarySearch(distinct, new ArticleNumber(ni.number(), ni.sub() - 1));
                if (r >= 0) direct = byNumber[r];
            }
            long other = 0;
            if (!weak) for (int r = rank; r > 0; r -= r & -r) other = Math.max(other, tree[r]);
            int score = Integer.MIN_VALUE;
            int from = -1;
            if (direct != 0) {
                score = (int) (direct >>> 32) + ARTICLE_SCORE;
                from = (int) direct;
            }
            if (other != 0) {
                int s = (int) (other >>> 32) + ARTICLE_SCORE - GAP_COST;
                if (s > score || s == score && (int) other > from) {
                    score = s;
                    from = (int) other;
                }
            }
            int start = weak && !ni.equals(ArticleNumber.of(1)) ? Integer.MIN_VALUE : ARTICLE_SCORE;
            if (from >= 0 && (start == Integer.MIN_VALUE || score > start)) {
                best[i] = score;
                prev[i] = from;
            } else {
                best[i] = start;
                prev[i] = -1;
            }
            if (best[i] == Integer.MIN_VALUE) continue;
            long packed = (long) best[i] << 32 | i;
            for (int r = rank + 1; r < tree.length; r += r & -r) tree[r] = Math.max(tree[r], packed);
            byNumber[rank] = Math.max(byNumber[rank], packed);
            int m = Arrays.binarySearch(mains, 0, mainCount, ni.number());
            byMain[m] = Math.max(byMain[m], packed);
        }
    }
}
