package wenku.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordTagsTest {
    private static final String DOUBLE_PREVENTION = """
            双重预防机制建设的几点做法
            我矿把风险分级管控和隐患排查治理作为双重预防机制建设的两项基础工作。风险分级管控由矿总工程师牵头，
            隐患排查治理由安全副矿长牵头。双重预防机制运行一年来，全矿隐患数量下降三成。
            各区队每月更新风险清单，双重预防机制信息平台实时显示隐患整改进度，双重预防的各项要求落实到了班组。
            """;

    @Test
    void separatedKeywordsAreTakenAsWritten() {
        assertEquals(List.of("煤矿安全", "风险分级管控", "双重预防"),
                KeywordTags.derive("煤矿安全；风险分级管控， 双重预防;", DOUBLE_PREVENTION));
    }

    @Test
    void runTogetherKeywordsAreSplitAgainstTheTextAndCompleted() {
        // "双重预防" is followed by "机制" in 3 of its 4 occurrences: the article's term is 双重预防机制
        assertEquals(List.of("风险分级管控", "隐患排查治理", "双重预防机制"),
                KeywordTags.derive("风险分级管控隐患排查治理双重预防", DOUBLE_PREVENTION));
    }

    @Test
    void genericQuantifierIsDropped() {
        String text = "全体职工要参加培训。职工培训每月一次，职工考试合格后上岗，职工档案由班组保管。";
        assertEquals(List.of("职工", "培训"), KeywordTags.derive("全体职工培训", text));
    }

    @Test
    void aPieceThatOccursInTheTextIsNotSplit() {
        assertEquals(List.of("隐患排查治理"), KeywordTags.derive("隐患排查治理", DOUBLE_PREVENTION));
    }

    @Test
    void aPieceThatCannotBeSplitStaysWhole() {
        assertNull(KeywordTags.segment("安全文化建设年", DOUBLE_PREVENTION));
        assertEquals(List.of("安全文化建设年"), KeywordTags.derive("安全文化建设年", DOUBLE_PREVENTION));
    }

    @Test
    void fewestPiecesWin() {
        assertEquals(List.of("风险分级管控", "隐患排查治理"), KeywordTags.segment("风险分级管控隐患排查治理", DOUBLE_PREVENTION));
    }
}
