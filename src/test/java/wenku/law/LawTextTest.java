package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawTextTest {

    @Test
    void readsTitleHistoryStructureAndArticles() {
        LawText t = LawText.parse("""
                # 中华人民共和国劳动法

                1994年7月5日 第八届全国人民代表大会常务委员会第八次会议通过

                2018年12月29日 第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国劳动法〉等七部法律的决定》第二次修正

                <!-- INFO END -->

                ## 第一章 总则

                第一条 为了保护劳动者的合法权益，制定本法。

                第二条 在中华人民共和国境内的企业，适用本法。

                国家机关、事业组织，依照本法执行。

                ## 第二章 促进就业

                ### 第一节 一般规定

                第三条 国家通过促进经济和社会发展，扩大就业机会。

                > 第九十九条 这是一段引文，不是本法的条文。

                第四条 本法自1995年1月1日起施行。
                """);
        assertEquals("中华人民共和国劳动法", t.title());
        assertNull(t.subtitle());
        assertEquals(List.of(LocalDate.of(1994, 7, 5), LocalDate.of(2018, 12, 29)),
                t.info().entries().stream().map(HistoryEntry::date).toList());
        assertEquals(List.of("第一章 总则", "第二章 促进就业", "第一节 一般规定"),
                t.structure().stream().map(StructureHeading::text).toList());
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条"),
                t.articles().stream().map(a -> a.number().anchor()).toList());
        assertEquals("第二条 在中华人民共和国境内的企业，适用本法。\n国家机关、事业组织，依照本法执行。",
                t.article(ArticleNumber.of(2)).orElseThrow().text());
        assertEquals("在中华人民共和国境内的企业，适用本法。\n国家机关、事业组织，依照本法执行。",
                t.article(ArticleNumber.of(2)).orElseThrow().body());
        assertEquals("第一条 为了保护劳动者的合法权益，制定本法。", t.article(ArticleNumber.of(1)).orElseThrow().text(),
                "an article ends at the next heading");
        assertEquals(11, t.article(ArticleNumber.of(1)).orElseThrow().line());
        assertTrue(t.sequence().rejected().isEmpty(), "the block quote was never a candidate");
    }

    @Test
    void aSubtitleAndNoInfoBlock() {
        LawText t = LawText.parse("""
                # 中华人民共和国民法典

                # 合同编

                第四百六十三条 本编调整因合同产生的民事关系。
                """);
        assertEquals("中华人民共和国民法典", t.title());
        assertEquals("合同编", t.subtitle());
        assertTrue(t.info().isEmpty());
        assertEquals(List.of(ArticleNumber.of(463)), t.sequence().numbers());
    }

    @Test
    void frontMatterIsSkippedAndBoldArticleNumbersAreRead() {
        LawText t = LawText.parse("""
                ---
                title: 车间安全规程
                ---
                # 车间安全规程

                **第一条** 进入车间必须佩戴安全帽。

                **第二条** 设备检修前必须断电挂牌。
                """);
        assertEquals("车间安全规程", t.title());
        assertEquals(List.of(ArticleNumber.of(1), ArticleNumber.of(2)), t.sequence().numbers());
    }
}
