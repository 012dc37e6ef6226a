package wenku.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.FrontMatterParser;
import wenku.parallel.AllCores;
import wenku.problem.Problem;
import wenku.problem.Problems;
import wenku.render.Views.ArticleView;
import wenku.render.Views.CountedLink;
import wenku.render.Views.Frame;
import wenku.render.Views.HomeView;
import wenku.render.Views.Link;
import wenku.render.Views.NavItem;
import wenku.render.Views.PageItem;
import wenku.render.Views.Pager;
import wenku.render.Views.SectionView;
import wenku.render.Views.SiteView;
import wenku.render.Views.TaxonomyView;
import wenku.render.Views.TermView;
import wenku.render.Views.TocItem;
import wenku.site.Page;
import wenku.site.Routes;
import wenku.site.Section;
import wenku.site.Site;
import wenku.site.Taxonomy;

/**
 * Renders the site model with the theme: the home page, section lists, articles, taxonomy pages, the search
 * and 404 pages, the sitemap and the Atom feed; and copies the theme's assets. Every file goes to an
 * {@link OutputSink}. Template errors are reported once each, with the template's file and line.
 *
 * <p>Create one per build ({@code SiteRenderer.create(theme)}); {@link #render} renders pages in parallel.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final Renderer renderer;
    private final Map<String, Object> strings;

    private SiteRenderer(Theme theme, Renderer renderer, Map<String, Object> strings) {
        this.theme = theme;
        this.renderer = renderer;
        this.strings = strings;
    }

    /** Prepares FreeMarker and reads the theme's UI strings ({@code strings.yml}). */
    public static SiteRenderer create(Theme theme, Problems problems) throws IOException {
        Map<String, Object> strings = new LinkedHashMap<>();
        Optional<Path> file = theme.find("strings.yml");
        if (file.isPresent()) {
            List<Problem> ps = new ArrayList<>();
            strings.putAll(FrontMatterParser.readMapping("templates/strings.yml",
                    Files.readString(file.get(), StandardCharsets.UTF_8), 1, ps));
            problems.addAll(ps);
        }
        return new SiteRenderer(theme, new Renderer(theme), Map.copyOf(strings));
    }

    /** Renders every file of the site into {@code sink}. Returns the number of files written. */
    public int render(Site site, OutputSink sink, Problems problems) {
        return render(site, sink, problems, url -> true);
    }

    /**
     * Renders only the files whose output path {@code wanted} accepts (as {@code wenku serve} does for the one
     * page a browser asks for); the others are not rendered at all. Returns the number of files written.
     */
    public int render(Site site, OutputSink sink, Problems problems, java.util.function.Predicate<String> wanted) {
        Context ctx = new Context(site, sink, problems, wanted);
        // every file is one task, and all of them run on all cores: lists, articles, comparisons and the rest
        List<Runnable> tasks = new ArrayList<>();
        if (wanted.test("index.html")) tasks.add(ctx::home);
        for (Section s : site.sections()) {
            if (s.isRoot()) continue;
            int total = ctx.pageCount(s.pageIds().size());
            for (int n = 1; n <= total; n++) {
                int number = n;
                if (wanted.test(wenku.site.UrlPolicy.pageN(s.url(), n))) tasks.add(() -> ctx.section(s, number));
            }
        }
        for (Page p : site.pages()) if (wanted.test(p.url())) tasks.add(() -> ctx.article(p));
        for (Taxonomy t : site.taxonomies()) {
            if (wanted.test(t.url())) tasks.add(() -> ctx.taxonomy(t));
            for (Taxonomy.Term term : t.terms()) {
                int total = ctx.pageCount(term.pageIds().size());
                for (int n = 1; n <= total; n++) {
                    int number = n;
                    if (wanted.test(wenku.site.UrlPolicy.pageN(term.url(), n))) tasks.add(() -> ctx.term(t, term, number));
                }
            }
        }
        for (wenku.site.LawShelf.Comparison c : site.laws().comparisons()) if (wanted.test(c.url())) tasks.add(() -> ctx.comparison(c));
        if (wanted.test("404.html")) {
            tasks.add(() -> ctx.simple("404.html", "404.ftlh", strings.getOrDefault("notFound", "页面不存在").toString(), "notfound"));
        }
        if (wanted.test("search.html")) {
            tasks.add(() -> ctx.simple("search.html", "search.ftlh", strings.getOrDefault("search", "搜索").toString(), "search"));
        }
        if (wanted.test("sitemap.xml")) tasks.add(() -> ctx.put("sitemap.xml", Feeds.sitemap(site)));
        if (wanted.test("feed.xml")) tasks.add(() -> ctx.put("feed.xml", Feeds.atom(site)));
        for (Map.Entry<String, Path> a : theme.assets().entrySet()) {
            if (!wanted.test(a.getKey())) continue;
            tasks.add(() -> {
                try {
                    ctx.put(a.getKey(), Files.readAllBytes(a.getValue()));
                } catch (IOException e) {
                    problems.error("templates/" + a.getKey(), 0, 0, "theme", "cannot read: " + e.getMessage());
                }
            });
        }
        AllCores.forEach(tasks.size(), i -> tasks.get(i).run());
        return ctx.count.get();
    }

    /** Everything needed while rendering one site. */
    private final class Context {
        final Site site;
        final OutputSink sink;
        final Problems problems;
        final SiteView siteView;
        final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        final Map<String, List<NavItem>> navCache = new ConcurrentHashMap<>();
        final Map<String, Boolean> reported = new ConcurrentHashMap<>();
        final java.util.function.Predicate<String> wanted;

        Context(Site site, OutputSink sink, Problems problems, java.util.function.Predicate<String> wanted) {
            this.site = site;
            this.sink = sink;
            this.problems = problems;
            this.wanted = wanted;
            var c = site.config();
            this.siteView = new SiteView(c.title(), c.organisation(), c.description(), c.footer(), c.language(),
                    c.baseUrl(), c.params());
        }

        void home() {
            String url = "index.html";
            List<PageItem> newest = items(url, site.newest().subList(0, Math.min(site.config().paginate(), site.newest().size())));
            List<CountedLink> sections = new ArrayList<>();
            for (int id : site.root().childIds()) {
                Section s = site.section(id);
                if (!s.hidden()) sections.add(new CountedLink(s.title(), Routes.relative(url, s.url()), countPages(s)));
            }
            for (int pid : site.root().pageIds()) {
                Page p = site.page(pid);
                sections.add(new CountedLink(p.title(), Routes.relative(url, p.url()), 0));
            }
            List<CountedLink> categories = top(url, "categories", 12);
            List<CountedLink> tags = top(url, "tags", 30);
            HomeView view = new HomeView(newest, sections, categories, tags, site.pages().size());
            write(url, "home.ftlh", frame(url, site.config().title(), site.config().description(), 0, List.of(), "home"), "home", view);
        }

        int countPages(Section s) {
            int n = s.pageIds().size();
            for (int c : s.childIds()) n += countPages(site.section(c));
            return n;
        }

        List<CountedLink> top(String from, String key, int max) {
            for (Taxonomy t : site.taxonomies()) {
                if (t.key().equals(key)) {
                    List<CountedLink> out = new ArrayList<>();
                    for (Taxonomy.Term term : t.terms().subList(0, Math.min(max, t.terms().size()))) {
                        out.add(new CountedLink(term.name(), Routes.relative(from, term.url()), term.count()));
                    }
                    return out;
                }
            }
            return List.of();
        }

        /** How many list pages {@code items} entries take (at least one). */
        int pageCount(int items) {
            int per = site.config().paginate();
            return Math.max(1, (items + per - 1) / per);
        }

        /** List page {@code n} of a section. */
        void section(Section s, int n) {
            List<Integer> ids = s.pageIds();
            int per = site.config().paginate();
            int total = pageCount(ids.size());
            String url = wenku.site.UrlPolicy.pageN(s.url(), n);
            List<CountedLink> subs = new ArrayList<>();
            if (n == 1) {
                for (int c : s.childIds()) {
                    Section cs = site.section(c);
                    subs.add(new CountedLink(cs.title(), Routes.relative(url, cs.url()), countPages(cs)));
                }
            }
            List<PageItem> items = items(url, ids.subList((n - 1) * per, Math.min(ids.size(), n * per)));
            SectionView view = new SectionView(s.title(), n == 1 ? s.introHtml() : "", subs, items,
                    pager(url, s.url(), n, total), ids.size());
            write(url, "section.ftlh", frame(url, s.title(), null, s.id(), crumbs(url, s.id(), false), "section"), "section", view);
        }

        void article(Page p) {
            String url = p.url();
            Section s = site.section(p.sectionId());
            List<Integer> siblings = s.pageIds();
            int at = siblings.indexOf(p.id());
            Link prev = at > 0 ? link(url, site.page(siblings.get(at - 1))) : null;
            Link next = at >= 0 && at + 1 < siblings.size() ? link(url, site.page(siblings.get(at + 1))) : null;
            List<TocItem> toc = new ArrayList<>();
            for (var e : p.body().toc()) toc.add(new TocItem(e.level(), e.id(), e.text()));
            var m = p.meta();
            List<Link> authors = new ArrayList<>();
            for (String a : m.authors()) authors.add(new Link(a, termUrl(url, "authors", a)));
            List<Link> tags = new ArrayList<>();
            for (String t : m.tags()) tags.add(new Link(t, termUrl(url, "tags", t)));
            for (String k : m.keywords()) if (!m.tags().contains(k)) tags.add(new Link(k, termUrl(url, "tags", k)));
            ArticleView view = new ArticleView(p.title(), p.subtitle(), Dates.chinese(p.date()), Dates.iso(p.date()),
                    Dates.chinese(p.updated()), Dates.iso(p.updated()), authors,
                    m.unit() == null ? null : new Link(m.unit(), termUrl(url, "units", m.unit())),
                    m.source(), m.editor(),
                    m.category() == null ? null : new Link(m.category(), termUrl(url, "categories", m.category())),
                    tags, p.readingMinutes(), toc, p.body().html(), prev, next,
                    items(url, site.related().getOrDefault(p.id(), List.of())), p.params(), p.source(),
                    LawViews.of(site, p));
            write(url, "page.ftlh", frame(url, p.title(), p.summary(), p.sectionId(), crumbs(url, p.sectionId(), true), "article"),
                    "page", view);
        }

        /** The article-by-article comparison of two versions of a law. */
        void comparison(wenku.site.LawShelf.Comparison c) {
            Page newer = site.page(c.newerId());
            Views.ComparisonView view = LawViews.comparison(site, c);
            List<Link> crumbs = new ArrayList<>(crumbs(c.url(), newer.sectionId(), true));
            crumbs.add(new Link(newer.title(), Routes.relative(c.url(), newer.url())));
            write(c.url(), "compare.ftlh", frame(c.url(), newer.title() + "：" + strings.getOrDefault("compareTitle", "版本对照"),
                    null, newer.sectionId(), crumbs, "compare"), "compare", view);
        }

        /** The index of a taxonomy: every term with its count. */
        void taxonomy(Taxonomy t) {
            String url = t.url();
            List<CountedLink> terms = new ArrayList<>();
            for (Taxonomy.Term term : t.terms()) terms.add(new CountedLink(term.name(), Routes.relative(url, term.url()), term.count()));
            write(url, "taxonomy.ftlh", frame(url, t.label(), null, -1, List.of(), "taxonomy"), "taxonomy",
                    new TaxonomyView(t.key(), t.label(), terms));
        }

        /** List page {@code n} of a taxonomy term. */
        void term(Taxonomy t, Taxonomy.Term term, int n) {
            List<Integer> ids = term.pageIds();
            int per = site.config().paginate();
            int total = pageCount(ids.size());
            String turl = wenku.site.UrlPolicy.pageN(term.url(), n);
            TermView view = new TermView(t.label(), new Link(t.label(), Routes.relative(turl, t.url())), term.name(),
                    items(turl, ids.subList((n - 1) * per, Math.min(ids.size(), n * per))),
                    pager(turl, term.url(), n, total), ids.size());
            List<Link> crumbs = List.of(new Link(t.label(), Routes.relative(turl, t.url())));
            write(turl, "term.ftlh", frame(turl, t.label() + "：" + term.name(), null, -1, crumbs, "term"), "term", view);
        }

        /** Writes a file that is not rendered from a template. */
        void put(String url, byte[] data) {
            sink.write(url, data);
            count.incrementAndGet();
        }

        void simple(String url, String template, String title, String kind) {
            write(url, template, frame(url, title, null, -1, List.of(), kind), kind, null);
        }

        String termUrl(String from, String key, String name) {
            for (Taxonomy t : site.taxonomies()) {
                if (!t.key().equals(key)) continue;
                for (Taxonomy.Term term : t.terms()) if (term.name().equals(name)) return Routes.relative(from, term.url());
            }
            return null;
        }

        Link link(String from, Page p) {
            return new Link(p.title(), Routes.relative(from, p.url()));
        }

        List<PageItem> items(String from, List<Integer> ids) {
            List<PageItem> out = new ArrayList<>(ids.size());
            for (int id : ids) {
                Page p = site.page(id);
                Section s = site.section(p.sectionId());
                out.add(new PageItem(p.title(), p.subtitle(), Routes.relative(from, p.url()), Dates.chinese(p.date()),
                        Dates.iso(p.date()), p.summary(), s.isRoot() ? null : s.title(), p.meta().category(), p.meta().authors(),
                        site.laws().of(id).map(l -> l.versions().size()).orElse(1)));
            }
            return out;
        }

        Pager pager(String from, String first, int n, int total) {
            if (total <= 1) return null;
            List<Link> pages = new ArrayList<>();
            for (int i = 1; i <= total; i++) pages.add(new Link(String.valueOf(i), Routes.relative(from, wenku.site.UrlPolicy.pageN(first, i))));
            return new Pager(n, total, pages.get(0).url(), n > 1 ? pages.get(n - 2).url() : null,
                    n < total ? pages.get(n).url() : null, pages.get(total - 1).url(), pages);
        }

        List<Link> crumbs(String from, int sectionId, boolean includeSelf) {
            List<Link> out = new ArrayList<>();
            List<Section> trail = site.trail(sectionId);
            for (int i = 0; i < trail.size(); i++) {
                if (!includeSelf && i == trail.size() - 1) break;
                out.add(new Link(trail.get(i).title(), Routes.relative(from, trail.get(i).url())));
            }
            return out;
        }

        Frame frame(String url, String title, String description, int sectionId, List<Link> crumbs, String kind) {
            String root = wenku.site.UrlPolicy.rootFrom(url);
            List<NavItem> nav = navCache.computeIfAbsent(sectionId + "|" + root, k -> nav(url, sectionId));
            List<CountedLink> taxonomies = new ArrayList<>();
            for (Taxonomy t : site.taxonomies()) taxonomies.add(new CountedLink(t.label(), Routes.relative(url, t.url()), t.terms().size()));
            return new Frame(root, url, wenku.site.UrlPolicy.href(site.config().baseUrl() + url), title, description, nav,
                    taxonomies, crumbs, kind);
        }

        List<NavItem> nav(String from, int activeSection) {
            java.util.Set<Integer> open = new java.util.HashSet<>();
            if (activeSection >= 0) for (Section s : site.trail(activeSection)) open.add(s.id());
            return navChildren(from, site.root(), activeSection, open);
        }

        List<NavItem> navChildren(String from, Section parent, int active, java.util.Set<Integer> open) {
            List<NavItem> out = new ArrayList<>();
            for (int id : parent.childIds()) {
                Section s = site.section(id);
                if (s.hidden()) continue;
                boolean isOpen = open.contains(id);
                out.add(new NavItem(s.title(), Routes.relative(from, s.url()), id == active, isOpen, countPages(s),
                        navChildren(from, s, active, open)));
            }
            return out;
        }

        void write(String url, String template, Frame frame, String key, Object view) {
            Map<String, Object> model = new HashMap<>();
            model.put("site", siteView);
            model.put("t", strings);
            model.put("frame", frame);
            model.put("root", frame.root());
            if (view != null) model.put(key, view);
            try {
                sink.write(url, renderer.render(template, model));
                count.incrementAndGet();
            } catch (TemplateException e) {
                report(template, e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                        e.getColumnNumber() == null ? 0 : e.getColumnNumber(), e.getMessageWithoutStackTop());
            } catch (ParseException e) {
                report(template, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
            } catch (IOException e) {
                report(template, template, 0, 0, e.getMessage());
            }
        }

        void report(String template, String source, int line, int col, String message) {
            String first = message == null ? "error" : message.lines().filter(l -> !l.isBlank() && !l.startsWith("----") && !l.startsWith("Tip:"))
                    .limit(3).map(String::strip).reduce((a, b) -> a + " " + b).orElse("error");
            String file = "templates/" + (source == null ? template : source);
            if (reported.putIfAbsent(file + line + col + first, Boolean.TRUE) == null) {
                problems.error(file, line, col, "template", first);
            }
        }
    }
}
