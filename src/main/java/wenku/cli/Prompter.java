package wenku.cli;

import java.io.Console;

/** Asks the person at the terminal. {@link #system()} asks only when standard input is a terminal. */
interface Prompter {
    /** True when there is someone to ask. */
    boolean isInteractive();

    /** Shows the question and returns the answer line ({@code null} at end of input). */
    String ask(String question);

    /** The real terminal: {@link System#console()}, which exists only when input and output are a terminal. */
    static Prompter system() {
        return new Prompter() {
            @Override
            public boolean isInteractive() {
                return System.console() != null;
            }

            @Override
            public String ask(String question) {
                Console c = System.console();
                return c == null ? null : c.readLine("%s", question);
            }
        };
    }
}
