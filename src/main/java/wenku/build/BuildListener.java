package wenku.build;

/**
 * Hears how far a build has got, for progress bars. Every method has an empty default, so a listener
 * implements only what it shows.
 *
 * <p>{@link #advanced} is called from the build's worker threads, possibly at the same time; the other
 * methods from the thread that runs the build. Implementations must be cheap: they are called once per item.
 */
public interface BuildListener {
    /** A listener that ignores everything. */
    BuildListener NONE = new BuildListener() {
    };

    /**
     * A stage starts.
     *
     * @param stage its name ({@code load}, {@code parse}, {@code render} …)
     * @param total how many items it will process, or 0 when it does not count them
     */
    default void stageStarted(String stage, int total) {
    }

    /** {@code items} more items of the current stage are done. */
    default void advanced(int items) {
    }

    /** The current stage finished, as recorded in the build's {@link StageLog}. */
    default void stageFinished(StageLog.Stage stage) {
    }
}
