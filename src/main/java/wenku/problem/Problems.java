package wenku.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a build so that every one of them is reported, not just the first.
 *
 * <p>Thread safe: stages running on several threads may {@link #add} concurrently.
 * {@link #sorted()} returns a deterministic snapshot.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem p) {
        list.add(p);
    }

    public void error(String file, int line, int column, String stage, String message) {
        add(Problem.error(file, line, column, stage, message));
    }

    public void warning(String file, int line, int column, String stage, String message) {
        add(Problem.warning(file, line, column, stage, message));
    }

    public synchronized void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return list.stream().filter(p -> !p.isError()).count();
    }

    /** A sorted copy: errors and warnings, in file/line order. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.ORDER);
        return copy;
    }

    /** Throws {@link BuildFailedException} listing every error when there is at least one. */
    public void failIfErrors(String stage) {
        if (hasErrors()) throw new BuildFailedException(stage, sorted());
    }
}
