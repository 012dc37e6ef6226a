package wenku.build;

import java.util.Map;
import wenku.content.SourceDocument;
import wenku.html.LinkRewriter;
import wenku.problem.Problems;
import wenku.site.Routes;

/**
 * Rewrites the links of one document to the planned URLs, reporting links to nothing with their line.
 * Every target asked for is recorded with what it resolved to, so that an incremental build can tell
 * whether the document's links still lead to the same places after files were added, renamed or deleted.
 */
final class SiteLinks implements LinkRewriter {
    /** Recorded for a link that resolved to nothing. */
    static final String NOWHERE = "";

    /** A link target as written in the document, and whether it was an image. */
    record Target(String href, boolean image) {
    }

    private final SourceDocument doc;
    private final Routes routes;
    private final Problems problems;
    private final Map<Target, String> resolved;
    private final String fromUrl;

    SiteLinks(SourceDocument doc, Routes routes, Problems problems, Map<Target, String> resolved) {
        this.doc = doc;
        this.routes = routes;
        this.problems = problems;
        this.resolved = resolved;
        this.fromUrl = fromUrl(doc, routes);
    }

    /** The URL a document's links are made relative to: its page, else its section's list page. */
    static String fromUrl(SourceDocument doc, Routes routes) {
        String url = routes.page(doc.path());
        return url != null ? url : routes.section(doc.folder()) != null ? routes.section(doc.folder()) : "index.html";
    }

    @Override
    public String rewrite(String href, boolean image) {
        String target = routes.resolve(doc.path(), href);
        if (image && target != null && !routes.isAsset(target)) target = null; // an image must be an image, not a page
        resolved.put(new Target(href, image), target == null ? NOWHERE : target);
        if (target == null) {
            int[] pos = locate(href);
            problems.warning(doc.path(), pos[0], pos[1], "links",
                    (image ? "image " : "link ") + "\"" + href + "\" points to nothing in the site (check the file name and path)");
            return null;
        }
        return Routes.relative(fromUrl, target);
    }

    /** The line and column of the link in the source file (best effort: the first occurrence of the target). */
    private int[] locate(String href) {
        String body = doc.body();
        int at = body.indexOf(href);
        if (at < 0) return new int[] {doc.bodyLine(), 0};
        int line = doc.bodyLine();
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
