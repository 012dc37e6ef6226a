package wenku.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wenku.testing.SiteFixture;

/** {@code wenku check}: what a contributor or a CI job sees for every kind of problem, and {@code --fix}. */
class CheckCommandTest {
    static final String BROKEN_SITE = """
            -- content/site.yml --
            title: 检查
            categories: [规章制度, 经验交流]
            -- content/经验交流/班前会.md --
            ---
            title: 开好班前会
            category: 经验交流材料
            autor: 张三
            ---
            班前会要讲安全,讲质量。
            见[规程](../规章制度/没有这个文件.md)。

            ![流程](图片/流程.png)
            -- content/经验交流/心得.md --
            ---
            title: 学习心得
            category: 经验交流
            ---
            安全生产责任重于泰山，每一名党员都要带头落实岗位责任。
            -- content/规章制度/心得副本.md --
            ---
            title: 心得（转载）
            category: 规章制度
            ---
            安全生产责任重于泰山，
            每一名党员都要带头落实岗位责任。
            -- content/规章制度/无标题.md --
            没有标题的文字，只有正文。
            -- content/规章制度/坏的日期.md --
            ---
            title: 坏的日期
            date: 明天
            ---
            正文。
            -- content/规章制度/交接 班.md --
            # 交接班一
            -- content/规章制度/交接-班.md --
            # 交接班二
            """;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run check(Path content, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("check", "--no-git", "--content", content.toString()));
        args.addAll(List.of(more));
        return new Run(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void reportsEveryProblemAsPathLineColumnAndExitsWithOneOnErrors() throws IOException {
        Path dir = SiteFixture.write(BROKEN_SITE);
        Path content = dir.resolve("content");
        Files.write(content.resolve("规章制度/旧文件.md"), "# 旧文件\n\n安全第一，预防为主。\n".getBytes(Charset.forName("GBK")));
        Files.write(content.resolve("规章制度/乱码.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '\n'});
        String p = content + "/";

        Run r = check(content);
        assertEquals(1, r.exit(), r.out() + r.err());
        List<String> lines = r.lines();
        assertTrue(lines.contains(p + "经验交流/班前会.md:3:1: error: front matter: category \"经验交流材料\" is not one of the"
                + " categories in site.yml (规章制度、经验交流); correct it, or add it to categories in site.yml"), r.out());
        assertTrue(lines.contains(p + "经验交流/班前会.md:4:1: warning: front matter: unknown key \"autor\" is ignored (did you mean author:?)"), r.out());
        assertTrue(lines.contains(p + "经验交流/班前会.md:6:8: warning: punctuation: half-width \",\" between Chinese characters"
                + " (write \"，\", or run wenku check --fix)"), r.out());
        assertTrue(lines.contains(p + "经验交流/班前会.md:7:7: warning: links: link \"../规章制度/没有这个文件.md\" points to nothing"
                + " in the site (check the file name and path)"), r.out());
        assertTrue(lines.contains(p + "经验交流/班前会.md:9:7: warning: links: image \"图片/流程.png\" points to nothing"
                + " in the site (check the file name and path)"), r.out());
        assertTrue(lines.contains(p + "规章制度/心得副本.md:5:1: warning: duplicates: same text as 经验交流/心得.md"
                + " (keep one of the two and link to it from the other place)"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(p + "规章制度/无标题.md:1:1: warning: content: no title")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(p + "规章制度/坏的日期.md:3:") && l.contains(": error: front matter: ")
                && l.contains("明天")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(p + "规章制度/交接-班.md:1: error: urls: would be written to"
                + " 规章制度/交接-班.html, which 规章制度/交接 班.md already uses")), r.out());
        assertTrue(lines.contains(p + "规章制度/旧文件.md:1:1: warning: encoding: file is saved as GB18030, not UTF-8"
                + " (run wenku check --fix to convert it, or save it as UTF-8 in your editor)"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(p + "规章制度/乱码.md:1: error: encoding: ")), r.out());
        for (String l : lines) assertTrue(l.matches("^\\S.*?:\\d+(:\\d+)?: (error|warning): .+"), "GCC's format: " + l);
        assertTrue(r.err().contains("checked 8 files"), r.err());
        assertTrue(r.err().contains(": 4 errors, 7 warnings"), r.err());
        assertFalse(Files.exists(dir.resolve("public")), "check writes nothing");
    }

    @Test
    void warningsAloneExitWithZeroUnlessStrict() {
        Path content = SiteFixture.write("""
                -- content/a.md --
                # 甲

                安全第一,预防为主。
                """).resolve("content");
        Run r = check(content);
        assertEquals(0, r.exit(), r.out());
        assertEquals(1, r.lines().size(), r.out());
        assertTrue(r.err().contains("0 errors, 1 warning,"), r.err());
        assertEquals(1, check(content, "--strict").exit());
        Path clean = SiteFixture.write("-- content/a.md --\n# 甲\n\n安全第一，预防为主。\n").resolve("content");
        Run ok = check(clean, "--strict");
        assertEquals(0, ok.exit());
        assertEquals("", ok.out());
    }

    @Test
    void jsonAndGitlabReportsCarryTheSameProblems() {
        Path content = SiteFixture.write("""
                -- content/site.yml --
                categories: [规章制度]
                -- content/a.md --
                ---
                title: 甲
                category: "规章\\"制度"
                ---
                安全第一,预防为主。
                """).resolve("content");
        String p = content + "/";
        Run json = check(content, "--format", "json");
        assertEquals(1, json.exit());
        assertTrue(json.out().startsWith("{\"errors\":1,\"warnings\":1,\"problems\":["), json.out());
        assertTrue(json.out().contains("{\"file\":\"" + p + "a.md\",\"line\":3,\"column\":1,\"severity\":\"error\","
                + "\"stage\":\"front matter\",\"message\":\"category \\\"规章\\\"制度\\\" is not one of the categories in site.yml"), json.out());
        assertTrue(json.out().contains("{\"file\":\"" + p + "a.md\",\"line\":5,\"column\":5,\"severity\":\"warning\",\"stage\":\"punctuation\""), json.out());
        assertTrue(json.out().strip().endsWith("]}"));

        Run gitlab = check(content, "--format", "gitlab");
        assertEquals(1, gitlab.exit());
        assertTrue(gitlab.out().startsWith("[\n  {\"description\":\"front matter: category"), gitlab.out());
        assertTrue(gitlab.out().contains("\"check_name\":\"wenku/front-matter\""), gitlab.out());
        assertTrue(gitlab.out().contains("\"severity\":\"major\",\"location\":{\"path\":\"" + p + "a.md\",\"lines\":{\"begin\":3}}}"), gitlab.out());
        assertTrue(gitlab.out().contains("\"severity\":\"minor\",\"location\":{\"path\":\"" + p + "a.md\",\"lines\":{\"begin\":5}}}"), gitlab.out());
        assertTrue(gitlab.out().contains("\"fingerprint\":\""));
    }

    @Test
    void fixRewritesPunctuationAndEncodingsInPlaceAndKeepsEverythingElse() throws IOException {
        Path content = Files.createTempDirectory("wenku-fix-");
        Files.writeString(content.resolve("a.md"), """
                ---
                title: "甲,乙"
                ---
                安全第一,预防为主;综合治理!
                代码 `a,b` 和链接 [规程](http://例子.cn/a,b) 不改。
                """, StandardCharsets.UTF_8);
        Path crlf = content.resolve("b.md");
        Files.writeString(crlf, "# 乙\r\n\r\n班前会(早班)要讲安全:先讲事故案例.\r\n", StandardCharsets.UTF_8);
        Path gbk = content.resolve("c.md");
        Files.write(gbk, "# 丙\n\n遵章守纪,人人有责。\n".getBytes(Charset.forName("GBK")));

        Run fixed = check(content, "--fix");
        assertEquals(0, fixed.exit(), fixed.out() + fixed.err());
        assertEquals("", fixed.out(), "nothing is left to report");
        assertTrue(fixed.err().contains("fixed " + content + "/a.md: 3 punctuation marks"), fixed.err());
        assertTrue(fixed.err().contains("fixed " + content + "/c.md: 1 punctuation mark, converted from GB18030 to UTF-8"), fixed.err());
        assertTrue(fixed.err().contains("fixed 3 files"), fixed.err());

        assertEquals("""
                ---
                title: "甲,乙"
                ---
                安全第一，预防为主；综合治理！
                代码 `a,b` 和链接 [规程](http://例子.cn/a,b) 不改。
                """, Files.readString(content.resolve("a.md"), StandardCharsets.UTF_8));
        assertEquals("# 乙\r\n\r\n班前会（早班）要讲安全：先讲事故案例.\r\n", Files.readString(crlf, StandardCharsets.UTF_8));
        assertEquals("# 丙\n\n遵章守纪，人人有责。\n", Files.readString(gbk, StandardCharsets.UTF_8));

        byte[] before = Files.readAllBytes(content.resolve("a.md"));
        Run again = check(content, "--fix");
        assertTrue(again.err().contains("fixed 0 files"), again.err());
        assertArrayEquals(before, Files.readAllBytes(content.resolve("a.md")));
    }
}
