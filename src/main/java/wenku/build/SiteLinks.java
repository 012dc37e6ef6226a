package wenku.build;

import wenku.content.SourceDocument;
import wenku.html.LinkRewriter;
import wenku.problem.Problems;
import wenku.site.Routes;

/** Rewrites the links of one document to the planned URLs, reporting links to nothing with their line. */
final class SiteLinks implements LinkRewriter {
    private final SourceDocument doc;
    private final Routes routes;
    private final Problems problems;
    private final String fromUrl;

    SiteLinks(SourceDocument doc, Routes routes, Problems problems) {
        this.doc = doc;
        this.routes = routes;
        this.problems = problems;
        String url = routes.page(doc.path());
        this.fromUrl = url != null ? url : routes.section(doc.folder()) != null ? routes.section(doc.folder()) : "index.html";
    }

    @Override
    public String rewrite(String href, boolean image) {
        String target = routes.resolve(doc.path(), href);
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
