package wenku.law;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles {@link ArticleDetector} found in a document, and the candidates it set aside. Immutable.
 *
 * @param articles the paragraphs that start articles, in reading order, numbers strictly increasing
 * @param rejected paragraphs that begin with an article number but do not start an article of this
 *                 document (quoted, cited, duplicated or out of sequence), in reading order
 */
public record ArticleSequence(List<Found> articles, List<Found> rejected) {

    public ArticleSequence {
        articles = List.copyOf(articles);
        rejected = List.copyOf(rejected);
    }

    /**
     * A paragraph that begins with an article number.
     *
     * @param paragraph the index of the paragraph in the list given to the detector
     * @param head      the parsed head
     */
    public record Found(int paragraph, ArticleHead head) {
        public ArticleNumber number() {
            return head.number();
        }
    }

    /** A place where the numbering of the articles kept is not the direct successor: 第九条 → 第十一条. */
    public record Gap(ArticleNumber before, ArticleNumber after) {
        @Override
        public String toString() {
            return before.anchor() + " → " + after.anchor();
        }
    }

    /** True when no article was found. */
    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** The numbers of the articles, in reading order. */
    public List<ArticleNumber> numbers() {
        return articles.stream().map(Found::number).toList();
    }

    /** Steps between consecutive articles that skip numbers. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < articles.size(); i++) {
            ArticleNumber a = articles.get(i - 1).number();
            ArticleNumber b = articles.get(i).number();
            if (!a.isFollowedBy(b)) gaps.add(new Gap(a, b));
        }
        return gaps;
    }

    /**
     * Rejected candidates that were written like real article starts (number followed by a space) and repeat
     * the number of an article that was kept: the text numbers two articles alike, or quotes one of its own.
     */
    public List<Found> duplicates() {
        Set<ArticleNumber> kept = new HashSet<>(numbers());
        return rejected.stream().filter(f -> f.head().separated() && kept.contains(f.number())).toList();
    }

    /**
     * Rejected candidates that were written like real article starts and whose number is not among the articles
     * kept: quoted articles of another text, or articles out of order.
     */
    public List<Found> outOfSequence() {
        Set<ArticleNumber> kept = new HashSet<>(numbers());
        return rejected.stream().filter(f -> f.head().separated() && !kept.contains(f.number())).toList();
    }
}
