package wenku.build;

import java.util.List;
import wenku.problem.Problem;
import wenku.site.Site;

/**
 * What a finished build produced.
 *
 * @param site     the site model ({@code null} when the build failed before it was assembled)
 * @param problems every problem found, errors and warnings, sorted
 * @param stages   time and item count per stage
 * @param files    number of files written
 */
public record BuildResult(Site site, List<Problem> problems, StageLog stages, int files) {
    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> !p.isError()).count();
    }
}
