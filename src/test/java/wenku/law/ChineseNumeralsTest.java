package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "一, 1", "九, 9", "十, 10", "十一, 11", "十九, 19", "二十, 20", "二十一, 21", "九十九, 99",
            "一百, 100", "一百零一, 101", "一百一十, 110", "一百一十一, 111", "一百二十, 120", "二百零五, 205",
            "九百九十九, 999", "一千, 1000", "一千零一, 1001", "一千零二十, 1020", "一千零一十, 1010",
            "一千一百, 1100", "一千二百六十, 1260", "一千二百零二, 1202", "九千九百九十九, 9999",
            "两, 2", "两百, 200", "两千零一, 2001", "一九九四, 1994", "二〇二一, 2021", "二零零九, 2009"})
    void readsNumeralsUpToThousands(String text, int value) {
        assertEquals(OptionalInt.of(value), ChineseNumerals.parse(text));
    }

    @Test
    void leniently_reads_hundred_ten_without_the_one() {
        assertEquals(OptionalInt.of(110), ChineseNumerals.parse("一百十"));
        assertEquals(OptionalInt.of(1010), ChineseNumerals.parse("一千零十"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "零", "百", "千", "一千二", "一百零", "十十", "二十百", "一二十", "2十", "一万", "第一", "一百零零一",
            "一二三四五"})
    void rejectsWhatIsNotOneNumber(String text) {
        assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource({"一, 1", "十, 10", "十一, 11", "二十, 20", "一百零一, 101", "一百一十, 110", "一千零二十, 1020",
            "一千零二, 1002", "一千零一十, 1010", "一千一百, 1100", "二千, 2000", "九千九百九十九, 9999"})
    void writesTheFormLawsUse(String text, int value) {
        assertEquals(text, ChineseNumerals.format(value));
    }

    @Test
    void everyNumberReadsBackAsItself() {
        for (int i = 1; i <= ChineseNumerals.MAX; i++) {
            String written = ChineseNumerals.format(i);
            assertEquals(OptionalInt.of(i), ChineseNumerals.parse(written), written);
        }
    }

    @Test
    void refusesToWriteWhatItCannot() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(10_000));
    }
}
