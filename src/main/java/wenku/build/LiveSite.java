package wenku.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.Asset;
import wenku.problem.BuildFailedException;
import wenku.problem.Problem;
import wenku.problem.Problems;
import wenku.render.SiteRenderer;
import wenku.site.Routes;
import wenku.site.Site;

/**
 * A site built in memory by {@link IncrementalBuild}, whose files are made when they are asked for:
 * a page is rendered the first time a browser requests it (and kept), an image is read from the content
 * folder, the search index is written on the first request for one of its files. So a change to one
 * document costs one parse and one render of the page being looked at, however large the site.
 *
 * <p>Immutable apart from its caches; thread safe.
 */
public final class LiveSite {
    private final Site site;
    private final SiteRenderer renderer;
    private final List<Problem> problems;
    private final StageLog stages;
    private final Map<String, Path> assets;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private volatile Map<String, byte[]> searchFiles;

    LiveSite(Site site, Routes routes, List<Asset> contentAssets, SiteRenderer renderer, List<Problem> problems, StageLog stages) {
        this.site = site;
        this.renderer = renderer;
        this.problems = List.copyOf(problems);
        this.stages = stages;
        Map<String, Path> a = new HashMap<>();
        if (routes != null) {
            for (Asset asset : contentAssets) {
                String url = routes.asset(asset.path());
                if (url != null) a.put(url, asset.file());
            }
        }
        this.assets = Map.copyOf(a);
    }

    static LiveSite failed(List<Problem> problems, StageLog stages) {
        return new LiveSite(null, null, List.of(), null, problems, stages);
    }

    /** False when the content has errors: there is no site to show, only {@link #problems()}. */
    public boolean ok() {
        return site != null;
    }

    /** The site model, or {@code null} when the content has errors. */
    public Site site() {
        return site;
    }

    /** Every problem the build found, errors and warnings, sorted. Problems found while rendering are not included. */
    public List<Problem> problems() {
        return problems;
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> !p.isError()).count();
    }

    /** Time and item count of each stage of the build that made this site. */
    public StageLog stages() {
        return stages;
    }

    /**
     * The file at a site-root-relative path ({@code 学习资料/index.html}, {@code assets/site.css}); a path
     * that is empty or ends with {@code /} means the {@code index.html} in that folder.
     *
     * @return the bytes, or empty when the site has no such file (or the site has errors)
     * @throws BuildFailedException when the file is a page whose rendering failed (a template error)
     * @throws UncheckedIOException when a file of the content folder cannot be read
     */
    public Optional<byte[]> file(String path) {
        if (site == null) return Optional.empty();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty() || p.endsWith("/")) p = p + "index.html";
        byte[] done = rendered.get(p);
        if (done != null) return Optional.of(done);
        Path asset = assets.get(p);
        if (asset != null) {
            try {
                return Optional.of(Files.readAllBytes(asset));
            } catch (NoSuchFileException e) {
                return Optional.empty(); // deleted since the build: the next build drops it
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String wanted = p;
        Problems renderProblems = new Problems();
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        renderer.render(site, out::put, renderProblems, wanted::equals);
        renderProblems.failIfErrors("render " + wanted);
        byte[] page = out.get(wanted);
        if (page != null) {
            rendered.put(wanted, page);
            return Optional.of(page);
        }
        return Optional.ofNullable(searchFiles().get(wanted));
    }

    private Map<String, byte[]> searchFiles() {
        Map<String, byte[]> s = searchFiles;
        if (s == null) {
            synchronized (this) {
                s = searchFiles;
                if (s == null) {
                    Map<String, byte[]> out = new ConcurrentHashMap<>();
                    SearchStage.write(SearchDocuments.from(site), out::put);
                    searchFiles = s = Map.copyOf(out);
                }
            }
        }
        return s;
    }
}
