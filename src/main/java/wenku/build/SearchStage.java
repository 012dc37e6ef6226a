package wenku.build;

import java.util.List;
import wenku.render.OutputSink;
import wenku.search.SearchDocument;
import wenku.search.SearchIndex;

/** The search stage of the build: writes the search index ({@code search/…}) into the output. */
final class SearchStage {
    private SearchStage() {
    }

    static SearchIndex.Summary write(List<SearchDocument> docs, OutputSink out) {
        return SearchIndex.write(docs, out::write);
    }
}
