package wenku.law;

import java.util.ArrayList;
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
        for (int i = 0; i < k; i++) {
            ArticleHead hi = candidates.get(i).head();
            ArticleNumber ni = hi.number();
            boolean weak = !hi.separated();
            best[i] = weak && !ni.equals(ArticleNumber.of(1)) ? Integer.MIN_VALUE : ARTICLE_SCORE;
            prev[i] = -1;
            // latest predecessor first: ties between predecessors go to the later one, the likelier neighbour; a tie
            // with starting a new chain here goes to the new chain (one gap fewer). A chain ending at j scores at
            // most ARTICLE_SCORE * (j + 1), so once no earlier j can beat the best score the search stops: in a
            // text numbered without gaps the direct predecessor is found first and the search ends there.
            for (int j = i - 1; j >= 0 && best[i] < ARTICLE_SCORE * (j + 2); j--) {
                if (best[j] == Integer.MIN_VALUE) continue;
                ArticleNumber nj = candidates.get(j).head().number();
                if (nj.compareTo(ni) >= 0) continue;
                boolean successor = nj.isFollowedBy(ni);
                if (weak && !successor) continue;
                int score = best[j] + ARTICLE_SCORE - (successor ? 0 : GAP_COST);
                if (score > best[i]) {
                    best[i] = score;
                    prev[i] = j;
                }
            }
        }
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
}
