package wenku.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.html.BodyProcessor;
import wenku.html.LawMarkup;
import wenku.html.ProcessedBody;
import wenku.law.InfoBlock;
import wenku.law.LawIndex;
import wenku.markdown.MarkdownRenderer;
import wenku.markdown.MarkdownTooComplexException;
import wenku.problem.Problem;
import wenku.problem.Problems;
import wenku.site.LawLibrary;
import wenku.site.PageInput;
import wenku.site.Routes;

/**
 * The parse stage for one document: Markdown to safe HTML, links rewritten to the planned URLs, law articles
 * and citations marked up. Returns what it found about the document together with the problems it reported
 * and every URL it looked up, so that an incremental build can keep the result as long as the document and
 * the targets of its links stay the same.
 *
 * <p>Thread safe: one instance per build, called from all worker threads.
 */
final class DocumentParser {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Routes routes;
    private final GitDates git;
    private final LawLibrary laws;
    private final boolean drafts;

    DocumentParser(Routes routes, GitDates git, LawLibrary laws, boolean drafts) {
        this.routes = routes;
        this.git = git;
        this.laws = laws;
        this.drafts = drafts;
    }

    /** Parses one document; {@code null} for a draft when drafts are not built. */
    ParsedDocument parse(SourceDocument d) {
        if (d.frontMatter().draft() && !drafts) return null;
        Problems problems = new Problems();
        Map<SiteLinks.Target, String> links = new ConcurrentHashMap<>();
        Map<String, String> citedPages = new ConcurrentHashMap<>();
        TitleExtractor.Header h = TitleExtractor.header(d.body(), d.frontMatter().title());
        PageInput input = null;
        try {
            ProcessedBody body;
            SiteLinks siteLinks = new SiteLinks(d, routes, problems, links);
            if (d.isSectionIndex()) {
                body = BodyProcessor.process(markdown.render(h.body()), siteLinks);
            } else {
                String html = markdown.render(InfoBlock.withoutInfo(h.body()));
                body = BodyProcessor.process(html, siteLinks, List.of(lawMarkup(d, citedPages)));
            }
            GitDates.Dates g = git.of(d.path());
            input = new PageInput(d, h.title(), h.subtitle(), body, g == null ? null : g.first(), g == null ? null : g.last());
        } catch (MarkdownTooComplexException e) {
            problems.error(d.path(), d.bodyLine() + Math.max(0, e.line() - 1), 1, "markdown", e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(d.path(), d.bodyLine(), 1, "markdown", "document nested too deeply to render (flatten lists or quotes)");
        } catch (OutOfMemoryError e) {
            // this document's objects are unreachable again once we return, so the build can go on reporting
            problems.error(d.path(), d.bodyLine(), 1, "markdown", "not enough memory to render this document"
                    + " (split it into several notes, or give wenku more memory: java -Xmx2g -jar wenku.jar …)");
        }
        return new ParsedDocument(d, input, problems.sorted(), SiteLinks.fromUrl(d, routes), Map.copyOf(links), Map.copyOf(citedPages));
    }

    /** The law markup of one page: article anchors, citations linked to the pages of the cited laws. */
    private LawMarkup lawMarkup(SourceDocument d, Map<String, String> citedPages) {
        String from = routes.page(d.path());
        String fromUrl = from != null ? from : "index.html";
        LocalDate date = d.frontMatter().date() != null ? d.frontMatter().date() : TitleExtractor.dateInFileName(d.baseName());
        return new LawMarkup(laws.index(), new LawIndex.CitingDocument(d.path(), date), (target, fragment) -> {
            String url = routes.page(target);
            citedPages.put(target, url == null ? SiteLinks.NOWHERE : url);
            if (url == null) return null;
            return Routes.relative(fromUrl, url) + (fragment.isEmpty() ? "" : "#" + fragment);
        }, laws.newerAnchors(d.path()));
    }

    /**
     * One parsed document.
     *
     * @param source     the document as read
     * @param input      what the site assembler needs, or {@code null} when the document could not be rendered
     * @param problems   what parsing it reported
     * @param fromUrl    the URL its links were made relative to (its own page, else its section's list page)
     * @param links      every link target it asked for, with the site-root-relative URL it resolved to
     *                   ({@link SiteLinks#NOWHERE} when it resolved to nothing)
     * @param citedPages every document its law citations point to, with that document's URL (or {@link SiteLinks#NOWHERE})
     */
    record ParsedDocument(SourceDocument source, PageInput input, List<Problem> problems, String fromUrl,
                          Map<SiteLinks.Target, String> links, Map<String, String> citedPages) {

        /**
         * True when parsing the document again with {@code routes} (and the same law index) would give the same
         * result: its own URL and every URL it looked up are unchanged.
         */
        boolean stillValid(Routes routes) {
            if (!fromUrl.equals(SiteLinks.fromUrl(source, routes))) return false;
            for (Map.Entry<SiteLinks.Target, String> e : links.entrySet()) {
                String now = routes.resolve(source.path(), e.getKey().href());
                if (!e.getValue().equals(now == null ? SiteLinks.NOWHERE : now)) return false;
            }
            for (Map.Entry<String, String> e : citedPages.entrySet()) {
                String now = routes.page(e.getKey());
                if (!e.getValue().equals(now == null ? SiteLinks.NOWHERE : now)) return false;
            }
            return true;
        }
    }
}
