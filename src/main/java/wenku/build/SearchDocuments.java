package wenku.build;

import java.util.ArrayList;
import java.util.List;
import wenku.html.TextBlock;
import wenku.search.SearchDocument;
import wenku.law.LawVersion;
import wenku.site.LawShelf;
import wenku.site.Page;
import wenku.site.Section;
import wenku.site.Site;

/** Turns the site model into what the search index needs, page by page. Stateless. */
final class SearchDocuments {
    private SearchDocuments() {
    }

    static List<SearchDocument> from(Site site) {
        List<SearchDocument> out = new ArrayList<>(site.pages().size());
        for (Page p : site.pages()) {
            List<String> path = new ArrayList<>();
            for (Section s : site.trail(p.sectionId())) path.add(s.title());
            List<SearchDocument.Block> blocks = new ArrayList<>();
            for (TextBlock b : p.body().blocks()) blocks.add(new SearchDocument.Block(b.anchor(), b.label(), b.text()));
            Section s = site.section(p.sectionId());
            // a law with several versions is searched as one: all versions share a key, only the newest is "latest"
            var law = site.laws().of(p.id()).filter(l -> l.versions().size() > 1);
            String lawKey = law.map(l -> LawVersion.of(p.source()).key()).orElse(null);
            boolean latest = law.map(LawShelf.LawPage::isNewest).orElse(true);
            out.add(new SearchDocument(p.url(), p.title(), p.subtitle(), List.copyOf(path), s.folder(),
                    p.meta().category(), p.date(), lawKey, latest, List.copyOf(blocks)));
        }
        return out;
    }
}
