package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LawTitlesTest {

    @Test
    void shortTitlesDropTheStateName() {
        assertEquals("安全生产法", LawTitles.shortTitle("中华人民共和国安全生产法"));
        assertEquals("安全生产法", LawTitles.shortTitle("《中华人民共和国安全生产法》"));
        assertEquals("刑法修正案（十一）", LawTitles.shortTitle("中华人民共和国刑法修正案（十一）"));
        assertEquals("人民检察院刑事诉讼规则（试行）", LawTitles.shortTitle("人民检察院刑事诉讼规则（试行）"));
        assertEquals("中华人民共和国", LawTitles.shortTitle("中华人民共和国"));
    }

    @Test
    void titlesMatchWhateverTheirWriting() {
        assertEquals(LawTitles.matchKey("中华人民共和国安全生产法"), LawTitles.matchKey("安全生产法"));
        assertEquals(LawTitles.matchKey("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释"),
                LawTitles.matchKey("最高人民法院关于适用《民事诉讼法》的解释"));
        assertEquals(LawTitles.matchKey("最高人民法院 最高人民检察院关于办理……的解释"),
                LawTitles.matchKey("最高人民法院、最高人民检察院关于办理……的解释"));
        assertEquals(LawTitles.matchKey("规定(试行)"), LawTitles.matchKey("规定（试行）"));
        assertNotEquals(LawTitles.matchKey("人民检察院刑事诉讼规则（试行）"), LawTitles.matchKey("人民检察院刑事诉讼规则"));
        assertEquals(LawTitles.matchKey("人民检察院刑事诉讼规则"),
                LawTitles.withoutTrialQualifier(LawTitles.matchKey("人民检察院刑事诉讼规则（试行）")));
        assertNull(LawTitles.withoutTrialQualifier("安全生产法"));
    }

    @Test
    void lawLikeTitles() {
        assertTrue(LawTitles.looksLikeLawTitle("中华人民共和国合同法"));
        assertTrue(LawTitles.looksLikeLawTitle("民法典"));
        assertTrue(LawTitles.looksLikeLawTitle("治安管理处罚条例"));
        assertTrue(LawTitles.looksLikeLawTitle("刑法修正案（三）"));
        assertTrue(LawTitles.looksLikeLawTitle("人民检察院刑事诉讼规则（试行）"));
        assertTrue(LawTitles.looksLikeLawTitle("国务院关于修改部分行政法规的决定"));
        assertFalse(LawTitles.looksLikeLawTitle("汽车销售合同"));
        assertFalse(LawTitles.looksLikeLawTitle("企业法人营业执照"));
        assertFalse(LawTitles.looksLikeLawTitle("管制清单"));
    }

    @Test
    void amendmentsNameTheLawTheyAmend() {
        assertEquals("中华人民共和国刑法", LawTitles.amendedTitle("中华人民共和国刑法修正案（九）"));
        assertEquals("中华人民共和国刑法", LawTitles.amendedTitle("中华人民共和国刑法修正案"));
        assertEquals("关于审理食品药品纠纷案件适用法律若干问题的规定",
                LawTitles.amendedTitle("最高人民法院关于修改《关于审理食品药品纠纷案件适用法律若干问题的规定》的决定"));
        assertNull(LawTitles.amendedTitle("中华人民共和国安全生产法"));
    }
}
