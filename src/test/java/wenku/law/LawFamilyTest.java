package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawFamilyTest {

    @Test
    void theDateSuffixIsTheVersionAndTheRestTheKey() {
        LawVersion v = LawVersion.of("社会法/劳动法(2018-12-29).md");
        assertEquals("社会法/劳动法", v.key());
        assertEquals(LocalDate.of(2018, 12, 29), v.date());
        assertEquals("劳动法", v.name());
        assertEquals("社会法", v.folder());
        LawVersion nested = LawVersion.of("司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md");
        assertEquals("司法解释/最高人民法院关于适用《民事诉讼法》的解释", nested.key());
        LawVersion undated = LawVersion.of("民法典/合同编.md");
        assertEquals("民法典/合同编", undated.key());
        assertNull(undated.date());
        assertEquals("", LawVersion.of("宪法.md").folder());
        assertEquals("人民检察院刑事诉讼规则（试行）", LawVersion.of("司法解释/人民检察院刑事诉讼规则（试行）(2012-11-22).md").name());
        assertEquals("a/b(2021-13-45)", LawVersion.of("a/b(2021-13-45).md").key(), "not a date, so part of the name");
    }

    @Test
    void filesThatDifferOnlyByTheDateAreOneLaw() {
        List<LawFamily> families = LawFamily.group(List.of(
                "社会法/妇女权益保障法(2022-10-30).md",
                "社会法/劳动法(2018-12-29).md",
                "社会法/妇女权益保障法(2018-10-26).md",
                "行政法/妇女权益保障法(2018-10-26).md"));
        assertEquals(java.util.Set.of("社会法/劳动法", "社会法/妇女权益保障法", "行政法/妇女权益保障法"),
                java.util.Set.copyOf(families.stream().map(LawFamily::key).toList()));
        assertEquals(families.stream().map(LawFamily::key).sorted().toList(),
                families.stream().map(LawFamily::key).toList(), "sorted by key");
        LawFamily women = families.stream().filter(f -> f.key().equals("社会法/妇女权益保障法")).findFirst().orElseThrow();
        assertTrue(women.hasVersions());
        assertEquals(List.of(LocalDate.of(2018, 10, 26), LocalDate.of(2022, 10, 30)),
                women.versions().stream().map(LawVersion::date).toList(), "oldest first");
        assertEquals("社会法/妇女权益保障法(2022-10-30).md", women.newest().path());
        assertTrue(women.isNewest(women.versions().get(1)));
        assertFalse(women.isNewest(women.versions().get(0)));
        assertEquals(List.of(women.newest()), women.newerThan(women.versions().get(0)));
        assertTrue(women.newerThan(women.newest()).isEmpty());
        assertEquals(1, families.stream().filter(f -> !f.hasVersions()).filter(f -> f.key().equals("社会法/劳动法")).count());
    }

    @Test
    void theVersionInForceOnADay() {
        LawFamily f = LawFamily.group(List.of("a/安全生产法(2014-08-31).md", "a/安全生产法(2021-06-10).md",
                "a/安全生产法(2009-08-27).md")).get(0);
        assertEquals(LocalDate.of(2014, 8, 31), f.inForceOn(LocalDate.of(2020, 1, 1)).date());
        assertEquals(LocalDate.of(2021, 6, 10), f.inForceOn(LocalDate.of(2021, 6, 10)).date(), "on the day itself");
        assertEquals(LocalDate.of(2021, 6, 10), f.inForceOn(LocalDate.of(2024, 1, 1)).date());
        assertEquals(LocalDate.of(2009, 8, 27), f.inForceOn(LocalDate.of(2001, 1, 1)).date(), "before all: the oldest");
        assertEquals(LocalDate.of(2021, 6, 10), f.inForceOn(null).date(), "no date: the newest");
    }

    @Test
    void anUndatedFileSortsBeforeTheDatedOnes() {
        LawFamily f = LawFamily.group(List.of("x/办法(2020-01-01).md", "x/办法.md")).get(0);
        assertEquals("x/办法.md", f.versions().get(0).path());
        assertEquals("x/办法(2020-01-01).md", f.newest().path());
    }
}
