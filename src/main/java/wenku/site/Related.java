package wenku.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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

    private Related() {
    }

    static Map<Integer, List<Integer>> compute(List<Page> pages) {
        int n = pages.size();
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        if (n < 2) {
            for (Page p : pages) out.put(p.id(), List.of());
            return out;
        }
        // 1. term vectors
        @SuppressWarnings("unchecked")
        Map<Integer, Integer>[] tfs = new Map[n];
        IntStream.range(0, n).parallel().forEach(i -> tfs[i] = bigrams(pages.get(i)));
        Map<Integer, Integer> df = new HashMap<>();
        for (Map<Integer, Integer> tf : tfs) for (Integer t : tf.keySet()) df.merge(t, 1, Integer::sum);
        int[][] terms = new int[n][];
        float[][] weights = new float[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<Integer, Integer> tf = tfs[i];
            int[] ts = new int[tf.size()];
            float[] ws = new float[tf.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                ts[k] = e.getKey();
                ws[k] = (float) ((1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey())));
                k++;
            }
            Integer[] idx = new Integer[k];
            for (int j = 0; j < k; j++) idx[j] = j;
            Arrays.sort(idx, (a, b) -> ws[b] != ws[a] ? Float.compare(ws[b], ws[a]) : Integer.compare(ts[a], ts[b]));
            int m = Math.min(TERMS_PER_PAGE, k);
            terms[i] = new int[m];
            weights[i] = new float[m];
            double norm = 0;
            for (int j = 0; j < m; j++) norm += ws[idx[j]] * ws[idx[j]];
            norm = Math.sqrt(norm);
            for (int j = 0; j < m; j++) {
                terms[i][j] = ts[idx[j]];
                weights[i][j] = norm == 0 ? 0 : (float) (ws[idx[j]] / norm);
            }
        });
        Map<Integer, List<int[]>> postings = new HashMap<>(); // term -> [doc, weight bits]
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < terms[i].length; j++) {
                postings.computeIfAbsent(terms[i][j], k -> new ArrayList<>()).add(new int[] {i, Float.floatToIntBits(weights[i][j])});
            }
        }
        Map<String, List<Integer>> byTag = new HashMap<>();
        for (Page p : pages) for (String t : tagsOf(p)) byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(p.id());

        @SuppressWarnings("unchecked")
        List<Integer>[] result = new List[n];
        int maxPostings = Math.max(40, n / 10);
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<Integer, Double> sim = new HashMap<>();
            for (int j = 0; j < terms[i].length; j++) {
                List<int[]> ps = postings.get(terms[i][j]);
                if (ps.size() > maxPostings) continue;
                for (int[] d : ps) {
                    if (d[0] == i) continue;
                    sim.merge(d[0], (double) weights[i][j] * Float.intBitsToFloat(d[1]), Double::sum);
                }
            }
            Page p = pages.get(i);
            Set<String> myTags = tagsOf(p);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String t : myTags) {
                List<Integer> ids = byTag.get(t);
                if (ids.size() > 200) continue;
                for (int o : ids) if (o != i) shared.merge(o, 1, Integer::sum);
            }
            Set<Integer> candidates = new HashSet<>(shared.keySet());
            sim.entrySet().stream()
                    .filter(e -> e.getValue() > 0.05)
                    .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Double.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()))
                    .limit(30)
                    .forEach(e -> candidates.add(e.getKey()));
            List<Integer> list = new ArrayList<>(candidates);
            String cat = p.meta().category();
            list.sort((a, b) -> {
                int sa = shared.getOrDefault(a, 0) * 2 + (cat != null && cat.equals(pages.get(a).meta().category()) ? 1 : 0);
                int sb = shared.getOrDefault(b, 0) * 2 + (cat != null && cat.equals(pages.get(b).meta().category()) ? 1 : 0);
                if (sa != sb) return Integer.compare(sb, sa);
                int c = Double.compare(sim.getOrDefault(b, 0.0), sim.getOrDefault(a, 0.0));
                return c != 0 ? c : Integer.compare(a, b);
            });
            result[i] = List.copyOf(list.subList(0, Math.min(MAX_RELATED, list.size())));
        });
        for (int i = 0; i < n; i++) out.put(i, result[i]);
        return out;
    }

    private static Set<String> tagsOf(Page p) {
        Set<String> s = new HashSet<>(p.meta().tags());
        s.addAll(p.meta().keywords());
        return s;
    }

    private static Map<Integer, Integer> bigrams(Page p) {
        String t = p.title() + "\n" + p.body().text();
        if (t.length() > TEXT_LIMIT) t = t.substring(0, TEXT_LIMIT);
        Map<Integer, Integer> tf = new HashMap<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (isHan(a) && isHan(b)) tf.merge((a << 16) | b, 1, Integer::sum);
        }
        return tf;
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
