package wenku.law;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Measures the law support on a whole corpus and prints the figures: articles found, structure, history
 * blocks, versions, cross-references (with the most frequent unresolved ones) and numbering irregularities.
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/classes:target/test-classes wenku.law.LawCorpusMeasurement [../shared/corpus/laws]
 * </pre>
 */
public final class LawCorpusMeasurement {

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        LawCorpus corpus = LawCorpus.load(args.length > 0 ? Path.of(args[0]) : LawCorpus.DEFAULT_ROOT);
        long t1 = System.nanoTime();
        System.out.printf("corpus: %s, %d documents, read+parsed+indexed in %d ms%n", corpus.root,
                corpus.texts.size(), (t1 - t0) / 1_000_000);
        articles(corpus);
        history(corpus);
        versions(corpus);
        crossReferences(corpus);
        numbering(corpus);
    }

    private static void articles(LawCorpus c) {
        int docs = 0;
        int articles = 0;
        int sub = 0;
        int withStructure = 0;
        Map<StructureHeading.Level, Integer> levels = new EnumMap<>(StructureHeading.Level.class);
        int withoutStructure = 0;
        for (LawText t : c.texts.values()) {
            if (t.articles().isEmpty()) continue;
            docs++;
            articles += t.articles().size();
            sub += (int) t.articles().stream().filter(a -> a.number().sub() > 0).count();
            List<StructureHeading> s = t.structure();
            if (s.isEmpty()) withoutStructure++;
            else withStructure++;
            for (StructureHeading h : s) levels.merge(h.level(), 1, Integer::sum);
        }
        System.out.printf("%narticles: %d anchored articles (%d of them 之N) in %d of %d documents%n",
                articles, sub, docs, c.texts.size());
        System.out.printf("structure: %d documents with 编/章/节 headings, %d with articles but no headings; headings %s%n",
                withStructure, withoutStructure, levels);
    }

    private static void history(LawCorpus c) {
        int docs = 0;
        int entries = 0;
        int notes = 0;
        Map<HistoryEntry.Kind, Integer> kinds = new EnumMap<>(HistoryEntry.Kind.class);
        for (LawText t : c.texts.values()) {
            if (!t.info().entries().isEmpty()) docs++;
            entries += t.info().entries().size();
            notes += t.info().notes().size();
            for (HistoryEntry e : t.info().entries()) kinds.merge(e.kind(), 1, Integer::sum);
        }
        System.out.printf("%nhistory: %d documents with dated entries, %d entries %s, %d undated note lines%n",
                docs, entries, kinds, notes);
    }

    private static void versions(LawCorpus c) {
        List<LawFamily> families = new ArrayList<>(c.index.families());
        List<LawFamily> multi = families.stream().filter(LawFamily::hasVersions).toList();
        int docsInMulti = multi.stream().mapToInt(f -> f.versions().size()).sum();
        System.out.printf("%nversions: %d laws; %d have several versions (%d documents); largest family %d%n",
                families.size(), multi.size(), docsInMulti,
                multi.stream().mapToInt(f -> f.versions().size()).max().orElse(0));
        int added = 0;
        int removed = 0;
        int changed = 0;
        int unchanged = 0;
        int renumbered = 0;
        long t0 = System.nanoTime();
        for (LawFamily f : multi) {
            List<Article> older = c.texts.get(f.versions().get(0).path()).articles();
            List<Article> newer = c.texts.get(f.newest().path()).articles();
            for (ArticleDiff.Change ch : ArticleDiff.compare(older, newer)) {
                switch (ch.kind()) {
                    case ADDED -> added++;
                    case REMOVED -> removed++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
                if (ch.renumbered()) renumbered++;
            }
        }
        System.out.printf("comparison oldest→newest over those laws: %d unchanged, %d changed, %d added, %d removed"
                + " (%d pairs renumbered), %d ms%n", unchanged, changed, added, removed, renumbered,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void crossReferences(LawCorpus c) {
        CrossReferenceFinder finder = new CrossReferenceFinder(c.index);
        Map<CrossReference.Kind, int[]> counts = new EnumMap<>(CrossReference.Kind.class);
        for (CrossReference.Kind k : CrossReference.Kind.values()) counts.put(k, new int[3]);
        Map<String, Integer> unresolvedTitles = new TreeMap<>();
        List<String> missingArticles = new ArrayList<>();
        Map<String, Integer> citedBy = new TreeMap<>();
        long t0 = System.nanoTime();
        for (Map.Entry<String, LawText> e : c.texts.entrySet()) {
            LawIndex.CitingDocument citer = LawIndex.CitingDocument.of(e.getKey());
            String key = LawVersion.of(e.getKey()).key();
            for (CrossReference r : finder.find(LawCorpus.bodyText(e.getValue()), citer)) {
                int[] n = counts.get(r.kind());
                if (!r.isResolved()) {
                    n[2]++;
                    if (r.title() != null) unresolvedTitles.merge(r.title(), 1, Integer::sum);
                    else unresolvedTitles.merge("(self) " + e.getKey() + " " + r.article(), 1, Integer::sum);
                } else if (r.article() != null && !r.isArticleResolved()) {
                    n[1]++;
                    if (missingArticles.size() < 15) {
                        missingArticles.add(e.getKey() + ": " + (r.title() == null ? "本法" : r.title()) + " "
                                + r.article() + " → " + r.target().version().path());
                    }
                } else {
                    n[0]++;
                    if (!LawVersion.of(r.target().version().path()).key().equals(key)) {
                        citedBy.merge(LawVersion.of(r.target().version().path()).key(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%ncross-references (%d ms):%n", (System.nanoTime() - t0) / 1_000_000);
        counts.forEach((k, n) -> System.out.printf("  %-12s resolved %6d, law found but not the article %5d, unresolved %5d%n",
                k, n[0], n[1], n[2]));
        int unresolved = unresolvedTitles.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("  unresolved: %d citations of %d distinct titles; most frequent:%n", unresolved,
                unresolvedTitles.size());
        unresolvedTitles.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.out.printf("    %4d  %s%n", e.getValue(), e.getKey()));
        System.out.println("  sample of articles not found in the chosen version:");
        missingArticles.forEach(s -> System.out.println("    " + s));
        System.out.printf("  laws cited by other documents: %d; most cited: %s%n", citedBy.size(),
                citedBy.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static void numbering(LawCorpus c) {
        int gapDocs = 0;
        int dupDocs = 0;
        int outDocs = 0;
        int notFromOne = 0;
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, LawText> e : c.texts.entrySet()) {
            ArticleSequence s = e.getValue().sequence();
            if (s.isEmpty()) continue;
            List<ArticleSequence.Gap> gaps = s.gaps();
            List<ArticleSequence.Found> dups = s.duplicates();
            List<ArticleSequence.Found> out = s.outOfSequence();
            if (!s.numbers().get(0).equals(ArticleNumber.of(1))) notFromOne++;
            if (gaps.isEmpty() && dups.isEmpty() && out.isEmpty()) continue;
            if (!gaps.isEmpty()) gapDocs++;
            if (!dups.isEmpty()) dupDocs++;
            if (!out.isEmpty()) outDocs++;
            list.append("  ").append(e.getKey()).append(':');
            if (!gaps.isEmpty()) list.append(" gaps ").append(gaps);
            if (!dups.isEmpty()) list.append(" repeated ").append(dups.stream().map(f -> f.number().anchor()).toList());
            if (!out.isEmpty()) list.append(" set aside ").append(out.stream().map(f -> f.number().anchor()).toList());
            list.append('\n');
        }
        System.out.printf("%nnumbering: %d documents with skipped numbers, %d with repeated numbers, %d with article-like"
                + " paragraphs set aside; %d start at another article than 第一条%n", gapDocs, dupDocs, outDocs, notFromOne);
        System.out.print(list);
    }
}
