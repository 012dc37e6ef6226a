package wenku.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time and item count of each stage of a build, in order, so that the cost of every stage is visible.
 *
 * <p>Not thread safe: stages run one after another and are recorded by the build's own thread.
 */
public final class StageLog {
    /** One finished stage. */
    public record Stage(String name, long nanos, int items, String unit) {
        public double millis() {
            return nanos / 1e6;
        }
    }

    private final List<Stage> stages = new ArrayList<>();

    Stage add(String name, long nanos, int items, String unit) {
        Stage s = new Stage(name, nanos, items, unit);
        stages.add(s);
        return s;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public long totalNanos() {
        return stages.stream().mapToLong(Stage::nanos).sum();
    }

    /** A small aligned table: stage, milliseconds, items. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        for (Stage s : stages) {
            sb.append(String.format(Locale.ROOT, "  %-10s %8.1f ms  %7d %s%n", s.name(), s.millis(), s.items(), s.unit()));
        }
        sb.append(String.format(Locale.ROOT, "  %-10s %8.1f ms%n", "total", totalNanos() / 1e6));
        return sb.toString();
    }
}
