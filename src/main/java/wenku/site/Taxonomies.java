package wenku.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the four taxonomies (分类, 标签, 单位, 作者) from the pages. Stateless. */
final class Taxonomies {
    private Taxonomies() {
    }

    static List<Taxonomy> build(List<Page> pages, Comparator<Integer> order) {
        List<Taxonomy> out = new ArrayList<>();
        add(out, "categories", "分类", pages, order, p -> p.meta().category() == null ? List.of() : List.of(p.meta().category()));
        add(out, "tags", "标签", pages, order, p -> {
            List<String> l = new ArrayList<>(p.meta().tags());
            for (String k : p.meta().keywords()) if (!l.contains(k)) l.add(k);
            return l;
        });
        add(out, "units", "单位", pages, order, p -> p.meta().unit() == null ? List.of() : List.of(p.meta().unit()));
        add(out, "authors", "作者", pages, order, p -> p.meta().authors());
        return List.copyOf(out);
    }

    private static void add(List<Taxonomy> out, String key, String label, List<Page> pages, Comparator<Integer> order,
                            Function<Page, List<String>> values) {
        Map<String, List<Integer>> byTerm = new TreeMap<>(ChineseOrder.COLLATOR);
        for (Page p : pages) {
            for (String v : values.apply(p)) byTerm.computeIfAbsent(v, k -> new ArrayList<>()).add(p.id());
        }
        if (byTerm.isEmpty()) return;
        Map<String, String> urls = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        used.add(key + "/index.html"); // the taxonomy's own page: a term named "index" must not take it
        for (String term : byTerm.keySet()) {
            String seg = UrlPolicy.segment(term);
            String url = key + "/" + seg + ".html";
            int n = 2;
            while (!used.add(url.toLowerCase(java.util.Locale.ROOT))) url = key + "/" + seg + "-" + n++ + ".html";
            urls.put(term, url);
        }
        List<Taxonomy.Term> terms = new ArrayList<>();
        byTerm.forEach((term, ids) -> {
            ids.sort(order);
            terms.add(new Taxonomy.Term(term, urls.get(term), List.copyOf(ids)));
        });
        terms.sort(Comparator.comparingInt(Taxonomy.Term::count).reversed().thenComparing(Taxonomy.Term::name, ChineseOrder.COLLATOR));
        out.add(new Taxonomy(key, label, key + "/index.html", List.copyOf(terms)));
    }
}
