package wenku.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import wenku.problem.Problem;
import wenku.text.Escape;

/**
 * Problems written out for people and for CI servers. Paths of content files are prefixed with the content
 * folder as the user named it ({@code content/学习资料/x.md}), so that editors, GitLab and Jenkins can open
 * them from the repository root.
 *
 * <ul>
 *   <li>{@link #text}: one line each, {@code path:line:column: error|warning: stage: message}, the format of
 *       GCC and Hugo, which Jenkins' Warnings plugin reads as "GCC" (a problem with a file but no known line is
 *       put on line 1, without a column);</li>
 *   <li>{@link #json}: {@code {"errors":n,"warnings":n,"problems":[{"file","line","column","severity","stage","message"}]}},
 *       line and column 0 when unknown;</li>
 *   <li>{@link #gitlab}: GitLab's Code Quality report (a JSON array), shown in merge requests.</li>
 * </ul>
 *
 * <p>Stateless.
 */
public final class ProblemReport {
    private ProblemReport() {
    }

    /** The path a problem is shown at: content files under {@code contentPrefix}, templates and {@code <site>} as they are. */
    public static String path(Problem p, String contentPrefix) {
        return p.file() == null ? "<site>" : p.shownUnder(contentPrefix).file();
    }

    /** {@code path:line:column: error|warning: stage: message}, one line per problem. */
    public static String text(List<Problem> problems, String contentPrefix) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(path(p, contentPrefix));
            if (p.file() != null) {
                sb.append(':').append(Math.max(1, p.line())); // tools that read GCC's format need a line
                if (p.column() > 0) sb.append(':').append(p.column());
            }
            sb.append(": ").append(p.isError() ? "error" : "warning").append(": ");
            if (p.stage() != null && !p.stage().isEmpty()) sb.append(p.stage()).append(": ");
            sb.append(p.message()).append('\n');
        }
        return sb.toString();
    }

    /** A JSON object with the counts and every problem. */
    public static String json(List<Problem> problems, String contentPrefix) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder sb = new StringBuilder();
        sb.append("{\"errors\":").append(errors).append(",\"warnings\":").append(problems.size() - errors).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (i > 0) sb.append(',');
            sb.append("\n  {\"file\":").append(Escape.json(path(p, contentPrefix)))
                    .append(",\"line\":").append(p.line())
                    .append(",\"column\":").append(p.column())
                    .append(",\"severity\":").append(Escape.json(p.isError() ? "error" : "warning"))
                    .append(",\"stage\":").append(Escape.json(p.stage() == null ? "" : p.stage()))
                    .append(",\"message\":").append(Escape.json(p.message())).append('}');
        }
        sb.append(problems.isEmpty() ? "]}\n" : "\n]}\n");
        return sb.toString();
    }

    /**
     * GitLab Code Quality: {@code [{"description","check_name","fingerprint","severity","location":{"path","lines":{"begin"}}}]};
     * errors are {@code major}, warnings {@code minor}.
     */
    public static String gitlab(List<Problem> problems, String contentPrefix) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            String path = path(p, contentPrefix);
            String description = (p.stage() == null || p.stage().isEmpty() ? "" : p.stage() + ": ") + p.message();
            if (i > 0) sb.append(',');
            sb.append("\n  {\"description\":").append(Escape.json(description))
                    .append(",\"check_name\":").append(Escape.json("wenku/" + (p.stage() == null || p.stage().isEmpty() ? "content" : p.stage().replace(' ', '-'))))
                    .append(",\"fingerprint\":").append(Escape.json(fingerprint(path + ":" + p.line() + ":" + p.column() + ":" + description)))
                    .append(",\"severity\":").append(Escape.json(p.isError() ? "major" : "minor"))
                    .append(",\"location\":{\"path\":").append(Escape.json(path))
                    .append(",\"lines\":{\"begin\":").append(Math.max(1, p.line())).append("}}}");
        }
        sb.append(problems.isEmpty() ? "]\n" : "\n]\n");
        return sb.toString();
    }

    private static String fingerprint(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
