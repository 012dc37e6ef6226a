package wenku.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The typed front matter of one document. Every field is optional: {@code null} (or an empty list)
 * means "not given". Keys we do not know are kept in {@link #params()} for templates.
 *
 * <p>Immutable.
 *
 * @param params every key as written (strings, lists of strings, nested maps), in file order
 */
public record FrontMatter(
        String title,
        String subtitle,
        LocalDate date,
        LocalDate updated,
        List<String> authors,
        String unit,
        String source,
        String editor,
        String category,
        List<String> tags,
        List<String> keywords,
        String summary,
        Integer weight,
        boolean draft,
        String url,
        Map<String, Object> params) {

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, null, List.of(), null, null, null, null,
            List.of(), List.of(), null, null, false, null, Map.of());

    /** The raw value of a key, known or not ({@code null} when absent). */
    public Object param(String key) {
        return params.get(key);
    }

    /** True when the key is present with a YAML true value ({@code true}, {@code yes}). */
    public boolean flag(String key) {
        Object v = params.get(key);
        return v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes"));
    }
}
