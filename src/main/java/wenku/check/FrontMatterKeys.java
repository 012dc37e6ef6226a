package wenku.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import wenku.build.ContentCheck;
import wenku.content.ContentTree;
import wenku.content.DecodedText;
import wenku.content.SourceDocument;
import wenku.problem.Problems;

/**
 * Front matter keys that are probably mistyped: a key wenku does not know that is one or two letters away
 * from one it knows ({@code titel}, {@code catgory}), in the wrong case ({@code Title}), or written in Chinese
 * ({@code 作者:}). Such a key is silently ignored by the build, so the page would lack its author or
 * category without anyone noticing. Keys far from every known key are left alone: templates may use them.
 *
 * <p>Stateless apart from the shared {@link SourceTexts}.
 */
final class FrontMatterKeys implements ContentCheck {
    static final Set<String> KNOWN = Set.of("title", "subtitle", "date", "updated", "author", "unit", "source", "editor",
            "category", "tags", "keywords", "summary", "weight", "draft", "url");
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("标题", "title"), Map.entry("副标题", "subtitle"), Map.entry("日期", "date"),
            Map.entry("发布日期", "date"), Map.entry("更新日期", "updated"), Map.entry("作者", "author"),
            Map.entry("作者单位", "unit"), Map.entry("单位", "unit"), Map.entry("来源", "source"),
            Map.entry("责任编辑", "editor"), Map.entry("编辑", "editor"), Map.entry("分类", "category"),
            Map.entry("类别", "category"), Map.entry("标签", "tags"), Map.entry("关键词", "keywords"),
            Map.entry("关键字", "keywords"), Map.entry("摘要", "summary"), Map.entry("草稿", "draft"));
    private static final Map<String, String> PLURALS = Map.of("authors", "author", "tag", "tags", "keyword", "keywords",
            "categories", "category");

    private final SourceTexts texts;

    FrontMatterKeys(SourceTexts texts) {
        this.texts = texts;
    }

    @Override
    public String name() {
        return "keys";
    }

    @Override
    public void check(Path contentDir, ContentTree tree, Problems problems) {
        for (SourceDocument d : tree.documents()) {
            for (String key : d.frontMatter().params().keySet()) {
                String meant = meant(key);
                if (meant == null) continue;
                DecodedText t = texts.get(contentDir, d.path());
                int line = t == null ? 1 : SourceTexts.lineOfKey(t.text(), key);
                problems.warning(d.path(), line, 1, "front matter",
                        "unknown key \"" + key + "\" is ignored (did you mean " + meant + ":?)");
            }
        }
    }

    /** The known key a mistyped key was probably meant to be, or {@code null} when it is fine or unrelated. */
    static String meant(String key) {
        if (KNOWN.contains(key)) return null;
        if (CHINESE.containsKey(key)) return CHINESE.get(key);
        String lower = key.toLowerCase(Locale.ROOT);
        if (PLURALS.containsKey(lower)) return PLURALS.get(lower);
        if (KNOWN.contains(lower)) return lower;
        if (lower.length() < 4) return null;
        for (String k : List.copyOf(KNOWN).stream().sorted().toList()) {
            if (k.length() >= 4 && distance(lower, k) <= (k.length() >= 6 ? 2 : 1)) return k;
        }
        return null;
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
