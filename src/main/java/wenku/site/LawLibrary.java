package wenku.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.law.Article;
import wenku.law.ArticleDiff;
import wenku.law.ArticleNumber;
import wenku.law.ArticleSequence;
import wenku.law.InfoBlock;
import wenku.law.LawFamily;
import wenku.law.LawIndex;
import wenku.law.LawText;
import wenku.law.LawVersion;
import wenku.parallel.AllCores;
import wenku.problem.Problem;
import wenku.problem.Problems;

/**
 * Every document of the site read as a law text, before pages are rendered: the title index that citations are
 * resolved against, the versions of each law, the history blocks, and the article-by-article comparison of
 * consecutive versions.
 *
 * <p>{@code LawLibrary.read(documents)} is the front door. Immutable after reading, except for the comparison
 * cache, which is thread safe; safe to share between the threads of a build.
 */
public final class LawLibrary {
    /** A library of no documents. */
    public static final LawLibrary EMPTY = read(List.of());

    private final Map<String, LawText> texts;
    private final Map<String, String> bodies;
    private final List<IndexEntry> entries;
    private final LawIndex index;
    private final Map<String, LawFamily> families;
    private final Map<String, List<ArticleDiff.Change>> comparisons = new ConcurrentHashMap<>();
    private final boolean slim;

    /** What a document adds to the index. */
    private record IndexEntry(String path, String title, List<ArticleNumber> articles) {
    }

    private LawLibrary(Map<String, LawText> texts, Map<String, String> bodies, List<IndexEntry> entries, LawIndex index,
                       boolean slim) {
        this.entries = entries;
        this.index = index;
        Map<String, LawFamily> f = new HashMap<>();
        for (LawFamily family : index.families()) for (LawVersion v : family.versions()) f.put(v.path(), family);
        this.families = Map.copyOf(f);
        this.slim = slim;
        this.texts = texts; // slim texts are slimmed as they are read (see read)
        this.bodies = bodies;
    }

    /**
     * What a one-off build asks of a text later: its title, history and article sequence, and its articles when
     * it is a version of a law with versions (for comparisons). The blocks, the other articles and the bodies are
     * as large as the sources, and a site ten times the laws corpus must build in a 2 GB heap; slimmed as each text
     * is read, they never outlive the young generation.
     */
    private static LawText slimmed(LawText t, boolean versioned) {
        return new LawText(t.title(), t.subtitle(), t.info(), List.of(), t.sequence(), versioned ? t.articles() : List.of());
    }

    private boolean isVersioned(String path) {
        LawFamily f = families.get(path);
        return f != null && f.hasVersions();
    }

    /**
     * Reads the documents that become pages (section indexes and drafts are the caller's to leave out). Uses all
     * cores.
     */
    public static LawLibrary read(List<SourceDocument> documents) {
        return read(documents, (Problems) null);
    }

    /**
     * Reads the documents, and warns about article numbers that a text skips or repeats (第五十三条 followed by
     * 第五十五条), with the file and line, when {@code problems} is not null.
     */
    public static LawLibrary read(List<SourceDocument> documents, Problems problems) {
        return read(documents, problems, null, true);
    }

    /**
     * Reads the documents again after some of them changed (as {@code wenku serve} does after a save): the text of
     * a document whose body is the same as in {@code previous} is taken over instead of being read again, and so
     * are the comparison of two such texts and, when no title or article number changed, the index. The result is
     * the library {@link #read(List, Problems)} would give.
     *
     * @param previous the library of the previous build, or {@code null}
     */
    public static LawLibrary read(List<SourceDocument> documents, Problems problems, LawLibrary previous) {
        return read(documents, problems, previous, false);
    }

    /**
     * @param slim keep only what a one-off build asks after reading (see {@link #text}); such a library is no
     *             use as the {@code previous} of another read (nothing is taken over from it)
     */
    private static LawLibrary read(List<SourceDocument> documents, Problems problems, LawLibrary previous, boolean slim) {
        if (previous != null && previous.slim) previous = null;
        LawLibrary last = previous;
        int n = documents.size();
        LawText[] parsed = new LawText[n];
        IndexEntry[] entryOf = new IndexEntry[n];
        @SuppressWarnings("unchecked")
        List<Problem>[] warnings = new List[n];
        java.util.Set<String> versioned = slim ? versionedPaths(documents) : java.util.Set.of();
        AllCores.forEach(n, i -> {
            SourceDocument d = documents.get(i);
            String before = last == null ? null : last.bodies.get(d.path());
            LawText t = before != null && before.equals(d.body()) ? last.texts.get(d.path()) : LawText.parse(d.body());
            String title = d.frontMatter().title() != null ? d.frontMatter().title()
                    : !t.title().isEmpty() ? t.title() : TitleExtractor.withoutFileDate(d.baseName());
            entryOf[i] = new IndexEntry(d.path(), title, t.sequence().numbers());
            if (problems != null) warnings[i] = numberingWarnings(d, t);
            parsed[i] = slim ? slimmed(t, versioned.contains(d.path())) : t;
        });
        Map<String, String> bodies = new HashMap<>();
        if (!slim) for (SourceDocument d : documents) bodies.put(d.path(), d.body());
        Map<String, LawText> texts = new LinkedHashMap<>();
        List<IndexEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.put(documents.get(i).path(), parsed[i]);
            entries.add(entryOf[i]);
            if (problems != null) problems.addAll(warnings[i]);
        }
        LawIndex index;
        if (last != null && entries.equals(last.entries)) {
            index = last.index; // same titles and article numbers: the same index
        } else {
            LawIndex.Builder b = LawIndex.builder();
            for (IndexEntry e : entries) b.add(e.path(), e.title(), e.articles());
            index = b.build();
        }
        LawLibrary library = new LawLibrary(Map.copyOf(texts), slim ? Map.of() : Map.copyOf(bodies), List.copyOf(entries), index,
                slim);
        if (last != null) {
            last.comparisons.forEach((key, changes) -> {
                String[] paths = key.split("\n", 2);
                if (library.texts.get(paths[0]) == last.texts.get(paths[0]) && library.texts.get(paths[1]) == last.texts.get(paths[1])
                        && library.texts.get(paths[0]) != null && library.texts.get(paths[1]) != null) {
                    library.comparisons.put(key, changes);
                }
            });
        }
        return library;
    }

    /** The paths among {@code documents} that are versions of a law with more than one version. */
    private static java.util.Set<String> versionedPaths(List<SourceDocument> documents) {
        List<String> paths = new ArrayList<>(documents.size());
        for (SourceDocument d : documents) paths.add(d.path());
        java.util.Set<String> out = new java.util.HashSet<>();
        for (LawFamily f : LawFamily.group(paths)) {
            if (f.hasVersions()) for (LawVersion v : f.versions()) out.add(v.path());
        }
        return out;
    }

    /** Warnings about article numbers that a text skips or repeats, with the file and line. */
    private static List<Problem> numberingWarnings(SourceDocument d, LawText t) {
        ArticleSequence seq = t.sequence();
        List<ArticleSequence.Gap> gaps = seq.gaps();
        List<ArticleSequence.Found> duplicates = seq.duplicates();
        if (gaps.isEmpty() && duplicates.isEmpty()) return List.of();
        List<Problem> out = new ArrayList<>();
        int offset = d.bodyLine() - 1;
        for (ArticleSequence.Gap g : gaps) {
            int line = t.article(g.after()).map(Article::line).orElse(0);
            out.add(Problem.warning(d.path(), line + offset, 1, "laws", "article numbers skip from " + g.before().anchor() + " to "
                    + g.after().anchor() + " (is an article missing or misnumbered?)"));
        }
        for (ArticleSequence.Found f : duplicates) {
            out.add(Problem.warning(d.path(), t.paragraphLine(f.paragraph()) + offset, 1, "laws", f.number().anchor()
                    + " appears twice (quote a repeated article with “”, or correct its number)"));
        }
        return out;
    }

    /** The title index of the site's documents. */
    public LawIndex index() {
        return index;
    }

    /**
     * The document at {@code path} read as a law text. After a one-off read ({@link #read(List, Problems)}) only its
     * title, history and article sequence are kept, and its articles when the law has more than one version.
     */
    public Optional<LawText> text(String path) {
        return Optional.ofNullable(texts.get(path));
    }

    /** The history block of the document (empty when it has no {@code <!-- INFO END -->} marker). */
    public InfoBlock history(String path) {
        LawText t = texts.get(path);
        return t == null ? InfoBlock.empty() : t.info();
    }

    /** The law the document is a version of. */
    public Optional<LawFamily> family(String path) {
        return Optional.ofNullable(families.get(path));
    }

    /**
     * For an older version of a law: each of its article ids mapped to the id of the same article in the newest
     * version, or to {@code ""} when the newest version no longer has it. Empty for the newest version and for
     * documents without versions.
     */
    public Map<String, String> newerAnchors(String path) {
        LawFamily f = families.get(path);
        if (f == null || !f.hasVersions() || f.isNewest(LawVersion.of(path))) return Map.of();
        Map<String, String> map = new HashMap<>();
        for (ArticleDiff.Change c : compare(path, f.newest().path())) {
            if (c.older() == null) continue;
            map.put(c.older().number().anchor(), c.newer() == null ? "" : c.newer().number().anchor());
        }
        return map;
    }

    /**
     * The article-by-article comparison of two documents (normally two versions of one law, older first).
     *
     * @throws IllegalArgumentException after a one-off read, when a path is not a version of a law with versions
     *                                  (only their articles are kept)
     */
    public List<ArticleDiff.Change> compare(String olderPath, String newerPath) {
        if (slim && !(isVersioned(olderPath) && isVersioned(newerPath))) {
            throw new IllegalArgumentException(olderPath + " and " + newerPath + " are not versions of a law with versions");
        }
        return comparisons.computeIfAbsent(olderPath + "\n" + newerPath, k -> ArticleDiff.compare(
                texts.get(olderPath).articles(), texts.get(newerPath).articles()));
    }

    /** The laws that have more than one version. */
    public List<LawFamily> versioned() {
        List<LawFamily> out = new ArrayList<>();
        for (LawFamily f : index.families()) if (f.hasVersions()) out.add(f);
        return out;
    }
}
