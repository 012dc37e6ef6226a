package wenku.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The laws of a site, by title: what a citation such as 《安全生产法》第二十一条 points to.
 *
 * <p>Every document is added with its content-relative path, its title and the numbers of its articles.
 * Documents whose paths differ only by the date suffix are versions of one law ({@link LawFamily}). A title is
 * known in its full form, its short form ({@link LawTitles#shortTitle}) and as the file name; comparisons
 * use {@link LawTitles#matchKey}.
 *
 * <p>Built once by {@link Builder}, then immutable and safe to share between threads.
 */
public final class LawIndex {
    private final Map<String, LawFamily> families;               // by key, sorted
    private final Map<String, LawFamily> familyByPath;
    private final Map<String, Set<ArticleNumber>> articlesByPath;
    private final Map<String, String> titleByPath;
    private final Map<String, List<String>> keysByTitle;         // match key → family keys, sorted
    private final Map<String, List<String>> keysByLooseTitle;    // without （试行）
    private final Set<String> bareTitles;                        // as written in running text
    private final int longestBareTitle;
    private final int[] bareTitleTails;                          // the last two characters of bare titles, sorted
    private final int[] bareTitleTailLongest;                    // the longest bare title with each of those tails

    private LawIndex(Builder b) {
        families = new TreeMap<>();
        familyByPath = new HashMap<>();
        for (LawFamily f : LawFamily.group(b.titleByPath.keySet())) {
            families.put(f.key(), f);
            for (LawVersion v : f.versions()) familyByPath.put(v.path(), f);
        }
        articlesByPath = Map.copyOf(b.articlesByPath);
        titleByPath = Map.copyOf(b.titleByPath);
        Map<String, Set<String>> exact = new HashMap<>();
        Map<String, Set<String>> loose = new HashMap<>();
        Set<String> bare = new HashSet<>();
        for (Map.Entry<String, List<String>> e : b.namesByPath.entrySet()) {
            String key = familyByPath.get(e.getKey()).key();
            for (String name : e.getValue()) {
                String k = LawTitles.matchKey(name);
                if (k.isEmpty()) continue;
                exact.computeIfAbsent(k, x -> new TreeSet<>()).add(key);
                String l = LawTitles.withoutTrialQualifier(k);
                if (l != null) loose.computeIfAbsent(l, x -> new TreeSet<>()).add(key);
                if (LawTitles.looksLikeLawTitle(name) && name.indexOf('《') < 0 && name.indexOf('〈') < 0) {
                    String compact = name.replaceAll("[\\s\\u3000]+", "");
                    bare.add(compact);
                    bare.add(LawTitles.shortTitle(compact));
                }
            }
        }
        keysByTitle = freeze(exact);
        keysByLooseTitle = freeze(loose);
        bareTitles = Set.copyOf(bare);
        longestBareTitle = bare.stream().mapToInt(String::length).max().orElse(0);
        Map<Integer, Integer> tails = new TreeMap<>();
        for (String t : bare) if (t.length() >= 2) tails.merge(tail(t, t.length()), t.length(), Math::max);
        bareTitleTails = tails.keySet().stream().mapToInt(Integer::intValue).toArray();
        bareTitleTailLongest = tails.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Starts an empty index. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects documents for a {@link LawIndex}. Not thread safe; use from one thread, then {@link #build()}. */
    public static final class Builder {
        private final Map<String, String> titleByPath = new TreeMap<>();
        private final Map<String, List<String>> namesByPath = new TreeMap<>();
        private final Map<String, Set<ArticleNumber>> articlesByPath = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds one document.
         *
         * @param path     content-relative path, e.g. {@code 社会法/劳动法(2018-12-29).md}
         * @param title    its title, e.g. {@code 中华人民共和国劳动法}
         * @param articles the numbers of its articles (may be empty)
         * @throws IllegalArgumentException when the path was added before
         */
        public Builder add(String path, String title, Collection<ArticleNumber> articles) {
            LawVersion v = LawVersion.of(path);
            if (titleByPath.containsKey(v.path())) throw new IllegalArgumentException("added twice: " + path);
            titleByPath.put(v.path(), title);
            Set<String> names = new LinkedHashSet<>();
            names.add(title.strip());
            names.add(LawTitles.shortTitle(title));
            names.add(v.name());
            names.add(LawTitles.shortTitle(v.name()));
            namesByPath.put(v.path(), List.copyOf(names));
            articlesByPath.put(v.path(), Set.copyOf(articles));
            return this;
        }

        public LawIndex build() {
            return new LawIndex(this);
        }
    }

    /** Every law, by key. */
    public Collection<LawFamily> families() {
        return families.values();
    }

    /** The law the document at {@code path} is a version of, if the document was added. */
    public Optional<LawFamily> familyOf(String path) {
        return Optional.ofNullable(familyByPath.get(path));
    }

    /** The title the document at {@code path} was added with. */
    public Optional<String> title(String path) {
        return Optional.ofNullable(titleByPath.get(path));
    }

    /** True when the document at {@code path} has article {@code number}. */
    public boolean hasArticle(String path, ArticleNumber number) {
        return articlesByPath.getOrDefault(path, Set.of()).contains(number);
    }

    /**
     * What a citation of {@code title} (and, when not null, of one of its articles) made in {@code citer}
     * points to.
     *
     * <p>Among the laws so titled, the citing law itself comes first (a law quoting its own title means its
     * own text); then, when an article is cited, the laws whose text has that article (the books of the Civil
     * Code share one title); then the law that has 第一条; then the first by key. Of that law, the version in
     * force at the citer's date ({@link LawFamily#inForceOn}); the citer's own version when it cites itself.
     *
     * @return empty when no law of the site has that title
     */
    public Optional<Target> resolve(String title, ArticleNumber article, CitingDocument citer) {
        String k = LawTitles.matchKey(title);
        List<String> keys = keysByTitle.getOrDefault(k, List.of());
        if (keys.isEmpty()) keys = keysByLooseTitle.getOrDefault(k, List.of());
        if (keys.isEmpty()) return Optional.empty();
        return Optional.of(choose(keys, article, citer));
    }

    /**
     * What a bare {@code 第N条} (no law named before it) in the text of a law points to: that article of the same
     * text, when the citer is a law of the index that has it and is not an amendment (the bare numbers of an
     * amendment or a decision to amend are those of the law it amends).
     */
    public Optional<Target> resolveOwnArticle(ArticleNumber article, CitingDocument citer) {
        LawFamily own = familyByPath.get(citer.path());
        if (own == null || !hasArticle(citer.path(), article)) return Optional.empty();
        if (LawTitles.amendedTitle(titleByPath.get(citer.path())) != null) return Optional.empty();
        return Optional.of(new Target(own.version(citer.path()).get(), article));
    }

    /**
     * What {@code 本法第N条} written in {@code citer} points to: the citer's own text when it has that article;
     * otherwise another law with the same title that has it (本法 in one book of the Civil Code may cite
     * another book); otherwise, in an amendment ({@code 刑法修正案（九）}, {@code 关于修改《…》的决定}), the
     * amended law, whose text the amendment quotes.
     *
     * @return empty when the citer is not in the index; a target without article when no candidate has it
     */
    public Optional<Target> resolveSelf(ArticleNumber article, CitingDocument citer) {
        LawFamily own = familyByPath.get(citer.path());
        if (own == null) return Optional.empty();
        LawVersion self = own.version(citer.path()).get();
        if (hasArticle(citer.path(), article)) return Optional.of(new Target(self, article));
        String title = titleByPath.get(citer.path());
        List<String> keys = keysByTitle.getOrDefault(LawTitles.matchKey(title), List.of());
        Target t = choose(keys.isEmpty() ? List.of(own.key()) : keys, article, citer);
        if (t.article() != null) return Optional.of(t);
        String amended = LawTitles.amendedTitle(title);
        if (amended != null) {
            Optional<Target> a = resolve(amended, article, citer);
            if (a.isPresent() && a.get().article() != null) return a;
        }
        return Optional.of(new Target(self, null));
    }

    private Target choose(List<String> keys, ArticleNumber article, CitingDocument citer) {
        LawFamily own = familyByPath.get(citer.path());
        List<LawVersion> candidates = new ArrayList<>(keys.size());
        for (String key : keys) {
            LawFamily f = families.get(key);
            if (own != null && own.key().equals(key)) {
                LawVersion self = own.version(citer.path()).get();
                if (article == null || hasArticle(self.path(), article) || keys.size() == 1) {
                    return target(self, article);
                }
            }
            candidates.add(f.inForceOn(citer.date()));
        }
        if (article != null) {
            for (LawVersion v : candidates) if (hasArticle(v.path(), article)) return new Target(v, article);
        }
        for (LawVersion v : candidates) if (hasArticle(v.path(), ArticleNumber.of(1))) return target(v, article);
        return target(candidates.get(0), article);
    }

    private Target target(LawVersion v, ArticleNumber article) {
        return new Target(v, article != null && hasArticle(v.path(), article) ? article : null);
    }

    /**
     * The length of the longest law title that ends at {@code end} in {@code text} as running text writes it
     * (no 《》), such as {@code 民事诉讼法} in {@code 依照民事诉讼法第二百条}; 0 when none does.
     */
    int bareTitleEndingAt(CharSequence text, int end) {
        if (end < 2) return 0;
        int t = Arrays.binarySearch(bareTitleTails, tail(text, end));
        if (t < 0) return 0;   // most places: no title ends with these two characters
        for (int len = Math.min(bareTitleTailLongest[t], end); len >= 2; len--) {
            if (bareTitles.contains(text.subSequence(end - len, end).toString())) return len;
        }
        return 0;
    }

    /** The two characters before {@code end}, as one number. */
    private static int tail(CharSequence text, int end) {
        return text.charAt(end - 2) << 16 | text.charAt(end - 1);
    }

    private static Map<String, List<String>> freeze(Map<String, Set<String>> m) {
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /**
     * Where a citation points.
     *
     * @param version the version of the law
     * @param article the cited article when the version has it; {@code null} when no article was cited or the
     *                version has no such article (then the citation links to the law only)
     */
    public record Target(LawVersion version, ArticleNumber article) {
    }

    /**
     * The document a citation is written in.
     *
     * @param path its content-relative path (need not be in the index)
     * @param date the date of its text, when known (the version date of a law, the date of a case); the version
     *             of a cited law in force on that date is chosen; {@code null} chooses the newest
     */
    public record CitingDocument(String path, LocalDate date) {
        /** The citer at {@code path}, dated by the date suffix of its file name when it has one. */
        public static CitingDocument of(String path) {
            return new CitingDocument(path, LawVersion.of(path).date());
        }
    }
}
