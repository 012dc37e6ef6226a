package wenku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortTitleTest {

    @Test
    void dropsTheCountryPrefixAndTrailingDatesAndVersions() {
        assertEquals("安全生产法", ShortTitle.of("中华人民共和国安全生产法"));
        assertEquals("安全生产法", ShortTitle.of("安全生产法(2021-06-10)"));
        assertEquals("宪法修正案", ShortTitle.of("中华人民共和国宪法修正案（2018年）"));
        assertEquals("企业信息公示暂行条例", ShortTitle.of("企业信息公示暂行条例"));
        assertEquals("国家安全生产事故灾难应急预案", ShortTitle.of("国家安全生产事故灾难应急预案（试行）"));
    }

    @Test
    void keepsOrdinalsThatNameAnotherText() {
        assertEquals("刑法修正案（七）", ShortTitle.of("中华人民共和国刑法修正案（七）"));
    }

    @Test
    void neverStripsEverything() {
        assertEquals("中华人民共和国", ShortTitle.of("中华人民共和国"));
        assertEquals(0, ShortTitle.suffixLength("（2018年）"));
    }
}
