package wenku.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import wenku.parallel.AllCores;

/**
 * Finds related pages: first those that share tags and the category, then those whose text is most
 * alike (cosine similarity of TF-IDF weighted Han character bigrams, the strongest terms of each page only).
 *
 * <p>Stateless; deterministic (ties broken by page id).
 */
final class Related {
    static final int MAX_RELATED = 6;
    private static final int TERMS_PER_PAGE = 40;
    private static final int TEXT_LIMIT = 12_000;
    /** At most this many pages are compared through one term, so time grows linearly with the number of pages. */
    private static final int MAX_POSTINGS = 200;

    private Related() {
    }

    static Map<Integer, List<Integer>> compute(List<Page> pages) {
        int n = pages.size();
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        if (n < 2) {
            for (Page p : pages) out.put(p.id(), List.of());
            return out;
        }
        // 1. term vectors: each page's distinct bigrams and their counts, in primitive arrays
        int[][] tfTerms = new int[n][];
        int[][] tfCounts = new int[n][];
        int chunk = 64;
        AllCores.forEach((n + chunk - 1) / chunk, c -> {
            IntIntMap counts = new IntIntMap(4096);
            char[] text = new char[TEXT_LIMIT];
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) bigrams(pages.get(i), i, counts, text, tfTerms, tfCounts);
        });
        int distinct = 0;
        for (int[] t : tfTerms) distinct = Math.max(distinct, t.length);
        IntIntMap df = new IntIntMap(distinct * 4);
        for (int[] t : tfTerms) for (int term : t) df.add(term, 1);
        int[][] terms = new int[n][];
        float[][] weights = new float[n][];
        // the two logarithms of a weight, looked up: counts (at most TEXT_LIMIT) and document frequencies are small
        double[] tfLog = new double[TEXT_LIMIT + 1];
        for (int c = 1; c <= TEXT_LIMIT; c++) tfLog[c] = 1 + Math.log(c);
        double[] idf = new double[n + 1];
        for (int d = 1; d <= n; d++) idf[d] = Math.log((double) n / d);
        AllCores.forEach(n, i -> strongest(tfTerms[i], tfCounts[i], df, tfLog, idf, i, terms, weights));

        // 2. postings: for each kept term, the pages that kept it (ascending) with their weights;
        //    sorted keys: term, then page, then the term's rank in that page (< 64)
        int total = 0;
        for (int[] t : terms) total += t.length;
        int postingCount = total;
        long[] postings = new long[total];
        int k = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < terms[i].length; j++) postings[k++] = (long) terms[i][j] << 32 | (long) i << 6 | j;
        Arrays.sort(postings);
        int[] postingDoc = new int[total];
        float[] postingWeight = new float[total];
        IntIntMap postingStart = new IntIntMap(total); // term -> 1 + index of its first posting
        for (int p = 0; p < total; p++) {
            int term = (int) (postings[p] >>> 32);
            int low = (int) postings[p];
            postingDoc[p] = low >>> 6;
            postingWeight[p] = weights[low >>> 6][low & 63];
            if (p == 0 || (int) (postings[p - 1] >>> 32) != term) postingStart.add(term, p + 1);
        }
        Map<String, List<Integer>> byTag = new HashMap<>();
        for (Page p : pages) for (String t : tagsOf(p)) byTag.computeIfAbsent(t, x -> new ArrayList<>()).add(p.id());

        // 3. for each page, the most similar others (sums in the same order as before: term by term)
        @SuppressWarnings("unchecked")
        List<Integer>[] result = new List[n];
        // terms kept by more pages than this say little and would make the work grow with the square of the site
        int maxPostings = Math.min(MAX_POSTINGS, Math.max(40, n / 10));
        AllCores.forEach((n + chunk - 1) / chunk, c -> {
            double[] sim = new double[n];
            int[] seen = new int[n]; // 1 + the page whose similarities are being summed
            int[] touched = new int[n];
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                int touchedCount = 0;
                for (int j = 0; j < terms[i].length; j++) {
                    int term = terms[i][j];
                    int from = postingStart.get(term) - 1;
                    int to = from + 1;
                    while (to < postingCount && (int) (postings[to] >>> 32) == term) to++;
                    if (to - from > maxPostings) continue;
                    for (int p = from; p < to; p++) {
                        int d = postingDoc[p];
                        if (d == i) continue;
                        if (seen[d] != i + 1) {
                            seen[d] = i + 1;
                            sim[d] = 0;
                            touched[touchedCount++] = d;
                        }
                        sim[d] += (double) weights[i][j] * postingWeight[p];
                    }
                }
                result[i] = pick(pages, i, sim, seen, touched, touchedCount, byTag);
            }
        });
        for (int i = 0; i < n; i++) out.put(i, result[i]);
        return out;
    }

    /** Keeps a page's {@value #TERMS_PER_PAGE} strongest terms (TF-IDF), with weights normalised to length 1. */
    private static void strongest(int[] ts, int[] counts, IntIntMap df, double[] tfLog, double[] idf, int i, int[][] terms,
                                  float[][] weights) {
        int m = Math.min(TERMS_PER_PAGE, ts.length);
        // keys ordered by weight descending, then term ascending as signed ints (weights are >= 0, so their bits
        // order them; flipping the term's sign bit makes its signed order the unsigned order of the low half)
        long[] best = new long[m];
        int have = 0;
        for (int j = 0; j < ts.length; j++) {
            float w = (float) (tfLog[counts[j]] * idf[df.get(ts[j])]); // (1 + log tf) * log(n / df)
            long key = (long) (Integer.MAX_VALUE - Float.floatToIntBits(w)) << 32 | ((ts[j] ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL);
            if (have < m) {
                best[have++] = key;
                if (have == m) Arrays.sort(best);
            } else if (key < best[m - 1]) {
                int at = m - 1;
                while (at > 0 && best[at - 1] > key) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = key;
            }
        }
        if (have < m) Arrays.sort(best, 0, have);
        float[] ws = new float[m];
        double norm = 0;
        for (int j = 0; j < m; j++) {
            ws[j] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (best[j] >>> 32));
            norm += ws[j] * ws[j];
        }
        norm = Math.sqrt(norm);
        int[] kept = new int[m];
        float[] normalised = new float[m];
        for (int j = 0; j < m; j++) {
            kept[j] = (int) best[j] ^ Integer.MIN_VALUE;
            normalised[j] = norm == 0 ? 0 : (float) (ws[j] / norm);
        }
        terms[i] = kept;
        weights[i] = normalised;
    }

    /**
     * Ranks the candidates for page {@code i}: shared tags and category first, then text similarity.
     * {@code sim[d]} is the similarity to page {@code d} when {@code seen[d] == i + 1}, else 0.
     */
    private static List<Integer> pick(List<Page> pages, int i, double[] sim, int[] seen, int[] touched, int touchedCount,
                                      Map<String, List<Integer>> byTag) {
        Page p = pages.get(i);
        Set<String> myTags = tagsOf(p);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String t : myTags) {
            List<Integer> ids = byTag.get(t);
            if (ids.size() > 200) continue;
            for (int o : ids) if (o != i) shared.merge(o, 1, Integer::sum);
        }
        IntToDoubleFunction similarity = d -> seen[d] == i + 1 ? sim[d] : 0.0;
        Comparator<Integer> mostAlike = (x, y) -> {
            int c = Double.compare(similarity.applyAsDouble(y), similarity.applyAsDouble(x));
            return c != 0 ? c : Integer.compare(x, y);
        };
        // the 30 most alike pages above the threshold (kept sorted while scanning)
        Integer[] best = new Integer[30];
        int have = 0;
        for (int t = 0; t < touchedCount; t++) {
            Integer d = touched[t];
            if (sim[d] <= 0.05) continue;
            if (have == best.length && mostAlike.compare(d, best[have - 1]) >= 0) continue;
            int at = have < best.length ? have++ : have - 1;
            while (at > 0 && mostAlike.compare(d, best[at - 1]) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = d;
        }
        Set<Integer> candidates = new HashSet<>(shared.keySet());
        for (int t = 0; t < have; t++) candidates.add(best[t]);
        List<Integer> list = new ArrayList<>(candidates);
        String cat = p.meta().category();
        list.sort((x, y) -> {
            int sx = shared.getOrDefault(x, 0) * 2 + (cat != null && cat.equals(pages.get(x).meta().category()) ? 1 : 0);
            int sy = shared.getOrDefault(y, 0) * 2 + (cat != null && cat.equals(pages.get(y).meta().category()) ? 1 : 0);
            if (sx != sy) return Integer.compare(sy, sx);
            return mostAlike.compare(x, y);
        });
        return List.copyOf(list.subList(0, Math.min(MAX_RELATED, list.size())));
    }

    private static Set<String> tagsOf(Page p) {
        Set<String> s = new HashSet<>(p.meta().tags());
        s.addAll(p.meta().keywords());
        return s;
    }

    /** Counts the Han character bigrams of the title and the start of the text; {@code chars} is room for that start. */
    private static void bigrams(Page p, int i, IntIntMap counts, char[] chars, int[][] terms, int[][] countsOut) {
        String title = p.title();
        String text = p.body().text();
        int len = Math.min(TEXT_LIMIT, title.length() + 1 + text.length()); // title + "\n" + text, cut
        int t = Math.min(len, title.length());
        title.getChars(0, t, chars, 0);
        if (t < len) chars[t] = '\n';
        if (t + 1 < len) text.getChars(0, len - t - 1, chars, t + 1);
        counts.clear();
        char prev = len > 0 ? chars[0] : '\n';
        for (int k = 1; k < len; k++) {
            char c = chars[k];
            if (isHan(prev) && isHan(c)) counts.add((prev << 16) | c, 1);
            prev = c;
        }
        terms[i] = new int[counts.size()];
        countsOut[i] = new int[counts.size()];
        counts.copyTo(terms[i], countsOut[i]);
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
