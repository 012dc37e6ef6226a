package wenku.problem;

import java.util.Comparator;

/**
 * One thing wrong (or worth a warning) in the input, located as precisely as we can:
 * {@code content/安全/规程.md:7:10: front matter: date "明天" is not a date (write 2024-05-01)}.
 *
 * <p>Immutable. {@code line} and {@code column} are 1-based; 0 means "unknown".
 */
public record Problem(Severity severity, String file, int line, int column, String stage, String message) {

    /** How bad a problem is: errors fail the build, warnings are reported only. */
    public enum Severity { ERROR, WARNING }

    /** Sort order used for reports: by file, line, column, then message, so reports are deterministic. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String stage, String message) {
        return new Problem(Severity.ERROR, file, line, column, stage, message);
    }

    public static Problem warning(String file, int line, int column, String stage, String message) {
        return new Problem(Severity.WARNING, file, line, column, stage, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * This problem as the user should see it: the file of a content problem (paths are relative to the content
     * folder) put under {@code contentPrefix}, the content folder as the user named it ({@code content/}), so that
     * editors and CI servers can open it from where wenku was run. Template problems ({@code templates/…}) and
     * problems of the whole site stay as they are.
     */
    public Problem shownUnder(String contentPrefix) {
        if (file == null || contentPrefix.isEmpty() || file.startsWith("templates/")) return this;
        return new Problem(severity, contentPrefix + file, line, column, stage, message);
    }

    /** Hugo-style location prefix: {@code file:line:col}, omitting what is unknown. */
    public String location() {
        StringBuilder sb = new StringBuilder(file == null ? "<site>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.toString();
    }

    /** {@code path:line:column: error|warning: stage: message}. */
    public String format() {
        return location() + ": " + (isError() ? "error" : "warning") + ": "
                + (stage == null || stage.isEmpty() ? "" : stage + ": ") + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
