package wenku.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import wenku.content.Asset;
import wenku.content.ContentLoader;
import wenku.content.ContentTree;
import wenku.content.SiteConfig;
import wenku.content.SourceDocument;
import wenku.html.SvgSanitizer;
import wenku.problem.BuildFailedException;
import wenku.problem.Problems;
import wenku.render.OutputSink;
import wenku.render.SiteRenderer;
import wenku.render.Theme;
import wenku.search.SearchDocument;
import wenku.site.LawLibrary;
import wenku.site.PageInput;
import wenku.site.Routes;
import wenku.site.Site;
import wenku.site.SiteAssembler;
import wenku.site.Taxonomy;

/**
 * One build of a site, as a recipe: load the content, plan the URLs, parse every document, assemble the
 * site model, render it, index it for search, and write it. Each stage is timed and counted.
 * All problems of a stage are collected; the build stops after the first stage that found errors, and
 * the previous output folder stays as it was.
 *
 * <p>{@code Build.run(options)} is the front door; {@code Build.check(options, checks, listener)} runs the
 * same stages without writing and without stopping at errors, for {@code wenku check}. A {@code Build} is
 * used once, by one thread (its stages use all cores internally).
 */
public final class Build {
    private final BuildOptions options;
    private final Problems problems = new Problems();
    private final StageLog log = new StageLog();
    private final BuildListener listener;

    private Build(BuildOptions options, BuildListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** Runs a whole build. Throws {@link BuildFailedException} listing every error when the input has errors. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, BuildListener.NONE);
    }

    /** Runs a whole build, telling {@code progress} the name of each stage as it starts. */
    public static BuildResult run(BuildOptions options, Consumer<String> progress) throws IOException {
        return run(options, new BuildListener() {
            @Override
            public void stageStarted(String stage, int total) {
                progress.accept(stage);
            }
        });
    }

    /** Runs a whole build, telling {@code listener} how far it has got. */
    public static BuildResult run(BuildOptions options, BuildListener listener) throws IOException {
        return new Build(options, listener).execute();
    }

    /**
     * Finds every problem a build would report, and what the extra {@code checks} find, without writing
     * anything and without stopping at the first stage with errors: the content is loaded, planned, parsed,
     * assembled and rendered (to nowhere), so template errors are found too. Never throws
     * {@link BuildFailedException}; {@link BuildResult#site()} is {@code null} when the site could not be
     * assembled. {@code options.out()} is ignored.
     */
    public static BuildResult check(BuildOptions options, List<ContentCheck> checks, BuildListener listener) throws IOException {
        return new Build(options, listener).checkAll(checks);
    }

    private BuildResult checkAll(List<ContentCheck> checks) throws IOException {
        ContentTree content = load();
        for (ContentCheck c : checks) {
            stage(c.name(), 0, () -> {
                c.check(options.content(), content, problems);
                return 1;
            }, x -> content.documents().size(), "files");
        }
        Routes routes = stage("plan", 0, () -> Routes.plan(content, problems), r -> content.documents().size(), "urls");
        GitDates git = options.gitDates() ? stage("git", 0, () -> GitDates.read(options.content()), g -> 1, "calls") : GitDates.none();
        LawLibrary laws = stage("laws", 0, () -> LawLibrary.read(pageDocuments(content), problems), l -> l.index().families().size(), "laws");
        List<PageInput> inputs = stage("parse", content.documents().size(), () -> parse(content, routes, git, laws), List::size, "documents");
        Site site;
        try {
            site = stage("assemble", 0, () -> SiteAssembler.assemble(content, routes, inputs, laws, problems), s -> s.pages().size(), "pages");
        } catch (RuntimeException e) {
            if (!problems.hasErrors()) throw e;
            return new BuildResult(null, problems.sorted(), log, 0); // an earlier error left too little to assemble
        }
        SiteRenderer renderer = SiteRenderer.create(Theme.open(options.templates()), problems);
        stage("render", expectedFiles(site), () -> renderer.render(site, (path, data) -> listener.advanced(1), problems), x -> x, "files");
        return new BuildResult(site, problems.sorted(), log, 0);
    }

    private ContentTree load() throws IOException {
        ContentTree tree = stage("load", 0, () -> ContentLoader.load(options.content(), problems), t -> t.documents().size(), "files");
        if (options.baseUrl() != null) {
            tree = new ContentTree(tree.config().withBaseUrl(options.baseUrl()), tree.documents(), tree.folders(), tree.assets());
        }
        return tree;
    }

    private BuildResult execute() throws IOException {
        if (options.out() != null) OutputFolder.repair(options.out());
        Assembled assembled = assemble(loadAndParse()); // inputs and law texts stay behind in assemble's frame
        ContentTree content = assembled.content();
        Routes routes = assembled.routes();
        Site site = assembled.site();
        Theme theme = Theme.open(options.templates());
        if (options.out() == null) {
            SiteRenderer renderer = SiteRenderer.create(theme, problems);
            int n = stage("render", expectedFiles(site), () -> renderer.render(site, (path, data) -> listener.advanced(1), problems), x -> x, "files");
            problems.failIfErrors("build");
            return new BuildResult(site, problems.sorted(), log, n);
        }
        try (OutputFolder out = OutputFolder.begin(options.out(), java.util.Arrays.asList(options.content(), options.templates()))) {
            SiteRenderer renderer = SiteRenderer.create(theme, problems);
            OutputSink counted = (path, data) -> {
                out.write(path, data);
                listener.advanced(1);
            };
            int rendered = stage("render", expectedFiles(site), () -> renderer.render(site, counted, problems), x -> x, "files");
            problems.failIfErrors("build");
            int copied = stage("copy", 0, () -> copyAssets(content, routes, out), x -> x, "files");
            int indexed = stage("index", 0, () -> index(site, out), x -> x, "documents");
            for (String path : out.collisions()) {
                problems.error(null, 0, 0, "urls", "two outputs would be written to " + path
                        + " (a page, section, tag or attachment takes the URL of another: rename one of them)");
            }
            problems.failIfErrors("build");
            stage("write", 0, () -> {
                out.commit();
                return 1;
            }, x -> x, "swap");
            return new BuildResult(site, problems.sorted(), log, rendered + copied + indexed);
        }
    }

    /**
     * What the stages that read the Markdown hand on: the content tree and the page inputs without the Markdown
     * bodies (the largest thing a build holds; nothing after parsing needs them, and a site ten times the laws
     * corpus must fit in a 2 GB heap).
     */
    private record Parsed(ContentTree content, Routes routes, List<PageInput> inputs, LawLibrary laws) {
    }

    private record Assembled(ContentTree content, Routes routes, Site site) {
    }

    /** The assemble stage. */
    private Assembled assemble(Parsed parsed) throws IOException {
        Site site = stage("assemble", 0, () -> SiteAssembler.assemble(parsed.content(), parsed.routes(), parsed.inputs(),
                parsed.laws(), problems), s -> s.pages().size(), "pages");
        problems.failIfErrors("build");
        return new Assembled(parsed.content(), parsed.routes(), site);
    }

    /**
     * What the load, plan, git and laws stages hand to parsing: the content tree without Markdown bodies, and the
     * full sources in an array that the parse stage empties as it goes.
     */
    private record Loaded(ContentTree content, Routes routes, GitDates git, LawLibrary laws, SourceDocument[] sources) {
    }

    /** The load, plan, git and laws stages. The full tree is referenced only from this method's frame. */
    private Loaded loadAndPlan() throws IOException {
        ContentTree content = load();
        Routes routes = stage("plan", 0, () -> Routes.plan(content, problems), r -> content.documents().size(), "urls");
        GitDates git = options.gitDates() ? stage("git", 0, () -> GitDates.read(options.content()), g -> 1, "calls") : GitDates.none();
        LawLibrary laws = stage("laws", 0, () -> LawLibrary.read(pageDocuments(content), problems), l -> l.index().families().size(), "laws");
        List<SourceDocument> slim = new ArrayList<>(content.documents().size());
        for (SourceDocument d : content.documents()) slim.add(withoutBody(d));
        return new Loaded(new ContentTree(content.config(), List.copyOf(slim), content.folders(), content.assets()),
                routes, git, laws, content.documents().toArray(new SourceDocument[0]));
    }

    /** The stages that read the Markdown: load, plan, git, laws and parse. */
    private Parsed loadAndParse() throws IOException {
        Loaded loaded = loadAndPlan();
        List<PageInput> inputs = stage("parse", loaded.sources().length,
                () -> parse(loaded.sources(), loaded.routes(), loaded.git(), loaded.laws()), List::size, "documents");
        problems.failIfErrors("build");
        return new Parsed(loaded.content(), loaded.routes(), inputs, loaded.laws());
    }

    private static SourceDocument withoutBody(SourceDocument d) {
        return new SourceDocument(d.path(), d.frontMatter(), "", d.bodyLine(), d.encoding());
    }

    /** The documents that become pages: no section indexes, no drafts unless asked for. */
    private List<SourceDocument> pageDocuments(ContentTree tree) {
        return pageDocuments(tree, options.drafts());
    }

    static List<SourceDocument> pageDocuments(ContentTree tree, boolean drafts) {
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument d : tree.documents()) {
            if (!d.isSectionIndex() && (!d.frontMatter().draft() || drafts)) out.add(d);
        }
        return out;
    }

    /** The parse stage: Markdown to safe HTML for every document, in parallel. */
    private List<PageInput> parse(ContentTree tree, Routes routes, GitDates git, LawLibrary laws) {
        return parse(tree.documents().toArray(new SourceDocument[0]), routes, git, laws);
    }

    /**
     * The parse stage over {@code docs}, each source taken out of the array as it is parsed, so that its Markdown
     * can go once its page body exists.
     */
    private List<PageInput> parse(SourceDocument[] docs, Routes routes, GitDates git, LawLibrary laws) {
        DocumentParser parser = new DocumentParser(routes, git, laws, options.drafts());
        PageInput[] out = new PageInput[docs.length];
        Parallel.forEach(docs.length, i -> {
            SourceDocument d = docs[i];
            docs[i] = null;
            DocumentParser.ParsedDocument parsed = parser.parse(d);
            if (parsed != null) {
                problems.addAll(parsed.problems());
                PageInput in = parsed.input();
                out[i] = in == null ? null : new PageInput(withoutBody(in.source()), in.title(), in.subtitle(), in.body(),
                        in.firstCommit(), in.lastCommit());
            }
            listener.advanced(1);
        });
        List<PageInput> list = new ArrayList<>(out.length);
        for (PageInput p : out) if (p != null) list.add(p);
        return list;
    }

    /**
     * About how many files the render stage writes (for a progress bar; exact for the default theme):
     * articles, list pages of sections and taxonomy terms, taxonomy indexes, and a few fixed files.
     */
    static int expectedFiles(Site site) {
        int per = site.config().paginate();
        int n = site.pages().size() + 6;
        for (var s : site.sections()) n += s.isRoot() ? 0 : Math.max(1, (s.pageIds().size() + per - 1) / per);
        for (Taxonomy t : site.taxonomies()) {
            n++;
            for (Taxonomy.Term term : t.terms()) n += Math.max(1, (term.count() + per - 1) / per);
        }
        return n;
    }

    private int copyAssets(ContentTree tree, Routes routes, OutputFolder out) throws IOException {
        int n = 0;
        for (Asset a : tree.assets()) {
            String url = routes.asset(a.path());
            if (url == null) continue;
            if (a.path().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                // an SVG opened on its own runs its scripts with the site's rights: publish it without them
                SvgSanitizer.Result clean = SvgSanitizer.clean(java.nio.file.Files.readAllBytes(a.file()));
                if (!clean.removed().isEmpty()) {
                    problems.warning(a.path(), 0, 0, "content", "removed " + String.join(", ", clean.removed())
                            + " from this SVG: images must not contain scripts (remove them from the file)");
                }
                out.write(url, clean.bytes());
            } else {
                out.copy(a.file(), url);
            }
            n++;
        }
        return n;
    }

    /** The index stage: hands every page's text to the search index writer. */
    private int index(Site site, OutputSink out) {
        List<SearchDocument> docs = SearchDocuments.from(site);
        SearchStage.write(docs, out);
        return docs.size();
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private <T> T stage(String name, int total, Step<T> step, java.util.function.ToIntFunction<T> items, String unit) throws IOException {
        listener.stageStarted(name, total);
        long t0 = System.nanoTime();
        T result = step.run();
        StageLog.Stage done = log.add(name, System.nanoTime() - t0, items.applyAsInt(result), unit);
        listener.stageFinished(done);
        return result;
    }

    /** The site settings a build would use, for commands that need them without building. */
    public static SiteConfig config(BuildOptions options) throws IOException {
        return ContentLoader.load(options.content(), new Problems()).config();
    }
}
