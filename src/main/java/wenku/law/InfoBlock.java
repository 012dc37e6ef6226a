package wenku.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a law between its title and the {@code <!-- INFO END -->} marker: its promulgation and
 * amendment history, and other notes (document numbers such as {@code 法释〔2021〕11号}, the issuing organ of a
 * case collection).
 *
 * <p>A line that starts with a date starts a {@link HistoryEntry}. A line without a date that follows an entry
 * whose 《 is still open continues that entry (the source wraps long decision titles); any other line without
 * a date is a note. Immutable.
 *
 * @param entries the dated lines, in the order written (normally oldest first)
 * @param notes   the other lines, in the order written
 */
public record InfoBlock(List<HistoryEntry> entries, List<String> notes) {

    /** The marker that ends the info block in the corpus. */
    public static final String END_MARKER = "<!-- INFO END -->";

    public InfoBlock {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /** An info block with nothing in it. */
    public static InfoBlock empty() {
        return new InfoBlock(List.of(), List.of());
    }

    /**
     * Reads the lines of an info block: each element one line or one paragraph of plain text, blank ones
     * ignored.
     */
    public static InfoBlock parse(List<String> lines) {
        List<HistoryEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String raw : lines) {
            String line = clean(raw);
            if (line.isEmpty()) continue;
            DateText date = DateText.atStart(line);
            if (date != null) {
                String text = tidy(line.substring(date.end()));
                entries.add(new HistoryEntry(date.date(), HistoryEntry.Kind.of(text), text));
            } else if (!entries.isEmpty() && isOpen(entries.get(entries.size() - 1).text())) {
                HistoryEntry last = entries.remove(entries.size() - 1);
                String text = tidy(last.text() + line);
                entries.add(new HistoryEntry(last.date(), HistoryEntry.Kind.of(text), text));
            } else {
                notes.add(line);
            }
        }
        return new InfoBlock(entries, notes);
    }

    /**
     * The Markdown {@code body} with every line up to and including the {@code <!-- INFO END -->} marker blanked
     * (so line numbers still add up), for rendering the body without its info block; the body itself when it has
     * no marker.
     */
    public static String withoutInfo(String body) {
        String[] lines = body.split("\n", -1);
        int marker = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(END_MARKER)) {
                marker = i;
                break;
            }
        }
        if (marker < 0) return body;
        for (int i = 0; i <= marker; i++) lines[i] = "";
        return String.join("\n", lines);
    }

    /** True when there is neither an entry nor a note. */
    public boolean isEmpty() {
        return entries.isEmpty() && notes.isEmpty();
    }

    /** The date of the newest entry that changed the text (通过, 公布, 修正, 修订), if any. */
    public Optional<LocalDate> lastChange() {
        return entries.stream().filter(e -> e.kind().changesText()).map(HistoryEntry::date)
                .max(LocalDate::compareTo);
    }

    /** The date of the newest 施行 entry, if any. */
    public Optional<LocalDate> effectiveDate() {
        return entries.stream().filter(e -> e.kind() == HistoryEntry.Kind.EFFECTIVE).map(HistoryEntry::date)
                .max(LocalDate::compareTo);
    }

    private static String clean(String s) {
        return s.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
    }

    /** Drops leading 由, trailing commas and an unbalanced closing parenthesis left by a split sentence. */
    private static String tidy(String text) {
        String t = text.strip();
        if (t.startsWith("由")) t = t.substring(1).strip();
        while (!t.isEmpty() && "，,。；;".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        if ((t.endsWith("）") || t.endsWith(")")) && count(t, '（') + count(t, '(') < count(t, '）') + count(t, ')')) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    private static boolean isOpen(String text) {
        return count(text, '《') > count(text, '》') || count(text, '〈') > count(text, '〉');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
