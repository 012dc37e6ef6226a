package wenku.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.html.BodyProcessor;
import wenku.html.ProcessedBody;
import wenku.markdown.MarkdownRenderer;
import wenku.markdown.MarkdownTooComplexException;
import wenku.problem.Problems;
import wenku.site.PageInput;
import wenku.site.Routes;

/**
 * The parse stage for one document: Markdown to safe HTML, links rewritten to the planned URLs.
 * Returns what it found about the document together with the problems it reported and the links it
 * resolved, so that an incremental build can keep the result as long as the document and the targets
 * of its links stay the same.
 *
 * <p>Thread safe: one instance per build, called from all worker threads.
 */
final class DocumentParser {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Routes routes;
    private final GitDates git;
    private final boolean drafts;

    DocumentParser(Routes routes, GitDates git, boolean drafts) {
        this.routes = routes;
        this.git = git;
        this.drafts = drafts;
    }

    /** Parses one document; {@code null} for a draft when drafts are not built. */
    ParsedDocument parse(SourceDocument d) {
        if (d.frontMatter().draft() && !drafts) return null;
        Problems problems = new Problems();
        Map<SiteLinks.Target, String> links = new ConcurrentHashMap<>();
        TitleExtractor.Header h = TitleExtractor.header(d.body(), d.frontMatter().title());
        PageInput input = null;
        try {
            String html = markdown.render(h.body());
            ProcessedBody body = BodyProcessor.process(html, new SiteLinks(d, routes, problems, links));
            GitDates.Dates g = git.of(d.path());
            input = new PageInput(d, h.title(), h.subtitle(), body, g == null ? null : g.first(), g == null ? null : g.last());
        } catch (MarkdownTooComplexException e) {
            problems.error(d.path(), d.bodyLine(), 1, "markdown", e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(d.path(), d.bodyLine(), 1, "markdown", "document nested too deeply to render (flatten lists or quotes)");
        }
        return new ParsedDocument(d, input, problems.sorted(), SiteLinks.fromUrl(d, routes), Map.copyOf(links));
    }

    /**
     * One parsed document.
     *
     * @param source   the document as read
     * @param input    what the site assembler needs, or {@code null} when the document could not be rendered
     * @param problems what parsing it reported
     * @param fromUrl  the URL its links were made relative to (its own page, else its section's list page)
     * @param links    every link target it asked for, with the site-root-relative URL it resolved to
     *                 ({@link SiteLinks#NOWHERE} when it resolved to nothing)
     */
    record ParsedDocument(SourceDocument source, PageInput input, List<wenku.problem.Problem> problems, String fromUrl,
                          Map<SiteLinks.Target, String> links) {

        /** True when parsing the document again with {@code routes} would give the same result. */
        boolean stillValid(Routes routes) {
            if (!fromUrl.equals(SiteLinks.fromUrl(source, routes))) return false;
            for (Map.Entry<SiteLinks.Target, String> e : links.entrySet()) {
                String now = routes.resolve(source.path(), e.getKey().href());
                if (!e.getValue().equals(now == null ? SiteLinks.NOWHERE : now)) return false;
            }
            return true;
        }
    }
}
