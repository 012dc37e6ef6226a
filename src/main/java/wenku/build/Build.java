package wenku.build;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import wenku.content.Asset;
import wenku.content.ContentLoader;
import wenku.content.ContentTree;
import wenku.content.SiteConfig;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.html.BodyProcessor;
import wenku.html.LawMarkup;
import wenku.html.ProcessedBody;
import wenku.law.InfoBlock;
import wenku.law.LawIndex;
import wenku.markdown.MarkdownRenderer;
import wenku.markdown.MarkdownTooComplexException;
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

/**
 * One build of a site, as a recipe: load the content, plan the URLs, parse every document, assemble the
 * site model, render it, index it for search, and write it. Each stage is timed and counted.
 * All problems of a stage are collected; the build stops after the first stage that found errors, and
 * the previous output folder stays as it was.
 *
 * <p>{@code Build.run(options)} is the front door. A {@code Build} is used once, by one thread
 * (its stages use all cores internally).
 */
public final class Build {
    private final BuildOptions options;
    private final Problems problems = new Problems();
    private final StageLog log = new StageLog();
    private final Consumer<String> progress;

    private Build(BuildOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs a whole build. Throws {@link BuildFailedException} listing every error when the input has errors. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, s -> { });
    }

    /** Runs a whole build, telling {@code progress} the name of each stage as it starts. */
    public static BuildResult run(BuildOptions options, Consumer<String> progress) throws IOException {
        return new Build(options, progress).execute();
    }

    private BuildResult execute() throws IOException {
        ContentTree tree = stage("load", () -> ContentLoader.load(options.content(), problems), t -> t.documents().size(), "files");
        if (options.baseUrl() != null) {
            tree = new ContentTree(tree.config().withBaseUrl(options.baseUrl()), tree.documents(), tree.folders(), tree.assets());
        }
        ContentTree content = tree;
        Routes routes = stage("plan", () -> Routes.plan(content, problems), r -> content.documents().size(), "urls");
        GitDates git = options.gitDates() ? stage("git", () -> GitDates.read(options.content()), g -> 1, "calls") : GitDates.none();
        LawLibrary laws = stage("laws", () -> LawLibrary.read(pageDocuments(content), problems), l -> l.index().families().size(), "laws");
        List<PageInput> inputs = stage("parse", () -> parse(content, routes, git, laws), List::size, "documents");
        problems.failIfErrors("build");
        Site site = stage("assemble", () -> SiteAssembler.assemble(content, routes, inputs, laws, problems),
                s -> s.pages().size(), "pages");
        problems.failIfErrors("build");
        Theme theme = Theme.open(options.templates());
        if (options.out() == null) {
            SiteRenderer renderer = SiteRenderer.create(theme, problems);
            int n = stage("render", () -> renderer.render(site, (path, data) -> { }, problems), x -> x, "files");
            problems.failIfErrors("build");
            return new BuildResult(site, problems.sorted(), log, n);
        }
        try (OutputFolder out = OutputFolder.begin(options.out())) {
            SiteRenderer renderer = SiteRenderer.create(theme, problems);
            int rendered = stage("render", () -> renderer.render(site, out, problems), x -> x, "files");
            problems.failIfErrors("build");
            int copied = stage("copy", () -> copyAssets(content, routes, out), x -> x, "files");
            int indexed = stage("index", () -> index(site, out), x -> x, "documents");
            problems.failIfErrors("build");
            stage("write", () -> {
                out.commit();
                return 1;
            }, x -> x, "swap");
            return new BuildResult(site, problems.sorted(), log, rendered + copied + indexed);
        }
    }

    /** The documents that become pages: no section indexes, no drafts unless asked for. */
    private List<SourceDocument> pageDocuments(ContentTree tree) {
        List<SourceDocument> out = new ArrayList<>();
        for (SourceDocument d : tree.documents()) {
            if (!d.isSectionIndex() && (!d.frontMatter().draft() || options.drafts())) out.add(d);
        }
        return out;
    }

    /** The parse stage: Markdown to safe HTML for every document, in parallel. */
    private List<PageInput> parse(ContentTree tree, Routes routes, GitDates git, LawLibrary laws) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<SourceDocument> docs = tree.documents();
        PageInput[] out = new PageInput[docs.size()];
        Parallel.forEach(docs.size(), i -> {
            SourceDocument d = docs.get(i);
            if (d.frontMatter().draft() && !options.drafts()) return;
            TitleExtractor.Header h = TitleExtractor.header(d.body(), d.frontMatter().title());
            ProcessedBody body;
            try {
                if (d.isSectionIndex()) {
                    body = BodyProcessor.process(markdown.render(h.body()), new SiteLinks(d, routes, problems));
                } else {
                    String html = markdown.render(InfoBlock.withoutInfo(h.body()));
                    body = BodyProcessor.process(html, new SiteLinks(d, routes, problems), List.of(lawMarkup(d, routes, laws)));
                }
            } catch (MarkdownTooComplexException e) {
                problems.error(d.path(), d.bodyLine(), 1, "markdown", e.getMessage());
                return;
            } catch (StackOverflowError e) {
                problems.error(d.path(), d.bodyLine(), 1, "markdown", "document nested too deeply to render (flatten lists or quotes)");
                return;
            }
            GitDates.Dates g = git.of(d.path());
            out[i] = new PageInput(d, h.title(), h.subtitle(), body, g == null ? null : g.first(), g == null ? null : g.last());
        });
        List<PageInput> list = new ArrayList<>(out.length);
        for (PageInput p : out) if (p != null) list.add(p);
        return list;
    }

    /** The law markup of one page: article anchors, citations linked to the pages of the cited laws. */
    private static LawMarkup lawMarkup(SourceDocument d, Routes routes, LawLibrary laws) {
        String from = routes.page(d.path());
        String fromUrl = from != null ? from : "index.html";
        LocalDate date = d.frontMatter().date() != null ? d.frontMatter().date() : TitleExtractor.dateInFileName(d.baseName());
        return new LawMarkup(laws.index(), new LawIndex.CitingDocument(d.path(), date), (target, fragment) -> {
            String url = routes.page(target);
            if (url == null) return null;
            return Routes.relative(fromUrl, url) + (fragment.isEmpty() ? "" : "#" + fragment);
        }, laws.newerAnchors(d.path()));
    }

    private int copyAssets(ContentTree tree, Routes routes, OutputFolder out) throws IOException {
        int n = 0;
        for (Asset a : tree.assets()) {
            String url = routes.asset(a.path());
            if (url == null) continue;
            out.copy(a.file(), url);
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

    private <T> T stage(String name, Step<T> step, java.util.function.ToIntFunction<T> items, String unit) throws IOException {
        progress.accept(name);
        long t0 = System.nanoTime();
        T result = step.run();
        log.add(name, System.nanoTime() - t0, items.applyAsInt(result), unit);
        return result;
    }

    /** The site settings a build would use, for commands that need them without building. */
    public static SiteConfig config(BuildOptions options) throws IOException {
        return ContentLoader.load(options.content(), new Problems()).config();
    }
}
