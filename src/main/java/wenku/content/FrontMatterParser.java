package wenku.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import wenku.problem.Problem;

/**
 * Splits a document into YAML front matter and Markdown body, and reads the front matter safely:
 * the YAML is only composed into a node tree (never constructed into objects, so no type tags can
 * instantiate anything), with limits on aliases, nesting and size. Values become strings, lists of
 * strings and maps. Every mistake is reported with the line (and column) in the original file.
 *
 * <p>Stateless and thread safe.
 */
public final class FrontMatterParser {
    static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");

    /** The split of a file: front matter (possibly empty), body and where the body starts. */
    public record Split(FrontMatter frontMatter, String body, int bodyLine, List<Problem> problems) {
    }

    private FrontMatterParser() {
    }

    /**
     * @param file the content-relative path used in problem messages
     * @param text the decoded file text with LF line endings
     */
    public static Split split(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("---  \n") || text.startsWith("--- \n"))) {
            return new Split(FrontMatter.EMPTY, text, 1, problems);
        }
        int firstNl = text.indexOf('\n');
        int pos = firstNl < 0 ? text.length() : firstNl + 1;
        int line = 2;
        int close = -1;
        int closeEnd = -1;
        int closeLine = -1;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String l = text.substring(pos, end).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = pos;
                closeEnd = nl < 0 ? text.length() : nl + 1;
                closeLine = line;
                break;
            }
            pos = end + 1;
            line++;
        }
        if (close < 0) {
            problems.add(Problem.error(file, 1, 1, "front matter",
                    "front matter opened with --- is never closed (add a line with --- after the last key)"));
            return new Split(FrontMatter.EMPTY, text, 1, problems);
        }
        String yaml = text.substring(firstNl + 1, close);
        String body = text.substring(closeEnd);
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            problems.add(Problem.error(file, 1, 1, "front matter", "front matter is " + yaml.length()
                    + " characters long; the limit is " + MAX_FRONT_MATTER_CHARS + " (move long text into the body)"));
            return new Split(FrontMatter.EMPTY, body, closeLine + 1, problems);
        }
        FrontMatter fm = parseYaml(file, yaml, 2, problems);
        return new Split(fm, body, closeLine + 1, problems);
    }

    /** Reads a standalone YAML mapping (such as {@code site.yml}) into plain values; problems are added to the list. */
    public static Map<String, Object> readMapping(String file, String yaml, int firstLine, List<Problem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        compose(file, yaml, firstLine, problems, out, lines);
        return out;
    }

    static FrontMatter parseYaml(String file, String yaml, int firstLine, List<Problem> problems) {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (!compose(file, yaml, firstLine, problems, params, lines)) return FrontMatter.EMPTY;
        Reader r = new Reader(file, params, lines, problems);
        return new FrontMatter(
                r.string("title"),
                r.string("subtitle"),
                r.date("date"),
                r.date("updated"),
                r.list("author"),
                r.string("unit"),
                r.string("source"),
                r.string("editor"),
                r.string("category"),
                r.list("tags"),
                r.list("keywords"),
                r.string("summary"),
                r.integer("weight"),
                r.bool("draft"),
                r.string("url"),
                Collections.unmodifiableMap(params));
    }

    private static boolean compose(String file, String yaml, int firstLine, List<Problem> problems,
                                   Map<String, Object> out, Map<String, Integer> lines) {
        if (yaml.isBlank()) return true;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_FRONT_MATTER_CHARS * 2)
                .setAllowDuplicateKeys(true)
                .build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) return true;
            if (!(root.get() instanceof MappingNode map)) {
                problems.add(Problem.error(file, firstLine, 1, "front matter",
                        "front matter must be a list of key: value lines"));
                return false;
            }
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || !allowedTag(k)) {
                    problems.add(at(file, firstLine, t.getKeyNode(), "keys must be plain words (no lists, mappings or type tags)"));
                    continue;
                }
                String key = k.getValue().trim();
                if (out.containsKey(key)) {
                    problems.add(at(file, firstLine, k, "key \"" + key + "\" is given twice (keep one)"));
                }
                Object v = plain(file, firstLine, t.getValueNode(), 0, problems);
                out.put(key, v);
                lines.put(key, firstLine + k.getStartMark().map(m -> m.getLine()).orElse(0));
            }
            return true;
        } catch (MarkedYamlEngineException e) {
            String what = Optional.ofNullable(e.getProblem()).orElse("invalid YAML");
            // at the end of the text, the place something was left open (a quote, a bracket) says more
            var mark = what.contains("end of stream") && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark();
            int l = mark.map(m -> m.getLine()).orElse(0);
            int c = mark.map(m -> m.getColumn() + 1).orElse(1);
            problems.add(Problem.error(file, firstLine + l, c, "front matter", "invalid YAML: " + what
                    + " (write key: value; quote values that contain : or #)"));
            return false;
        } catch (YamlEngineException e) {
            problems.add(Problem.error(file, firstLine, 1, "front matter", "invalid YAML: " + e.getMessage()));
            return false;
        } catch (StackOverflowError e) {
            problems.add(Problem.error(file, firstLine, 1, "front matter", "YAML nested too deeply"));
            return false;
        }
    }

    private static Object plain(String file, int firstLine, Node n, int depth, List<Problem> problems) {
        if (depth > 20) {
            problems.add(at(file, firstLine, n, "values nested more than 20 levels deep"));
            return null;
        }
        String tag = n.getTag().getValue();
        if (!allowedTag(n)) {
            problems.add(at(file, firstLine, n, "YAML type tag " + tag + " is not allowed (remove it: front matter holds"
                    + " only text, numbers, dates, lists and key: value pairs)"));
            return null;
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            if (tag.endsWith(":null") || (s.getScalarStyle().toString().equals("PLAIN") && (v.equals("~") || v.equals("null")))) {
                return null;
            }
            return v;
        }
        if (n instanceof SequenceNode seq) {
            List<Object> l = new ArrayList<>();
            for (Node c : seq.getValue()) l.add(plain(file, firstLine, c, depth + 1, problems));
            return Collections.unmodifiableList(l);
        }
        if (n instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode ks) || !allowedTag(ks)) {
                    problems.add(at(file, firstLine, t.getKeyNode(), "keys must be plain words (no lists, mappings or type tags)"));
                    continue;
                }
                String k = ks.getValue();
                map.put(k, plain(file, firstLine, t.getValueNode(), depth + 1, problems));
            }
            return Collections.unmodifiableMap(map);
        }
        return null;
    }

    /** The standard YAML types only: anything else would name a class or a custom type. */
    static boolean allowedTag(Node n) {
        String tag = n.getTag().getValue();
        if (tag.equals("!")) return true;
        if (!tag.startsWith("tag:yaml.org,2002:")) return false;
        String t = tag.substring("tag:yaml.org,2002:".length());
        return n instanceof ScalarNode ? STANDARD_SCALARS.contains(t) : n instanceof SequenceNode ? t.equals("seq") : t.equals("map");
    }

    private static final List<String> STANDARD_SCALARS = List.of("str", "int", "float", "bool", "null", "timestamp");

    private static Problem at(String file, int firstLine, Node n, String msg) {
        int l = n.getStartMark().map(m -> m.getLine()).orElse(0);
        int c = n.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
        return Problem.error(file, firstLine + l, c, "front matter", msg);
    }

    /** Parses the date forms contributors write: 2014-08-09, 2014/8/9, 2014.8.9, 2014年8月9日 (time ignored). */
    public static LocalDate parseDate(String s) {
        if (s == null) return null;
        Matcher m = DATE.matcher(s.trim());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Typed access to the composed values, reporting wrong types at the key's line. */
    private record Reader(String file, Map<String, Object> params, Map<String, Integer> lines, List<Problem> problems) {
        private int line(String key) {
            return lines.getOrDefault(key, 1);
        }

        String string(String key) {
            Object v = params.get(key);
            if (v == null) return null;
            if (v instanceof String s) return s.isBlank() ? null : s.strip();
            if (v instanceof List<?> l && l.size() == 1 && l.get(0) instanceof String s) return s.strip();
            problems.add(Problem.error(file, line(key), 1, "front matter",
                    key + " must be a single text value, not " + describe(v) + " (write " + key + ": 文字)"));
            return null;
        }

        List<String> list(String key) {
            Object v = params.get(key);
            if (v == null) return List.of();
            List<String> out = new ArrayList<>();
            if (v instanceof String s) {
                for (String part : s.split("[,，、;；]")) {
                    if (!part.isBlank()) out.add(part.strip());
                }
                if (out.size() == 1 && s.strip().contains(" ") && !key.equals("author")) {
                    // "tags: 安全 培训" — space separated words
                    out.clear();
                    for (String part : s.strip().split("\\s+")) out.add(part);
                }
            } else if (v instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof String s) {
                        if (!s.isBlank()) out.add(s.strip());
                    } else if (o != null) {
                        problems.add(Problem.error(file, line(key), 1, "front matter",
                                key + " must be a list of words, but one item is " + describe(o)
                                        + " (write " + key + ": [词一, 词二])"));
                    }
                }
            } else {
                problems.add(Problem.error(file, line(key), 1, "front matter",
                        key + " must be a list of words, not " + describe(v) + " (write " + key + ": [词一, 词二])"));
            }
            return List.copyOf(new java.util.LinkedHashSet<>(out));
        }

        LocalDate date(String key) {
            Object v = params.get(key);
            if (v == null) return null;
            if (v instanceof String s) {
                LocalDate d = parseDate(s);
                if (d != null) return d;
                problems.add(Problem.error(file, line(key), 1, "front matter",
                        key + " \"" + s + "\" is not a date (write 2024-05-01)"));
                return null;
            }
            problems.add(Problem.error(file, line(key), 1, "front matter",
                    key + " must be a date, not " + describe(v) + " (write 2024-05-01)"));
            return null;
        }

        Integer integer(String key) {
            Object v = params.get(key);
            if (v == null) return null;
            if (v instanceof String s) {
                try {
                    return Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    problems.add(Problem.error(file, line(key), 1, "front matter",
                            key + " \"" + s + "\" is not a whole number (write " + key + ": 10)"));
                    return null;
                }
            }
            problems.add(Problem.error(file, line(key), 1, "front matter",
                    key + " must be a whole number, not " + describe(v)));
            return null;
        }

        boolean bool(String key) {
            Object v = params.get(key);
            if (v == null) return false;
            if (v instanceof String s) {
                switch (s.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "是" -> { return true; }
                    case "false", "no", "off", "否" -> { return false; }
                    default -> { }
                }
            }
            problems.add(Problem.error(file, line(key), 1, "front matter",
                    key + " must be true or false, not " + describe(v)));
            return false;
        }

        private static String describe(Object v) {
            if (v instanceof List<?>) return "a list";
            if (v instanceof Map<?, ?>) return "a mapping";
            return "\"" + v + "\"";
        }
    }
}
