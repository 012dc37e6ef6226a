package wenku.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import wenku.build.BuildListener;

/**
 * Shows how far a build has got on one line of an interactive terminal, redrawn in place: a bar with
 * a count for the stages that go through many documents or files (parse, render), and the stage name for the
 * others. Builds of fewer than {@value #MIN_ITEMS} items show no bar, just the stage names. Silent when
 * output is redirected (CI logs stay clean). {@link #clear()} wipes the line before the summary is printed.
 *
 * <p>Thread safe: the build's worker threads call {@link #advanced}; redraws are at most every 100 ms.
 */
final class Progress implements BuildListener {
    static final int MIN_ITEMS = 300;
    static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile String unit = "";
    private volatile int total;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err) {
        this(err, System.console() != null && !"dumb".equals(System.getenv("TERM")), System::nanoTime);
    }

    Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void stageStarted(String name, int items) {
        if (!terminal) return;
        stage = name;
        unit = switch (name) {
            case "parse" -> "documents";
            case "render" -> "files";
            default -> "";
        };
        total = items >= MIN_ITEMS ? items : 0;
        done.set(0);
        draw(true);
    }

    @Override
    public void advanced(int items) {
        if (!terminal) return;
        done.addAndGet(items);
        if (total > 0) draw(false);
    }

    /** Removes the progress line, so the next output starts on a clean line. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[2K");
            err.flush();
            drawn = false;
        }
    }

    private synchronized void draw(boolean force) {
        long now = clock.getAsLong();
        if (!force && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        err.print("\r\u001b[2K" + line(stage, Math.min(done.get(), total), total, unit));
        err.flush();
        drawn = true;
    }

    /** {@code wenku: parse   [===========>          ]  812/1584 documents  51%}, or {@code wenku: load …} without a total. */
    static String line(String stage, int done, int total, String unit) {
        if (total <= 0) return "wenku: " + stage + " …";
        int filled = (int) ((long) WIDTH * done / total);
        StringBuilder bar = new StringBuilder(WIDTH);
        for (int i = 0; i < WIDTH; i++) bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        if (filled >= WIDTH) bar.setCharAt(WIDTH - 1, '=');
        String count = String.valueOf(total);
        return String.format(Locale.ROOT, "wenku: %-7s [%s] %" + count.length() + "d/%d %s %3d%%",
                stage, bar, done, total, unit, (int) (100L * done / total));
    }
}
