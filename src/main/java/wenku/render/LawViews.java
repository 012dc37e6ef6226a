package wenku.render;

import java.util.ArrayList;
import java.util.List;
import wenku.html.LawBody;
import wenku.law.ArticleDiff;
import wenku.law.HistoryEntry;
import wenku.law.StructureHeading;
import wenku.law.TextDiff;
import wenku.render.Views.CitingItem;
import wenku.render.Views.ComparisonRow;
import wenku.render.Views.ComparisonView;
import wenku.render.Views.HistoryItem;
import wenku.render.Views.LawView;
import wenku.render.Views.Link;
import wenku.render.Views.OutlineNode;
import wenku.render.Views.Segment;
import wenku.render.Views.VersionItem;
import wenku.site.LawShelf;
import wenku.site.Page;
import wenku.site.Routes;
import wenku.site.Section;
import wenku.site.Site;

/**
 * Builds the views of the law side of a page: history, outline, versions, citing pages; and of comparison pages.
 * Every URL is made relative to the page being rendered. Stateless.
 */
final class LawViews {
    private LawViews() {
    }

    /** The law view of a page, or {@code null} when the page is not a law. */
    static LawView of(Site site, Page p) {
        LawShelf.LawPage law = site.laws().of(p.id()).orElse(null);
        LawBody body = p.body().law();
        if (law == null && body.isPlain()) return null;
        String from = p.url();
        List<HistoryItem> history = new ArrayList<>();
        List<String> notes = List.of();
        List<VersionItem> versions = new ArrayList<>();
        Link newest = null;
        String newestDate = null;
        String compareUrl = null;
        List<CitingItem> citedBy = new ArrayList<>();
        if (law != null) {
            for (HistoryEntry e : law.history().entries()) {
                history.add(new HistoryItem(Dates.chinese(e.date()), Dates.iso(e.date()), e.kind().label(), e.text()));
            }
            notes = law.history().notes();
            if (law.versions().size() > 1) {
                for (int id : law.versions()) {
                    Page v = site.page(id);
                    versions.add(new VersionItem(label(v.date()), Dates.iso(v.date()), Routes.relative(from, v.url()),
                            id == p.id(), id == law.newestId()));
                }
                if (!law.isNewest()) {
                    Page n = site.page(law.newestId());
                    newest = new Link(n.title(), Routes.relative(from, n.url()));
                    newestDate = label(n.date());
                }
            }
            if (law.comparisonUrl() != null) compareUrl = Routes.relative(from, law.comparisonUrl());
            for (LawShelf.Citing c : law.citedBy()) {
                Page cp = site.page(c.pageId());
                Section s = site.section(cp.sectionId());
                citedBy.add(new CitingItem(cp.title(), Routes.relative(from, cp.url()), s.isRoot() ? null : s.title(), c.count()));
            }
        }
        return new LawView(history, notes, outline(body.outline()), body.articles().size(), versions, newest, newestDate,
                compareUrl, citedBy);
    }

    /** A version's date as readers write it, {@code 无日期} for an undated file. */
    private static String label(java.time.LocalDate d) {
        return d == null ? "无日期" : Dates.chinese(d);
    }

    /** Nests the flat outline by level: a 节 goes into the 章 before it, a 章 into the 编 before it. */
    static List<OutlineNode> outline(List<LawBody.OutlineItem> items) {
        List<OutlineNode> roots = new ArrayList<>();
        List<StructureHeading.Level> levels = new ArrayList<>();
        List<List<OutlineNode>> childLists = new ArrayList<>();
        for (LawBody.OutlineItem item : items) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1).depth() >= item.level().depth()) {
                levels.remove(levels.size() - 1);
                childLists.remove(childLists.size() - 1);
            }
            List<OutlineNode> children = new ArrayList<>();
            OutlineNode node = new OutlineNode(item.level().word(), item.id(), item.text(), item.firstArticle(),
                    item.lastArticle(), children);
            (childLists.isEmpty() ? roots : childLists.get(childLists.size() - 1)).add(node);
            levels.add(item.level());
            childLists.add(children);
        }
        return roots;
    }

    /** The view of a comparison page at {@code c.url()}. */
    static ComparisonView comparison(Site site, LawShelf.Comparison c) {
        String from = c.url();
        Page older = site.page(c.olderId());
        Page newer = site.page(c.newerId());
        String olderUrl = Routes.relative(from, older.url());
        String newerUrl = Routes.relative(from, newer.url());
        List<Link> versions = new ArrayList<>();
        for (LawShelf.Comparison other : site.laws().comparisons()) {
            if (site.laws().of(other.newerId()).map(l -> l.versions().contains(c.newerId())).orElse(false)) {
                versions.add(new Link(label(site.page(other.olderId()).date()) + " → "
                        + label(site.page(other.newerId()).date()), Routes.relative(from, other.url())));
            }
        }
        int added = 0;
        int removed = 0;
        int changed = 0;
        int unchanged = 0;
        List<ComparisonRow> rows = new ArrayList<>();
        for (ArticleDiff.Change ch : c.changes()) {
            String oldLabel = ch.older() == null ? null : ch.older().number().anchor();
            String newLabel = ch.newer() == null ? null : ch.newer().number().anchor();
            String oldHref = oldLabel == null ? null : olderUrl + "#" + oldLabel;
            String newHref = newLabel == null ? null : newerUrl + "#" + newLabel;
            List<Segment> segments = new ArrayList<>();
            switch (ch.kind()) {
                case ADDED -> {
                    added++;
                    segments.add(new Segment("ins", ch.newer().body()));
                }
                case REMOVED -> {
                    removed++;
                    segments.add(new Segment("del", ch.older().body()));
                }
                case CHANGED -> {
                    changed++;
                    for (TextDiff.Segment s : ch.segments()) {
                        segments.add(new Segment(switch (s.op()) {
                            case EQUAL -> "same";
                            case DELETE -> "del";
                            case INSERT -> "ins";
                        }, s.text()));
                    }
                }
                case UNCHANGED -> {
                    unchanged++;
                    segments.add(new Segment("same", ch.newer().body()));
                }
            }
            rows.add(new ComparisonRow(ch.kind().name().toLowerCase(java.util.Locale.ROOT), oldLabel, newLabel, oldHref,
                    newHref, segments));
        }
        return new ComparisonView(newer.title(),
                new Link(label(older.date()), olderUrl), new Link(label(newer.date()), newerUrl),
                versions, added, removed, changed, unchanged, rows);
    }
}
