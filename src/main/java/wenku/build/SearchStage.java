package wenku.build;

import java.util.List;
import wenku.render.OutputSink;
import wenku.search.SearchDocument;

/** The search stage of the build: writes the search index into the output. */
final class SearchStage {
    private SearchStage() {
    }

    static void write(List<SearchDocument> docs, OutputSink out) {
        // The index writer (wenku.search) is wired in here.
    }
}
