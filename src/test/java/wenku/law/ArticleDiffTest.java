package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleDiffTest {

    private static List<Article> articles(String... texts) {
        List<Article> out = new ArrayList<>();
        for (String t : texts) out.add(new Article(ArticleHead.parse(t).orElseThrow().number(), t, 0));
        return out;
    }

    /** One line per change: kind, old number → new number. */
    private static String summary(List<ArticleDiff.Change> changes) {
        return changes.stream().map(c -> c.kind() + " " + (c.older() == null ? "-" : c.older().number().anchor())
                + " → " + (c.newer() == null ? "-" : c.newer().number().anchor())).collect(Collectors.joining("\n"));
    }

    @Test
    void anInsertedArticleRenumbersTheRestWithoutChangingThem() {
        List<Article> older = articles(
                "第一条 为了加强安全生产工作，制定本法。",
                "第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。",
                "第三条 安全生产工作应当以人为本，坚持安全发展。",
                "第四条 生产经营单位必须遵守本法和其他有关安全生产的法律、法规。");
        List<Article> newer = articles(
                "第一条 为了加强安全生产工作，制定本法。",
                "第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。",
                "第三条 安全生产工作坚持中国共产党的领导。",
                "第四条 安全生产工作应当以人为本，坚持人民至上、生命至上。",
                "第五条 生产经营单位必须遵守本法和其他有关安全生产的法律、法规。");
        List<ArticleDiff.Change> d = ArticleDiff.compare(older, newer);
        assertEquals("""
                UNCHANGED 第一条 → 第一条
                UNCHANGED 第二条 → 第二条
                ADDED - → 第三条
                CHANGED 第三条 → 第四条
                UNCHANGED 第四条 → 第五条""", summary(d));
        assertTrue(d.get(4).renumbered());
        assertFalse(d.get(0).renumbered());
        ArticleDiff.Change changed = d.get(3);
        assertEquals("安全生产工作应当以人为本，坚持[-安全发展-]{+人民至上、生命至上+}。", changed.segments().stream()
                .map(s -> switch (s.op()) {
                    case EQUAL -> s.text();
                    case DELETE -> "[-" + s.text() + "-]";
                    case INSERT -> "{+" + s.text() + "+}";
                }).collect(Collectors.joining()));
        assertTrue(changed.similarity() > 0.4 && changed.similarity() < 1, "similarity " + changed.similarity());
    }

    @Test
    void aDeletedArticleIsRemovedAndAChangedArticleKeepsItsNumber() {
        List<Article> older = articles(
                "第一条 本条例自发布之日起施行。",
                "第二条 申请许可证应当提交下列材料，并缴纳费用。",
                "第三条 违反本条例规定的，处一万元以下的罚款。");
        List<Article> newer = articles(
                "第一条 本条例自发布之日起施行。",
                "第二条 违反本条例规定的，处五万元以下的罚款。");
        assertEquals("""
                UNCHANGED 第一条 → 第一条
                REMOVED 第二条 → -
                CHANGED 第三条 → 第二条""", summary(ArticleDiff.compare(older, newer)));
    }

    @Test
    void reflowedWhitespaceIsNoChange() {
        List<Article> older = articles("第一条 为了 规范管理，制定本办法。");
        List<Article> newer = articles("第一条　为了规范管理，\n制定本办法。");
        assertEquals("UNCHANGED 第一条 → 第一条", summary(ArticleDiff.compare(older, newer)));
    }

    @Test
    void unrelatedArticlesAreNotPaired() {
        List<Article> older = articles("第一条 本办法所称特种设备，是指锅炉、压力容器。");
        List<Article> newer = articles("第一条 各级人民政府应当加强对农村集体经济组织的指导。");
        assertEquals("""
                REMOVED 第一条 → -
                ADDED - → 第一条""", summary(ArticleDiff.compare(older, newer)));
    }

    @Test
    void emptyVersions() {
        assertEquals("ADDED - → 第一条", summary(ArticleDiff.compare(List.of(), articles("第一条 新的。"))));
        assertEquals(List.of(), ArticleDiff.compare(List.of(), List.of()));
    }
}
