package wenku.problem;

import java.util.List;

/** A stage found errors in the input. Carries all problems of the build so far, numbered in {@link #getMessage()}. */
public final class BuildFailedException extends RuntimeException {
    private final String stage;
    private final transient List<Problem> problems;

    public BuildFailedException(String stage, List<Problem> problems) {
        super(describe(stage, problems));
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The message with every file shown under {@code contentPrefix} (see {@link Problem#shownUnder}). */
    public String describe(String contentPrefix) {
        return describe(stage, problems.stream().map(p -> p.shownUnder(contentPrefix)).toList());
    }

    private static String describe(String stage, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder sb = new StringBuilder();
        sb.append(stage).append(" failed with ").append(errors).append(errors == 1 ? " error" : " errors").append(':');
        int i = 1;
        for (Problem p : problems) {
            if (!p.isError()) continue;
            sb.append('\n').append(String.format("%3d. ", i++)).append(p.format());
        }
        return sb.toString();
    }
}
