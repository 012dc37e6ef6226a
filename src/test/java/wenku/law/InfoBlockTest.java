package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InfoBlockTest {

    @Test
    void theHistoryOfTheLabourLaw() {
        InfoBlock info = InfoBlock.parse(List.of(
                "1994年7月5日 第八届全国人民代表大会常务委员会第八次会议通过",
                "",
                "2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正",
                "2018年12月29日 第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国劳动法〉等七部法律的决定》第二次修正"));
        assertEquals(3, info.entries().size());
        HistoryEntry first = info.entries().get(0);
        assertEquals(LocalDate.of(1994, 7, 5), first.date());
        assertEquals(HistoryEntry.Kind.ADOPTED, first.kind());
        assertEquals("第八届全国人民代表大会常务委员会第八次会议通过", first.text());
        assertEquals(HistoryEntry.Kind.AMENDED, info.entries().get(2).kind());
        assertEquals("修正", info.entries().get(2).kind().label());
        assertEquals(Optional.of(LocalDate.of(2018, 12, 29)), info.lastChange());
        assertTrue(info.notes().isEmpty());
    }

    @Test
    void kindsOfEntries() {
        InfoBlock info = InfoBlock.parse(List.of(
                "2014年1月17日 中华人民共和国国务院令第646号公布",
                "2024年7月10日 中华人民共和国国务院令第786号修订）",
                "2020年1月1日 国务院第N次常务会议修订通过",
                "2010年3月1日 国务院批准　",
                "2021年1月1日 施行",
                "1995年1月1日 执行",
                "2009年1月1日 《国务院关于修改部分行政法规的决定》第一次修订　",
                "2013年6月29日 公布 自2014年1月1日起施行"));
        assertEquals(List.of(HistoryEntry.Kind.PROMULGATED, HistoryEntry.Kind.REVISED, HistoryEntry.Kind.REVISED,
                        HistoryEntry.Kind.APPROVED, HistoryEntry.Kind.EFFECTIVE, HistoryEntry.Kind.EFFECTIVE,
                        HistoryEntry.Kind.REVISED, HistoryEntry.Kind.PROMULGATED),
                info.entries().stream().map(HistoryEntry::kind).toList());
        assertEquals("中华人民共和国国务院令第786号修订", info.entries().get(1).text(), "the stray ） is dropped");
        assertEquals("国务院批准", info.entries().get(3).text());
        assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), info.effectiveDate());
    }

    @Test
    void aWrappedDecisionTitleContinuesItsEntry() {
        InfoBlock info = InfoBlock.parse(List.of(
                "2004年8月28日 第十届全国人民代表大会常务委员会第十一次会议《关于修改〈中华人民共和国土地管理法〉的决定》第二次修正",
                "2019年8月26日 第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉",
                "〈中华人民共和国城市房地产管理法〉的决定》第三次修正"));
        assertEquals(2, info.entries().size());
        HistoryEntry last = info.entries().get(1);
        assertEquals(HistoryEntry.Kind.AMENDED, last.kind());
        assertTrue(last.text().endsWith("〈中华人民共和国城市房地产管理法〉的决定》第三次修正"), last.text());
        assertTrue(info.notes().isEmpty());
    }

    @Test
    void undatedLinesAreNotesAndOtherDateFormsAreRead() {
        InfoBlock info = InfoBlock.parse(List.of(
                "关于印发《工资支付暂行规定》的通知",
                "劳部发〔1994〕489号",
                "劳动部",
                "一九九四年十二月六日",
                "1995年1月1日 执行",
                "２０１４年６月２９日 中华人民共和国公安部令第１３２号《公安部关于修改部分部门规章的决定》第一次修正",
                "2022-03-15"));
        assertEquals(List.of("关于印发《工资支付暂行规定》的通知", "劳部发〔1994〕489号", "劳动部"), info.notes());
        assertEquals(List.of(LocalDate.of(1994, 12, 6), LocalDate.of(1995, 1, 1), LocalDate.of(2014, 6, 29),
                LocalDate.of(2022, 3, 15)), info.entries().stream().map(HistoryEntry::date).toList());
        assertEquals(HistoryEntry.Kind.OTHER, info.entries().get(0).kind());
        assertEquals("", info.entries().get(0).text());
        assertEquals(HistoryEntry.Kind.AMENDED, info.entries().get(2).kind());
    }

    @Test
    void impossibleDatesDoNotStartEntries() {
        InfoBlock info = InfoBlock.parse(List.of("2021年2月30日 通过"));
        assertTrue(info.entries().isEmpty());
        assertEquals(List.of("2021年2月30日 通过"), info.notes());
    }
}
