package wenku.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wenku.content.ContentLoader;
import wenku.content.ContentTree;
import wenku.content.SourceCache;
import wenku.content.SourceDocument;
import wenku.problem.Problem;
import wenku.problem.Problems;
import wenku.render.SiteRenderer;
import wenku.render.Theme;
import wenku.law.ArticleNumber;
import wenku.law.LawText;
import wenku.law.LawTitles;
import wenku.law.LawVersion;
import wenku.site.LawLibrary;
import wenku.site.Page;
import wenku.site.PageInput;
import wenku.site.RelatedPages;
import wenku.site.Routes;
import wenku.site.Site;
import wenku.site.SiteAssembler;

/**
 * Builds the same site again and again as its files change, redoing only what a change affects, for
 * {@code wenku serve}. Each {@link #rebuild()} returns a {@link LiveSite}: the site model, whose files are
 * rendered when they are asked for.
 *
 * <p>What is kept from one build to the next:
 * <ul>
 *   <li>the documents read ({@link SourceCache}): only files whose time, size or content changed, or that
 *       {@link #changed} names, are decoded and their front matter parsed again; when every change named is an
 *       edit of a Markdown file that was there before, the folder is not even walked;</li>
 *   <li>the documents read as laws ({@link LawLibrary}): only changed documents are read again;</li>
 *   <li>the parsed documents: a document is parsed again when its text changed; when a file was added, renamed
 *       or deleted so that one of its links now leads somewhere else (the URLs are planned afresh on every
 *       build, which takes milliseconds, and every kept document's links are checked against the new plan);
 *       when another version of the same law changed (its articles map to the newest version's); and when it
 *       mentions a law that was added, removed, renamed, or whose title or article numbers changed, since its
 *       citations may now resolve differently (see {@link #stale});</li>
 *   <li>the related-page lists, while the same pages exist with the same tags and categories (a change in a
 *       page's text alone does not recompute them: that compares every page with every other);</li>
 *   <li>the compiled templates, until a file under the templates folder changes;</li>
 *   <li>the dates from Git, read once.</li>
 * </ul>
 * The site model is assembled afresh every time (sections, taxonomies, order), so what readers see is what a
 * full build would give, except for related pages as said above.
 *
 * <p>Not thread safe: one thread calls {@link #changed} and {@link #rebuild}. The {@link LiveSite}s it returns
 * are thread safe.
 */
public final class IncrementalBuild {
    private final BuildOptions options;
    private final Path contentRoot;
    private final Path templatesRoot;
    private final SourceCache sources = new SourceCache();
    private Map<SourceDocument, DocumentParser.ParsedDocument> parsed = new IdentityHashMap<>();
    private final Set<String> pending = new HashSet<>();
    private ContentTree lastTree;
    private List<Problem> lastLoadProblems = List.of();
    private GitDates git;
    private LawLibrary laws;
    private Map<String, LawKey> lawKeys;
    private Map<SourceDocument, String> reducedBodies = new IdentityHashMap<>();
    private SiteRenderer renderer;
    private List<Problem> themeProblems = List.of();
    private List<RelatedKey> relatedKey;
    private Map<Integer, List<Integer>> related;

    /** One document's entry in the law index: the title citations find it by, and its article numbers. */
    private record LawKey(String title, List<ArticleNumber> articles) {
    }

    /** One page as far as related pages are concerned, apart from its text. */
    private record RelatedKey(String source, List<String> tags, List<String> keywords, String category) {
    }

    /** {@code options.out()} is ignored: nothing is written. */
    public IncrementalBuild(BuildOptions options) {
        this.options = options;
        this.contentRoot = options.content().toAbsolutePath().normalize();
        this.templatesRoot = options.templates() == null ? null : options.templates().toAbsolutePath().normalize();
    }

    /** The content folder being built, absolute. */
    public Path contentRoot() {
        return contentRoot;
    }

    /** The site's own templates folder, absolute, or {@code null} when only the default theme is used. */
    public Path templatesRoot() {
        return templatesRoot;
    }

    /**
     * Says that a file (or folder) changed, was created or deleted, so that the next {@link #rebuild} does not
     * trust its time and size. Changes under the templates folder make the next build reload the theme.
     * Paths outside both folders are ignored.
     */
    public void changed(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (templatesRoot != null && p.startsWith(templatesRoot)) {
            renderer = null;
        } else if (p.startsWith(contentRoot)) {
            String rel = contentRoot.relativize(p).toString().replace('\\', '/');
            sources.changed(rel);
            pending.add(rel);
        }
    }

    /**
     * Builds the site as the files are now. Never throws for problems in the content: a site with errors is
     * returned with {@link LiveSite#ok()} false and every problem listed.
     *
     * @throws IOException when the content or templates folder cannot be read at all
     */
    public LiveSite rebuild() throws IOException {
        Problems problems = new Problems();
        StageLog log = new StageLog();

        long t = System.nanoTime();
        ContentTree tree = load(problems);
        t = lap(log, "load", t, tree.documents().size(), "files");

        Routes routes = Routes.plan(tree, problems);
        if (git == null) git = options.gitDates() ? GitDates.read(options.content()) : GitDates.none();
        t = lap(log, "plan", t, tree.documents().size(), "urls");

        LawLibrary previousLaws = laws;
        laws = LawLibrary.read(Build.pageDocuments(tree, options.drafts()), problems, previousLaws);
        t = lap(log, "laws", t, laws.index().families().size(), "laws");

        int reparsed = parse(tree, routes, stale(tree, previousLaws), problems);
        t = lap(log, "parse", t, reparsed, "documents parsed again");
        if (problems.hasErrors()) return LiveSite.failed(problems.sorted(), log);

        List<PageInput> inputs = new ArrayList<>(tree.documents().size());
        for (SourceDocument d : tree.documents()) {
            DocumentParser.ParsedDocument p = parsed.get(d);
            if (p != null && p.input() != null) inputs.add(p.input());
        }
        Site site = SiteAssembler.assemble(tree, routes, inputs, laws, problems, relatedPages());
        t = lap(log, "assemble", t, site.pages().size(), "pages");

        if (renderer == null) {
            Problems theme = new Problems();
            renderer = SiteRenderer.create(Theme.open(options.templates()), theme);
            themeProblems = theme.sorted();
            lap(log, "theme", t, 1, "loads");
        }
        problems.addAll(themeProblems);
        if (problems.hasErrors()) return LiveSite.failed(problems.sorted(), log);
        return new LiveSite(site, routes, tree.assets(), renderer, problems.sorted(), log);
    }

    /**
     * Loads the content: when every change since the last build is an edit of a Markdown file that was
     * already there, only those files are read again (no walk of the folder); otherwise the folder is walked
     * and every file whose time, size or content changed is read.
     */
    private ContentTree load(Problems problems) throws IOException {
        Set<String> edited = Set.copyOf(pending);
        pending.clear();
        Problems loadProblems = new Problems();
        ContentTree tree;
        if (lastTree != null && !edited.isEmpty() && onlyEditsOfKnownDocuments(edited)) {
            List<SourceDocument> docs = new ArrayList<>(lastTree.documents().size());
            for (SourceDocument d : lastTree.documents()) {
                SourceDocument now = edited.contains(d.path()) ? ContentLoader.reread(options.content(), d.path(), loadProblems, sources) : d;
                if (now != null) docs.add(now);
            }
            for (Problem p : lastLoadProblems) if (!edited.contains(p.file())) loadProblems.add(p);
            tree = new ContentTree(lastTree.config(), List.copyOf(docs), lastTree.folders(), lastTree.assets());
        } else {
            ContentTree loaded = ContentLoader.load(options.content(), loadProblems, sources);
            tree = options.baseUrl() == null ? loaded
                    : new ContentTree(loaded.config().withBaseUrl(options.baseUrl()), loaded.documents(), loaded.folders(), loaded.assets());
        }
        lastTree = tree;
        lastLoadProblems = loadProblems.sorted();
        problems.addAll(lastLoadProblems);
        return tree;
    }

    private boolean onlyEditsOfKnownDocuments(Set<String> edited) {
        Set<String> known = new HashSet<>();
        for (SourceDocument d : lastTree.documents()) known.add(d.path());
        for (String path : edited) {
            if (!known.contains(path) || !java.nio.file.Files.isRegularFile(contentRoot.resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private static long lap(StageLog log, String stage, long since, int items, String unit) {
        long now = System.nanoTime();
        log.add(stage, now - since, items, unit);
        return now;
    }

    /**
     * The documents whose earlier parse cannot be kept because of what changed in the law library ({@code null}:
     * all of them, on the first build). A document is stale when
     * <ul>
     *   <li>its text or its entry in the law index (title, article numbers) changed, it was added or removed, or
     *       any of that happened to another version of the same law (older versions' articles point to the
     *       newest version's, and a law citing itself means its own version);</li>
     *   <li>it mentions a law whose entry in the index changed, was added or removed: its citations may now
     *       resolve differently. A citation can only resolve to a law whose title, short title or file name it
     *       contains once both are reduced to {@link LawTitles#matchKey} form, so documents whose reduced text
     *       contains none of those names (less a trailing qualifier such as （试行）) are not affected.</li>
     * </ul>
     */
    private Set<String> stale(ContentTree tree, LawLibrary previous) {
        List<SourceDocument> docs = Build.pageDocuments(tree, options.drafts());
        Map<String, LawKey> keys = new HashMap<>();
        for (SourceDocument d : docs) {
            LawText text = laws.text(d.path()).orElseThrow();
            keys.put(d.path(), new LawKey(laws.index().title(d.path()).orElse(""), text.sequence().numbers()));
        }
        Map<String, LawKey> before = lawKeys;
        lawKeys = keys;
        if (previous == null || before == null) return null;

        Set<String> out = new HashSet<>();
        Set<String> needles = new HashSet<>();
        Set<String> paths = new HashSet<>(keys.keySet());
        paths.addAll(before.keySet());
        for (String path : paths) {
            boolean keyChanged = !java.util.Objects.equals(keys.get(path), before.get(path));
            boolean textChanged = laws.text(path).orElse(null) != previous.text(path).orElse(null);
            if (!keyChanged && !textChanged) continue;
            out.add(path);
            for (LawLibrary library : List.of(laws, previous)) {
                library.family(path).ifPresent(f -> {
                    for (LawVersion v : f.versions()) out.add(v.path());
                });
            }
            if (keyChanged) {
                if (keys.get(path) != null) needles.addAll(names(path, keys.get(path).title()));
                if (before.get(path) != null) needles.addAll(names(path, before.get(path).title()));
            }
        }
        if (!needles.isEmpty()) {
            Map<SourceDocument, String> reduced = new IdentityHashMap<>();
            for (SourceDocument d : docs) {
                String r = reducedBodies.get(d);
                if (r == null) r = LawTitles.matchKey(d.body());
                reduced.put(d, r);
                for (String n : needles) {
                    if (r.contains(n)) {
                        out.add(d.path());
                        break;
                    }
                }
            }
            reducedBodies = reduced;
        }
        return out;
    }

    /** The names a citation may use for the document at {@code path} titled {@code title}, reduced to match keys. */
    private static Set<String> names(String path, String title) {
        LawVersion v = LawVersion.of(path);
        Set<String> out = new HashSet<>();
        for (String name : List.of(title, LawTitles.shortTitle(title), v.name(), LawTitles.shortTitle(v.name()))) {
            String k = LawTitles.matchKey(name);
            int qualifier = k.endsWith("）") ? k.lastIndexOf('（') : -1;
            if (qualifier > 0) k = k.substring(0, qualifier);
            if (!k.isEmpty()) out.add(k);
        }
        return out;
    }

    /** Parses the documents that are new or changed, whose links changed target, or that are {@code stale}; returns how many. */
    private int parse(ContentTree tree, Routes routes, Set<String> stale, Problems problems) {
        DocumentParser parser = new DocumentParser(routes, git, laws, options.drafts());
        List<SourceDocument> docs = tree.documents();
        Map<SourceDocument, DocumentParser.ParsedDocument> next = new IdentityHashMap<>();
        List<SourceDocument> todo = new ArrayList<>();
        for (SourceDocument d : docs) {
            if (d.frontMatter().draft() && !options.drafts()) continue;
            DocumentParser.ParsedDocument p = stale == null ? null : parsed.get(d);
            if (p != null && !stale.contains(d.path()) && p.stillValid(routes)) next.put(d, p);
            else todo.add(d);
        }
        DocumentParser.ParsedDocument[] fresh = new DocumentParser.ParsedDocument[todo.size()];
        Parallel.forEach(todo.size(), i -> fresh[i] = parser.parse(todo.get(i)));
        for (DocumentParser.ParsedDocument p : fresh) if (p != null) next.put(p.source(), p);
        for (SourceDocument d : docs) {
            DocumentParser.ParsedDocument p = next.get(d);
            if (p != null) problems.addAll(p.problems());
        }
        parsed = next;
        return todo.size();
    }

    /** Related pages: kept while the same pages exist with the same tags, keywords and categories. */
    private RelatedPages relatedPages() {
        return pages -> {
            List<RelatedKey> key = new ArrayList<>(pages.size());
            for (Page p : pages) {
                key.add(new RelatedKey(p.source(), p.meta().tags(), p.meta().keywords(), p.meta().category()));
            }
            if (!key.equals(relatedKey)) {
                related = RelatedPages.COMPUTE.find(pages);
                relatedKey = key;
            }
            return related;
        };
    }
}
