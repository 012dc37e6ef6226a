package wenku.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dated file of a law, identified by its content-relative path: {@code 社会法/劳动法(2018-12-29).md} is the
 * version of 2018-12-29 of the law keyed {@code 社会法/劳动法}.
 *
 * <p>Files whose paths differ only by the {@code (YYYY-MM-DD)} suffix are versions of one law: they share the
 * {@link #key()}. A file without the suffix is a law with a single, undated version. Immutable.
 *
 * @param path the content-relative path, {@code /}-separated, as given
 * @param key  the path without the date suffix and without {@code .md}: {@code 社会法/劳动法}
 * @param date the date of the version, {@code null} when the file name has none
 */
public record LawVersion(String path, String key, LocalDate date) implements Comparable<LawVersion> {

    private static final Pattern DATED = Pattern.compile("(.*?)\\s*[(（](\\d{4})-(\\d{2})-(\\d{2})[)）]\\s*");

    /** The version a content-relative path names ({@code \} separators are read as {@code /}). */
    public static LawVersion of(String contentRelativePath) {
        String path = contentRelativePath.replace('\\', '/');
        String stem = path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        Matcher m = DATED.matcher(stem);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                return new LawVersion(path, m.group(1), date);
            } catch (DateTimeException e) {
                // (2021-13-45) is part of the name, not a date
            }
        }
        return new LawVersion(path, stem, null);
    }

    /** The file name without folder, date suffix and {@code .md}: {@code 劳动法}. */
    public String name() {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    /** The folder part of the key, {@code ""} at the content root: {@code 社会法}. */
    public String folder() {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    /** Oldest first; an undated version sorts before every dated one; then by path. */
    @Override
    public int compareTo(LawVersion o) {
        if (date == null || o.date == null) {
            if (date != o.date) return date == null ? -1 : 1;
        } else {
            int c = date.compareTo(o.date);
            if (c != 0) return c;
        }
        return path.compareTo(o.path);
    }
}
