package wenku.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import wenku.law.ArticleDiff;
import wenku.law.CrossReference;
import wenku.law.InfoBlock;
import wenku.law.LawFamily;
import wenku.law.LawVersion;
import wenku.parallel.AllCores;

/**
 * The law side of the site model: for each page that is a law, its history block, its versions and the pages
 * that cite it; and the comparison pages of laws with several versions.
 *
 * <p>Immutable; built by {@link SiteAssembler}.
 *
 * @param pages       law facts by page id (pages that are not laws and are not cited have none)
 * @param comparisons one comparison per pair of consecutive versions of a law, in key and date order
 */
public record LawShelf(Map<Integer, LawPage> pages, List<Comparison> comparisons) {

    /** No laws. */
    public static final LawShelf EMPTY = new LawShelf(Map.of(), List.of());

    public LawShelf {
        pages = Map.copyOf(pages);
        comparisons = List.copyOf(comparisons);
    }

    /** The law facts of a page. */
    public Optional<LawPage> of(int pageId) {
        return Optional.ofNullable(pages.get(pageId));
    }

    /** True when the page is an older version of a law that has a newer one in the site. */
    public boolean isOlderVersion(int pageId) {
        LawPage p = pages.get(pageId);
        return p != null && !p.isNewest();
    }

    /**
     * What the site knows about one law page.
     *
     * @param pageId        the page
     * @param history       its promulgation and amendment history (may be empty)
     * @param versions      the pages of all versions of the law, oldest first; just this page when it has none
     * @param comparisonUrl the comparison page that shows what this version changed (or, for the oldest, what the
     *                      next one changed), {@code null} when the law has one version
     * @param citedBy       the pages that cite this law (any version), most citations first
     */
    public record LawPage(int pageId, InfoBlock history, List<Integer> versions, String comparisonUrl,
                          List<Citing> citedBy) {
        public LawPage {
            versions = List.copyOf(versions);
            citedBy = List.copyOf(citedBy);
        }

        /** The newest version's page. */
        public int newestId() {
            return versions.get(versions.size() - 1);
        }

        /** True when no newer version exists. */
        public boolean isNewest() {
            return newestId() == pageId;
        }
    }

    /**
     * A page that cites a law.
     *
     * @param pageId the citing page
     * @param count  how many citations of the law it contains
     */
    public record Citing(int pageId, int count) {
    }

    /**
     * The comparison of two consecutive versions of a law.
     *
     * @param url     site-root-relative URL of the comparison page
     * @param olderId the older version's page
     * @param newerId the newer version's page
     * @param changes the article-by-article changes
     */
    public record Comparison(String url, int olderId, int newerId, List<ArticleDiff.Change> changes) {
        public Comparison {
            changes = List.copyOf(changes);
        }
    }

    /** Puts the shelf together from the pages (whose bodies hold their citations) and the library. */
    static LawShelf build(List<Page> pages, LawLibrary library) {
        Map<String, Integer> idByPath = new HashMap<>();
        for (Page p : pages) idByPath.put(p.source(), p.id());
        String[] lawKey = new String[pages.size()]; // by page id
        for (Page p : pages) lawKey[p.id()] = LawVersion.of(p.source()).key();
        // citations, counted per cited law (all versions together) and citing page
        Map<String, Map<Integer, Integer>> citing = new TreeMap<>();
        for (Page p : pages) {
            String own = lawKey[p.id()];
            for (CrossReference r : p.body().law().citations()) {
                if (!r.isResolved()) continue;
                String key = r.target().version().key();
                if (key.equals(own)) continue;
                citing.computeIfAbsent(key, k -> new TreeMap<>()).merge(p.id(), 1, Integer::sum);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        Map<Integer, String> comparisonOf = new HashMap<>();
        // the comparisons are the costly part: compute them on all cores first (the library keeps them)
        List<String[]> pairs = new ArrayList<>();
        for (LawFamily f : library.versioned()) {
            List<Integer> ids = ids(f, idByPath);
            for (int i = 1; i < ids.size(); i++) {
                pairs.add(new String[] {pages.get(ids.get(i - 1)).source(), pages.get(ids.get(i)).source()});
            }
        }
        AllCores.forEach(pairs.size(), k -> library.compare(pairs.get(k)[0], pairs.get(k)[1]));
        for (LawFamily f : library.versioned()) {
            List<Integer> ids = ids(f, idByPath);
            for (int i = 1; i < ids.size(); i++) {
                Page older = pages.get(ids.get(i - 1));
                Page newer = pages.get(ids.get(i));
                String url = comparisonUrl(newer, older);
                comparisons.add(new Comparison(url, older.id(), newer.id(), library.compare(older.source(), newer.source())));
                comparisonOf.put(newer.id(), url);
                comparisonOf.putIfAbsent(older.id(), url);
            }
        }
        Map<Integer, LawPage> out = new LinkedHashMap<>();
        for (Page p : pages) {
            Optional<LawFamily> f = library.family(p.source());
            InfoBlock history = library.history(p.source());
            List<Integer> versions = f.map(x -> ids(x, idByPath)).filter(v -> v.contains(p.id())).orElse(List.of(p.id()));
            List<Citing> citedBy = new ArrayList<>();
            Map<Integer, Integer> counts = citing.getOrDefault(lawKey[p.id()], Map.of());
            counts.forEach((id, n) -> citedBy.add(new Citing(id, n)));
            citedBy.sort(Comparator.comparingInt(Citing::count).reversed().thenComparingInt(Citing::pageId));
            boolean isLaw = !history.isEmpty() || !p.body().law().isPlain() || versions.size() > 1 || !citedBy.isEmpty();
            if (isLaw) out.put(p.id(), new LawPage(p.id(), history, versions, comparisonOf.get(p.id()), citedBy));
        }
        return new LawShelf(out, comparisons);
    }

    /** The page ids of a family's versions that have pages, oldest first. */
    private static List<Integer> ids(LawFamily f, Map<String, Integer> idByPath) {
        List<Integer> ids = new ArrayList<>();
        for (LawVersion v : f.versions()) {
            Integer id = idByPath.get(v.path());
            if (id != null) ids.add(id);
        }
        return ids;
    }

    private static String comparisonUrl(Page newer, Page older) {
        String page = newer.url();
        String stem = page.substring(0, page.length() - ".html".length());
        int slash = stem.lastIndexOf('/');
        String folder = slash < 0 ? "" : stem.substring(0, slash + 1);
        String name = LawVersion.of(older.source()).name();
        String from = older.date() == null ? "无日期" : older.date().toString();
        String to = newer.date() == null ? "无日期" : newer.date().toString();
        return folder + UrlPolicy.segment(name + "-版本对照-" + from + "-" + to) + ".html";
    }
}
