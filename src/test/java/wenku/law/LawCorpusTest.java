package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The law support on the whole shared corpus ({@code ../shared/corpus/laws}). The figures are printed by
 * {@link LawCorpusMeasurement}; this test checks the properties that must hold on every document.
 */
class LawCorpusTest {
    private static LawCorpus corpus;

    /**
     * The documents whose article numbering is irregular because the text itself is, with the reason. Anything
     * else irregular is a detector bug.
     */
    private static final Map<String, String> IRREGULAR_BY_THE_TEXT = Map.of(
            "宪法/宪法修正案（2018年）.md",
            "第五十二条 sets out the new articles 第一百二十三条…第一百二十七条 of the Constitution without quotation marks",
            "行政法规/飞行基本规则(2007-10-18).md",
            "the file is an excerpt: the first article of each chapter only (第一条, 第十一条, 第二十八条 …)");

    @BeforeAll
    static void load() {
        assumeTrue(LawCorpus.available(), "the shared corpus is not beside the repository");
        corpus = LawCorpus.shared();
    }

    @Test
    void noArticleNumberIsSkippedOrRepeatedWithinAVersionUnlessTheTextDoesSo() {
        Map<String, String> irregular = new TreeMap<>();
        corpus.texts.forEach((path, text) -> {
            ArticleSequence s = text.sequence();
            List<String> why = new ArrayList<>();
            if (!s.gaps().isEmpty()) why.add("gaps " + s.gaps());
            if (!s.duplicates().isEmpty()) why.add("repeated " + s.duplicates().stream().map(f -> f.number().anchor()).toList());
            if (!s.outOfSequence().isEmpty()) why.add("set aside " + s.outOfSequence().stream().map(f -> f.number().anchor()).toList());
            if (!why.isEmpty()) irregular.put(path, String.join("; ", why));
        });
        assertEquals(new TreeMap<>(IRREGULAR_BY_THE_TEXT).keySet(), irregular.keySet(), irregular.toString());
    }

    @Test
    void everyParagraphWrittenAsAnArticleStartOfALawIsAnArticle() {
        // A paragraph "第N条 …" (number, space, text) in a law that has articles is either one of its articles or
        // was set aside for a documented reason; none is silently lost.
        Pattern start = Pattern.compile("^[第笫][零〇一二两三四五六七八九十百千]+ ?条(之[一二三四五六七八九十]+)?[ \\u3000].*");
        List<String> lost = new ArrayList<>();
        corpus.texts.forEach((path, text) -> {
            if (IRREGULAR_BY_THE_TEXT.containsKey(path)) return;
            java.util.Set<Integer> found = new java.util.HashSet<>();
            text.sequence().articles().forEach(f -> found.add(f.paragraph()));
            List<String> paragraphs = text.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (start.matcher(paragraphs.get(i)).matches() && !found.contains(i)) {
                    lost.add(path + ": " + paragraphs.get(i).substring(0, Math.min(20, paragraphs.get(i).length())));
                }
            }
        });
        assertEquals(List.of(), lost);
    }

    @Test
    void everyDatedLineBeforeTheMarkerIsAHistoryEntry() {
        Pattern dated = Pattern.compile("^\\s*([0-9０-９]{4}年|[0-9]{4}-[0-9]{1,2}-|[〇零一二三四五六七八九]{4}年).*");
        List<String> missed = new ArrayList<>();
        corpus.texts.forEach((path, text) -> text.info().notes().stream()
                .filter(n -> dated.matcher(n).matches()).forEach(n -> missed.add(path + ": " + n)));
        assertEquals(List.of(), missed);
        long withHistory = corpus.texts.values().stream().filter(t -> !t.info().entries().isEmpty()).count();
        assertTrue(withHistory > corpus.texts.size() / 2, withHistory + " documents with history");
    }

    @Test
    void everyLawIsFoundByItsOwnTitleItsShortTitleAndItsFirstArticle() {
        CrossReferenceFinder finder = new CrossReferenceFinder(corpus.index);
        LawIndex.CitingDocument reader = new LawIndex.CitingDocument("读者笔记.md", null);
        List<String> notFound = new ArrayList<>();
        for (LawFamily family : corpus.index.families()) {
            LawVersion newest = family.newest();
            LawText text = corpus.texts.get(newest.path());
            if (text.title().isEmpty() || text.subtitle() != null) continue;   // books of a code share a title
            for (String title : List.of(text.title(), LawTitles.shortTitle(text.title()))) {
                String citation = "依照《" + title + "》" + (text.articles().isEmpty() ? "" : text.articles().get(0).number().anchor());
                List<CrossReference> refs = finder.find(citation, reader);
                boolean ok = !refs.isEmpty() && refs.stream().allMatch(CrossReference::isResolved)
                        && (text.articles().isEmpty() || refs.size() == 2 && refs.get(1).isArticleResolved());
                // titles shared by several laws resolve to one of them, which must have the same title
                if (ok) {
                    String target = corpus.texts.get(refs.get(0).target().version().path()).title();
                    ok = LawTitles.matchKey(target).equals(LawTitles.matchKey(text.title()));
                }
                if (!ok) notFound.add(newest.path() + " ← " + citation);
            }
        }
        assertEquals(List.of(), notFound);
    }

    @Test
    void benFaCitationsResolveWhenTheLawHasTheArticle() {
        CrossReferenceFinder finder = new CrossReferenceFinder(corpus.index);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, LawText> e : corpus.texts.entrySet()) {
            LawText text = e.getValue();
            for (CrossReference r : finder.find(LawCorpus.bodyText(text), LawIndex.CitingDocument.of(e.getKey()))) {
                if (r.kind() != CrossReference.Kind.SELF_ARTICLE || text.article(r.article()).isEmpty()) continue;
                checked++;
                if (!r.isArticleResolved() || !r.target().version().path().equals(e.getKey())) {
                    wrong.add(e.getKey() + " 本法" + r.article());
                }
            }
        }
        assertTrue(checked > 1000, checked + " citations checked");
        assertEquals(List.of(), wrong);
    }

    @Test
    void versionsOfALawHaveDistinctDatesAndTheSameTitle() {
        List<String> odd = new ArrayList<>();
        for (LawFamily f : corpus.index.families()) {
            if (!f.hasVersions()) continue;
            if (f.versions().stream().map(LawVersion::date).distinct().count() != f.versions().size()) odd.add(f.key() + " dates");
            if (f.versions().stream().map(v -> LawTitles.matchKey(corpus.texts.get(v.path()).title())).distinct().count() != 1) {
                odd.add(f.key() + " titles");
            }
        }
        assertEquals(List.of(), odd);
        assertTrue(corpus.index.families().stream().anyMatch(LawFamily::hasVersions));
    }
}
