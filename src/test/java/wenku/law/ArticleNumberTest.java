package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "第一条, 1, 0, 第一条, art-1",
            "第二十一条, 21, 0, 第二十一条, art-21",
            "第一百零一条, 101, 0, 第一百零一条, art-101",
            "第一千二百六十条, 1260, 0, 第一千二百六十条, art-1260",
            "第二十条之一, 20, 1, 第二十条之一, art-20-1",
            "第一百三十三条之二, 133, 2, 第一百三十三条之二, art-133-2",
            "第21条, 21, 0, 第二十一条, art-21",
            "第１０２条, 102, 0, 第一百零二条, art-102"})
    void writtenNumbersHaveACanonicalAnchorAndANumericAlias(String written, int n, int sub, String anchor, String alias) {
        ArticleNumber a = ArticleNumber.parse(written).orElseThrow();
        assertEquals(new ArticleNumber(n, sub), a);
        assertEquals(anchor, a.anchor());
        assertEquals(alias, a.alias());
        assertEquals(Optional.of(a), ArticleNumber.fromAlias(alias));
    }

    @ParameterizedTest
    @ValueSource(strings = {"第二十一条 生产经营单位", "二十一条", "第二十一", "第零条", "第一千二条", "第12三条", "art-21"})
    void parseAcceptsExactlyOneWrittenNumber(String text) {
        assertTrue(ArticleNumber.parse(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "21|21|0", "２１|21|0", " 21 |21|0", "二十一|21|0", "第21条|21|0", "第二十一条|21|0", "第 二十一 条|21|0",
            "二十一条|21|0", "20之1|20|1", "20-1|20|1", "二十条之一|20|1", "第二十条之一|20|1", "art-20-1|20|1",
            "一百零一|101|0"})
    void readsWhatAReaderTypesIntoTheGoToBox(String input, int n, int sub) {
        assertEquals(Optional.of(new ArticleNumber(n, sub)), ArticleNumber.parseQuery(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "第", "条", "abc", "0", "10000", "二十一款", "21条之", "安全生产法"})
    void goToBoxRejectsWhatNamesNoArticle(String input) {
        assertTrue(ArticleNumber.parseQuery(input).isEmpty(), input);
    }

    @Test
    void articlesOrderByNumberThenSuffix() {
        List<ArticleNumber> list = new ArrayList<>(List.of(ArticleNumber.of(21), new ArticleNumber(20, 2),
                ArticleNumber.of(20), new ArticleNumber(20, 1), ArticleNumber.of(3)));
        list.sort(null);
        assertEquals(List.of("第三条", "第二十条", "第二十条之一", "第二十条之二", "第二十一条"),
                list.stream().map(ArticleNumber::anchor).toList());
    }

    @Test
    void knowsWhichArticleMayComeNext() {
        ArticleNumber a20 = ArticleNumber.of(20);
        ArticleNumber a20s1 = new ArticleNumber(20, 1);
        assertTrue(a20.isFollowedBy(ArticleNumber.of(21)));
        assertTrue(a20.isFollowedBy(a20s1));
        assertTrue(a20s1.isFollowedBy(new ArticleNumber(20, 2)));
        assertTrue(a20s1.isFollowedBy(ArticleNumber.of(21)));
        assertFalse(a20.isFollowedBy(ArticleNumber.of(22)));
        assertFalse(a20.isFollowedBy(new ArticleNumber(20, 2)));
        assertFalse(a20.isFollowedBy(a20));
        assertFalse(ArticleNumber.of(21).isFollowedBy(a20s1));
    }
}
