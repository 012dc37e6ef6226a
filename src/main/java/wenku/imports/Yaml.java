package wenku.imports;

import java.util.List;
import java.util.regex.Pattern;
import wenku.text.Escape;

/** Writes the YAML scalars and flow lists of front matter, quoting only when YAML needs it. Stateless. */
final class Yaml {
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)true|false|yes|no|on|off|null|~|[-+]?(?:\\d[\\d_]*)?(?:\\.\\d*)?(?:e[-+]?\\d+)?|\\.inf|\\.nan|\\d{4}-\\d{1,2}-\\d{1,2}.*");

    private Yaml() {
    }

    // quoted values are written as JSON strings: YAML 1.2 double-quoted scalars are a superset of them

    /** A value for {@code key: value}. */
    static String scalar(String s) {
        return needsQuotes(s, false) ? Escape.json(s) : s;
    }

    /** A flow list {@code [a, b]}. */
    static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            String s = items.get(i);
            sb.append(needsQuotes(s, true) ? Escape.json(s) : s);
        }
        return sb.append(']').toString();
    }

    private static boolean needsQuotes(String s, boolean inFlow) {
        if (s.isEmpty() || !s.equals(s.strip())) return true;
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) return true;
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\n") || s.contains("\t")) return true;
        if (inFlow && (s.contains(",") || s.contains("[") || s.contains("]") || s.contains("{") || s.contains("}"))) {
            return true;
        }
        if (s.chars().anyMatch(c -> c < 0x20)) return true;
        return RESERVED.matcher(s).matches();
    }

}
