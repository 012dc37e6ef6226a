package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructureHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "第一编 总则|PART|1|第一编|总则",
            "第一分编  通则|SUBPART|1|第一分编|通则",
            "第二章 促进就业|CHAPTER|2|第二章|促进就业",
            "第十二章　附则|CHAPTER|12|第十二章|附则",
            "第三节 安全生产的保障|SECTION|3|第三节|安全生产的保障",
            "第一章总则|CHAPTER|1|第一章|总则",
            "第七章|CHAPTER|7|第七章|''",
            "第二章  合同的订立|CHAPTER|2|第二章|合同的订立"})
    void recognisesPartsChaptersAndSectionsWithTheirLevel(String text, StructureHeading.Level level, int ordinal,
                                                          String label, String title) {
        StructureHeading h = StructureHeading.parse(text).orElseThrow();
        assertEquals(level, h.level());
        assertEquals(ordinal, h.ordinal());
        assertEquals(label, h.label());
        assertEquals(title, h.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"基本案情", "一、附则", "第一条 总则", "序言", "第一款"})
    void otherHeadingsAreNotStructure(String text) {
        assertTrue(StructureHeading.parse(text).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    void levelsNestOutermostFirst() {
        assertTrue(StructureHeading.Level.PART.depth() < StructureHeading.Level.SUBPART.depth());
        assertTrue(StructureHeading.Level.SUBPART.depth() < StructureHeading.Level.CHAPTER.depth());
        assertTrue(StructureHeading.Level.CHAPTER.depth() < StructureHeading.Level.SECTION.depth());
        assertEquals("第一章 总则", StructureHeading.parse("第一章　 总则").orElseThrow().text());
    }
}
