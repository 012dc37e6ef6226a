package wenku.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Shows which stage a build is in, on one line of an interactive terminal; silent when output is redirected. */
final class Progress implements Consumer<String> {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;

    Progress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(String stage) {
        if (!terminal) return;
        err.print("\r\u001b[2K" + "wenku: " + stage + " …");
        err.flush();
        if (stage.equals("write")) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
