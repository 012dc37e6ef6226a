package wenku.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wenku.content.ContentTree;
import wenku.content.FrontMatter;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.problem.Problems;

/**
 * Puts the site model together from the processed documents: pages with their final titles and dates,
 * the section tree, the taxonomies and the related pages.
 *
 * <p>{@code SiteAssembler.assemble(...)} is the front door; stateless.
 */
public final class SiteAssembler {
    private static final int CHARS_PER_MINUTE = 400;
    /** At most this many citing pages lead a law's related pages; the rest stay in its "被引用" list. */
    private static final int MAX_CITING_RELATED = 4;

    private SiteAssembler() {
    }

    /**
     * @param inputs every document (section indexes included) in content order, drafts included (they are skipped)
     */
    public static Site assemble(ContentTree tree, Routes routes, List<PageInput> inputs, Problems problems) {
        return assemble(tree, routes, inputs, LawLibrary.EMPTY, problems);
    }

    /**
     * @param inputs every document (section indexes included) in content order, drafts included (they are skipped)
     * @param laws   the documents read as laws: versions, history blocks, comparisons. Older versions of a law
     *               are left out of the lists (their pages are still built); the pages citing a law come first
     *               in its related pages
     */
    public static Site assemble(ContentTree tree, Routes routes, List<PageInput> inputs, LawLibrary laws,
                                Problems problems) {
        return assemble(tree, routes, inputs, laws, problems, RelatedPages.COMPUTE);
    }

    /** Assembles the site, finding related pages (before citing pages are put first) with {@code relatedPages}. */
    public static Site assemble(ContentTree tree, Routes routes, List<PageInput> inputs, LawLibrary laws,
                                Problems problems, RelatedPages relatedPages) {
        // Sections: one per folder, root first, then by folder path.
        Map<String, PageInput> indexes = new HashMap<>();
        for (PageInput in : inputs) {
            if (in.source().isSectionIndex()) indexes.put(in.source().folder(), in);
        }
        List<String> folders = new ArrayList<>();
        folders.add("");
        folders.addAll(tree.folders());
        Map<String, Integer> sectionIds = new LinkedHashMap<>();
        for (int i = 0; i < folders.size(); i++) sectionIds.put(folders.get(i), i);

        // Pages
        List<Page> pages = new ArrayList<>();
        Map<Integer, List<Integer>> pagesBySection = new TreeMap<>();
        for (PageInput in : inputs) {
            SourceDocument d = in.source();
            if (d.isSectionIndex() || d.frontMatter().draft()) continue;
            String url = routes.page(d.path());
            if (url == null) continue;
            int id = pages.size();
            int sectionId = sectionIds.get(d.folder());
            pages.add(page(id, in, url, sectionId, problems));
            pagesBySection.computeIfAbsent(sectionId, k -> new ArrayList<>()).add(id);
        }

        LawShelf shelf = LawShelf.build(pages, laws);
        Comparator<Integer> newestFirst = ranked(pages.size(), newestFirst(pages));

        List<Section> sections = new ArrayList<>();
        Map<Integer, List<Integer>> children = new TreeMap<>();
        for (String folder : folders) {
            int id = sectionIds.get(folder);
            int parent = -1;
            if (!folder.isEmpty()) {
                int slash = folder.lastIndexOf('/');
                parent = sectionIds.get(slash < 0 ? "" : folder.substring(0, slash));
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
            PageInput idx = indexes.get(folder);
            FrontMatter fm = idx == null ? FrontMatter.EMPTY : idx.source().frontMatter();
            String name = folder.isEmpty() ? tree.config().title() : folder.substring(folder.lastIndexOf('/') + 1);
            String title = fm.title() != null ? fm.title() : idx != null && idx.title() != null ? idx.title() : name;
            List<Integer> ids = new ArrayList<>(pagesBySection.getOrDefault(id, List.of()));
            ids.removeIf(shelf::isOlderVersion);
            ids.sort(listOrder(pages, newestFirst));
            sections.add(new Section(id, folder, routes.section(folder), title,
                    idx == null ? "" : idx.body().html(), fm.weight(), parent, List.of(), List.copyOf(ids),
                    fm.flag("bookHidden") || fm.flag("hidden"), fm.flag("bookCollapseSection")));
        }
        // children in navigation order: site.yml nav order, then weight, then name
        List<String> nav = tree.config().nav();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> kids = new ArrayList<>(children.getOrDefault(i, List.of()));
            kids.sort(Comparator
                    .comparingInt((Integer k) -> navIndex(nav, sections.get(k).folder()))
                    .thenComparing(k -> sections.get(k).weight() == null ? Integer.MAX_VALUE : sections.get(k).weight())
                    .thenComparing(k -> sections.get(k).title(), ChineseOrder.COLLATOR)
                    .thenComparing(k -> sections.get(k).folder()));
            sections.set(i, new Section(s.id(), s.folder(), s.url(), s.title(), s.introHtml(), s.weight(), s.parentId(),
                    List.copyOf(kids), s.pageIds(), s.hidden(), s.collapsed()));
        }

        List<Integer> newest = new ArrayList<>();
        for (Page p : pages) if (!shelf.isOlderVersion(p.id())) newest.add(p.id());
        newest.sort(newestFirst);

        List<Taxonomy> taxonomies = Taxonomies.build(pages, newestFirst);
        Map<Integer, List<Integer>> related = withCitingPages(relatedPages.find(List.copyOf(pages)), shelf);
        return new Site(tree.config(), List.copyOf(pages), List.copyOf(sections), taxonomies, related, List.copyOf(newest),
                shelf);
    }

    /** Puts the pages that cite a law most (cases, interpretations …) first among its related pages. */
    private static Map<Integer, List<Integer>> withCitingPages(Map<Integer, List<Integer>> related, LawShelf shelf) {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>(related);
        for (LawShelf.LawPage law : shelf.pages().values()) {
            if (law.citedBy().isEmpty()) continue;
            java.util.LinkedHashSet<Integer> ids = new java.util.LinkedHashSet<>();
            for (LawShelf.Citing c : law.citedBy()) {
                if (ids.size() >= MAX_CITING_RELATED) break;
                if (!shelf.isOlderVersion(c.pageId())) ids.add(c.pageId());
            }
            for (int id : related.getOrDefault(law.pageId(), List.of())) {
                if (!law.versions().contains(id) && !shelf.isOlderVersion(id)) ids.add(id);
            }
            ids.remove(law.pageId());
            out.put(law.pageId(), List.copyOf(ids).subList(0, Math.min(Related.MAX_RELATED, ids.size())));
        }
        return out;
    }

    private static int navIndex(List<String> nav, String folder) {
        int i = nav.indexOf(folder);
        if (i < 0) i = nav.indexOf(folder.substring(folder.lastIndexOf('/') + 1));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Page page(int id, PageInput in, String url, int sectionId, Problems problems) {
        SourceDocument d = in.source();
        FrontMatter fm = d.frontMatter();
        String title = fm.title() != null ? fm.title() : in.title() != null ? in.title() : TitleExtractor.withoutFileDate(d.baseName());
        if (fm.title() == null && in.title() == null) {
            problems.warning(d.path(), d.bodyLine(), 1, "content",
                    "no title: add a title in front matter or a first line \"# 标题\" (using the file name for now)");
        }
        String subtitle = fm.subtitle() != null ? fm.subtitle() : in.subtitle();
        LocalDate date = fm.date() != null ? fm.date() : TitleExtractor.dateInFileName(d.baseName());
        if (date == null) date = in.firstCommit();
        LocalDate updated = fm.updated() != null ? fm.updated() : in.lastCommit();
        if (updated != null && date != null && !updated.isAfter(date)) updated = null;
        String summary = fm.summary() != null ? fm.summary() : in.body().summary(120);
        int chars = in.body().readableChars();
        int minutes = Math.max(1, (int) Math.round(chars / (double) CHARS_PER_MINUTE));
        Page.PageMeta meta = new Page.PageMeta(fm.authors(), fm.unit(), fm.source(), fm.editor(), fm.category(),
                fm.tags(), fm.keywords());
        return new Page(id, d.path(), url, title, subtitle, date, updated, meta, fm.weight(), sectionId, in.body(),
                summary, minutes, fm.params());
    }

    /** List order inside a section: by weight when given, then {@code newestFirst}. */
    static Comparator<Integer> listOrder(List<Page> pages, Comparator<Integer> newestFirst) {
        return Comparator
                .comparing((Integer i) -> pages.get(i).weight() == null ? Integer.MAX_VALUE : pages.get(i).weight())
                .thenComparing(newestFirst);
    }

    /**
     * The total order {@code order} of the ids 0 … n-1 as a comparison of ranks, found with one sort: comparing
     * titles by their Chinese collation is slow, and the sections, the newest list and every taxonomy term sort by it.
     */
    static Comparator<Integer> ranked(int n, Comparator<Integer> order) {
        Integer[] ids = new Integer[n];
        for (int i = 0; i < n; i++) ids[i] = i;
        java.util.Arrays.sort(ids, order);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) rank[ids[r]] = r;
        return (a, b) -> Integer.compare(rank[a], rank[b]);
    }

    /** Newest first; undated pages last; then by title and source path so the order is total. */
    static Comparator<Integer> newestFirst(List<Page> pages) {
        return Comparator
                .comparing((Integer i) -> pages.get(i).date(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(i -> pages.get(i).title(), ChineseOrder.COLLATOR)
                .thenComparing(i -> pages.get(i).source());
    }
}
