package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrossReferenceFinderTest {
    private static final LawIndex INDEX = LawIndex.builder()
            .add("社会法/安全生产法(2014-08-31).md", "中华人民共和国安全生产法", upTo(114))
            .add("社会法/安全生产法(2021-06-10).md", "中华人民共和国安全生产法", upTo(119))
            .add("民法典/总则.md", "中华人民共和国民法典", range(1, 204))
            .add("民法典/合同编.md", "中华人民共和国民法典", range(463, 988))
            .add("诉讼/民事诉讼法(2021-12-24).md", "中华人民共和国民事诉讼法", upTo(291))
            .add("司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md",
                    "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", upTo(550))
            .add("司法解释/人民检察院刑事诉讼规则（试行）(2012-11-22).md", "人民检察院刑事诉讼规则（试行）", upTo(708))
            .add("刑法/刑法.md", "中华人民共和国刑法", withZhi(upTo(452), 133, 1, 133, 2))
            .add("刑法/刑法修正案（十一）.md", "中华人民共和国刑法修正案（十一）", List.of())
            .add("案例/张某诉某公司买卖合同纠纷案.md", "为家庭生活消费需要购买汽车的，可以适用消费者权益保护法", List.of())
            .build();
    private static final CrossReferenceFinder FINDER = new CrossReferenceFinder(INDEX);
    private static final LawIndex.CitingDocument CASE = LawIndex.CitingDocument.of("案例/张某诉某公司买卖合同纠纷案.md");

    private static List<ArticleNumber> upTo(int n) {
        return range(1, n);
    }

    private static List<ArticleNumber> range(int from, int to) {
        List<ArticleNumber> l = new ArrayList<>();
        for (int i = from; i <= to; i++) l.add(ArticleNumber.of(i));
        return l;
    }

    private static List<ArticleNumber> withZhi(List<ArticleNumber> base, int... pairs) {
        List<ArticleNumber> l = new ArrayList<>(base);
        for (int i = 0; i < pairs.length; i += 2) l.add(new ArticleNumber(pairs[i], pairs[i + 1]));
        return l;
    }

    /** Each reference as "[span text] → path#fragment", unresolved as "[span text] → ?". */
    private static String links(String text, LawIndex.CitingDocument citer) {
        return FINDER.find(text, citer).stream().map(r -> "[" + text.substring(r.start(), r.end()) + "] → "
                + (r.target() == null ? "?" : r.target().version().path() + (r.fragment().isEmpty() ? "" : "#" + r.fragment())))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aFullTitleAndItsArticleLinkToTheNewestVersionWhenTheCiterHasNoDate() {
        String text = "根据《中华人民共和国安全生产法》第二十一条的规定，生产经营单位的主要负责人……";
        assertEquals("""
                [《中华人民共和国安全生产法》] → 社会法/安全生产法(2021-06-10).md
                [第二十一条] → 社会法/安全生产法(2021-06-10).md#第二十一条""", links(text, CASE));
        List<CrossReference> refs = FINDER.find(text, CASE);
        assertEquals(CrossReference.Kind.LAW, refs.get(0).kind());
        assertEquals("中华人民共和国安全生产法", refs.get(0).title());
        assertEquals(CrossReference.Kind.ARTICLE, refs.get(1).kind());
        assertTrue(refs.get(1).isArticleResolved());
    }

    @Test
    void aShortTitleWithParagraphAndItemLinksToTheVersionInForceAtTheCitersDate() {
        String text = "依照《安全生产法》第二十一条第二款第（三）项处理。";
        assertEquals("""
                [《安全生产法》] → 社会法/安全生产法(2014-08-31).md
                [第二十一条第二款第（三）项] → 社会法/安全生产法(2014-08-31).md#第二十一条""",
                links(text, new LawIndex.CitingDocument("案例/x.md", LocalDate.of(2016, 5, 1))));
        assertEquals("""
                [《安全生产法》] → 社会法/安全生产法(2021-06-10).md
                [第二十一条第二款第（三）项] → 社会法/安全生产法(2021-06-10).md#第二十一条""",
                links(text, new LawIndex.CitingDocument("案例/x.md", LocalDate.of(2022, 5, 1))));
    }

    @Test
    void benFaMeansTheCitingLawsOwnVersion() {
        LawIndex.CitingDocument old = LawIndex.CitingDocument.of("社会法/安全生产法(2014-08-31).md");
        assertEquals("[第一百一十四条] → 社会法/安全生产法(2014-08-31).md#第一百一十四条",
                links("违反本法第一百一十四条规定的", old));
        assertEquals("[《中华人民共和国安全生产法》] → 社会法/安全生产法(2014-08-31).md",
                links("依照《中华人民共和国安全生产法》制定", old), "a law naming itself means its own text");
    }

    @Test
    void benFaInOneBookOfTheCivilCodeReachesAnotherBook() {
        LawIndex.CitingDocument contracts = LawIndex.CitingDocument.of("民法典/合同编.md");
        assertEquals("""
                [第一百四十二条第一款] → 民法典/总则.md#第一百四十二条
                [第五百条] → 民法典/合同编.md#第五百条""",
                links("应当依据本法第一百四十二条第一款的规定，以及本法第五百条", contracts));
    }

    @Test
    void aTitleSharedByTheBooksOfACodeResolvesByArticle() {
        assertEquals("""
                [《民法典》] → 民法典/总则.md
                [第五百条] → 民法典/合同编.md#第五百条
                [《中华人民共和国民法典》] → 民法典/总则.md""",
                links("《民法典》第五百条；《中华人民共和国民法典》", CASE));
    }

    @Test
    void aKnownTitleWithoutBracketsIsLinkedWhenAnArticleFollowsIt() {
        assertEquals("""
                [民事诉讼法第二百条] → 诉讼/民事诉讼法(2021-12-24).md#第二百条
                [刑法第一百三十三条之一] → 刑法/刑法.md#第一百三十三条之一
                [第一百三十三条之二] → 刑法/刑法.md#第一百三十三条之二""",
                links("人民法院依照民事诉讼法第二百条处理。依照刑法第一百三十三条之一、第一百三十三条之二定罪。", CASE));
        assertEquals("", links("依照民事诉讼法处理，按照刑法规定", CASE), "a bare title alone is prose, not a link");
    }

    @Test
    void listsAndRangesOfArticlesShareTheirLaw() {
        assertEquals("""
                [《安全生产法》] → 社会法/安全生产法(2021-06-10).md
                [第十条] → 社会法/安全生产法(2021-06-10).md#第十条
                [第十一条] → 社会法/安全生产法(2021-06-10).md#第十一条
                [第十二条] → 社会法/安全生产法(2021-06-10).md#第十二条""",
                links("《安全生产法》第十条、第十一条和第十二条，以及第二十条", CASE), "第二十条 after 以及 stands alone");
        assertEquals("""
                [《安全生产法》] → 社会法/安全生产法(2021-06-10).md
                [第十条] → 社会法/安全生产法(2021-06-10).md#第十条
                [第二十条] → 社会法/安全生产法(2021-06-10).md#第二十条""", links("《安全生产法》第十条至第二十条", CASE));
        assertEquals("""
                [第三条] → 社会法/安全生产法(2021-06-10).md#第三条
                [第四条] → 社会法/安全生产法(2021-06-10).md#第四条""",
                links("不符合本法第三条、第四条的规定", LawIndex.CitingDocument.of("社会法/安全生产法(2021-06-10).md")));
    }

    @Test
    void anInterpretationWhoseTitleQuotesALawIsFoundAndItsAbbreviationToo() {
        String text = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（法释〔2022〕11号，以下简称《解释》）"
                + "作如下修改：将《解释》第三条修改为";
        assertEquals("""
                [《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》] → 司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md
                [《解释》] → 司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md
                [《解释》] → 司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md
                [第三条] → 司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md#第三条""", links(text, CASE));
        assertEquals("""
                [《解释》] → ?
                [第三条] → ?""", links("将《解释》第三条修改为", CASE), "without the definition, 《解释》 is unknown");
    }

    @Test
    void aCitationWithoutTheTrialQualifierFindsTheTrialText() {
        assertEquals("[《人民检察院刑事诉讼规则》] → 司法解释/人民检察院刑事诉讼规则（试行）(2012-11-22).md",
                links("《人民检察院刑事诉讼规则》", CASE));
    }

    @Test
    void benFaInACriminalLawAmendmentMeansTheCriminalLaw() {
        assertEquals("[第一百三十三条之一] → 刑法/刑法.md#第一百三十三条之一",
                links("“……同时构成本法第一百三十三条之一规定之罪的，依照处罚较重的规定定罪处罚。”",
                        LawIndex.CitingDocument.of("刑法/刑法修正案（十一）.md")));
    }

    @Test
    void gaiFaMeansTheLawCitedLast() {
        assertEquals("""
                [《中华人民共和国民事诉讼法》] → 诉讼/民事诉讼法(2021-12-24).md
                [第十条] → 诉讼/民事诉讼法(2021-12-24).md#第十条""",
                links("原告依据《中华人民共和国民事诉讼法》起诉，该法第十条规定", CASE));
    }

    @Test
    void contractsAndLonelyArticlesAreNotLaws() {
        assertEquals("", links("双方签有《汽车销售合同》。该合同第七条约定：“……”；第十条规定", CASE));
    }

    @Test
    void lawsTheSiteDoesNotHaveAreReportedUnresolved() {
        List<CrossReference> refs = FINDER.find("依照《中华人民共和国合同法》第五十二条", CASE);
        assertEquals(2, refs.size());
        assertFalse(refs.get(0).isResolved());
        assertEquals("中华人民共和国合同法", refs.get(0).title());
        assertFalse(refs.get(1).isResolved());
        assertEquals(ArticleNumber.of(52), refs.get(1).article());
    }

    @Test
    void anArticleTheVersionLacksLinksToTheLawOnly() {
        List<CrossReference> refs = FINDER.find("《安全生产法》第二百条", CASE);
        CrossReference article = refs.get(1);
        assertTrue(article.isResolved());
        assertFalse(article.isArticleResolved());
        assertNull(article.target().article());
        assertEquals("", article.fragment());
        assertEquals("社会法/安全生产法(2021-06-10).md", article.target().version().path());
    }

    @Test
    void articlesInsideATitleAreNotCitations() {
        assertEquals("[《关于修改〈某某条例〉第十条的决定》] → ?", links("《关于修改〈某某条例〉第十条的决定》", CASE));
    }
}
