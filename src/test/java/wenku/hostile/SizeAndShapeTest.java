package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.testing.ChildJvm;

/**
 * Empty, huge, long, deep and wide documents each either build or are refused with a message naming the file
 * and line, in a separate JVM with a 256 MB heap, within a bounded time, and never take the JVM down.
 */
class SizeAndShapeTest {
    static final String HEAP = "256m";
    static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    /** Files that must build: name → Markdown. */
    static Map<String, String> buildable() {
        Map<String, String> m = new TreeMap<>();
        m.put("空文件.md", "");
        m.put("只有空白.md", "\n\n   \n\t\n");
        m.put("一兆一行.md", "# 一行\n\n" + "安全生产人人有责，".repeat(120_000) + "\n");
        StringBuilder headings = new StringBuilder("# 一万个标题\n\n");
        for (int i = 0; i < 10_000; i++) headings.append("## 第").append(i).append("节\n\n内容").append(i).append("\n\n");
        m.put("一万个标题.md", headings.toString());
        m.put("强调五千层.md", "# 强调\n\n" + "*".repeat(5000) + "底" + "*".repeat(5000) + "\n\n" + "_".repeat(5000) + "x"
                + "_".repeat(5000) + "\n\n" + "~~".repeat(2500) + "x" + "~~".repeat(2500) + "\n\n" + "**_".repeat(1700) + "底\n");
        m.put("链接五千层.md", "# 链接\n\n" + "[".repeat(5000) + "x" + "](a)".repeat(5000) + "\n\n" + "![".repeat(5000) + "\n");
        m.put("标签五千层.md", "# 标签\n\n" + "<div>".repeat(5000) + "底" + "</div>".repeat(5000) + "\n\n段落 "
                + "<span>".repeat(5000) + "底" + "</span>".repeat(5000) + "\n\n" + "<b><i>".repeat(2500) + "未闭合\n\n"
                + "<table><tr><td>".repeat(2000) + "表\n");
        m.put("引用一千层.md", "# 引用\n\n" + ">".repeat(1000) + " 底\n");
        m.put("列表一千层.md", "# 列表\n\n" + "- ".repeat(1000) + "底\n");
        StringBuilder table = new StringBuilder("# 一万行的表\n\n| 序号 | 名称 | 说明 |\n|---|---|---|\n");
        for (int i = 0; i < 9_990; i++) table.append("| ").append(i).append(" | 危险化学品").append(i).append(" | 易燃 |\n");
        m.put("一万行的表.md", table.toString());
        StringBuilder wide = new StringBuilder("# 宽表\n\n|");
        for (int i = 0; i < 2000; i++) wide.append(" 列").append(i).append(" |");
        wide.append("\n|").append("---|".repeat(2000)).append("\n|").append(" 值 |".repeat(2000)).append("\n");
        m.put("两千列的表.md", wide.toString());
        StringBuilder footnotes = new StringBuilder("# 脚注\n\n");
        for (int i = 0; i < 3000; i++) footnotes.append("正文[^").append(i).append("]");
        footnotes.append("\n\n");
        for (int i = 0; i < 3000; i++) footnotes.append("[^").append(i).append("]: 注").append(i).append("[^").append((i + 1) % 3000).append("]\n");
        m.put("三千个脚注.md", footnotes.toString());
        return m;
    }

    @Test
    void everyShapeBuildsWithinBoundsInASmallHeap() throws Exception {
        Path content = dir.resolve("content");
        Map<String, String> files = buildable();
        for (Map.Entry<String, String> f : files.entrySet()) write(content.resolve(f.getKey()), f.getValue());
        // a 15 MB note just under the limit
        String para = "安全生产人人有责，事故隐患及时排查。".repeat(20) + "\n\n";
        write(content.resolve("十五兆.md"), "# 大文件\n\n" + para.repeat(15 * 1024 * 1024 / para.getBytes(StandardCharsets.UTF_8).length));

        ChildJvm.Result r = ChildJvm.wenku(HEAP, LIMIT, "build", "--content", content.toString(), "--out",
                dir.resolve("public").toString(), "--no-git");

        assertEquals(0, r.exitCode(), r.output());
        assertNoCrash(r.output());
        for (String name : files.keySet()) {
            String page = name.replace(".md", ".html");
            assertTrue(Files.isRegularFile(dir.resolve("public").resolve(page)), page + " missing\n" + r.output());
        }
        assertTrue(Files.size(dir.resolve("public/十五兆.html")) > 15_000_000);
        System.out.println("size and shape: " + (files.size() + 1) + " documents built in " + r.millis() + " ms with -Xmx" + HEAP);
    }

    @Test
    void tooBigTooLongAndTooDeepAreRefusedWithFileAndLine() throws Exception {
        Path content = dir.resolve("content");
        Path out = dir.resolve("public");
        write(content.resolve("正常.md"), "# 正常\n\n内容\n");
        byte[] twenty = ("# 二十兆\n\n" + "安全生产人人有责。\n\n".repeat(20 * 1024 * 1024 / 29 + 1)).getBytes(StandardCharsets.UTF_8);
        Files.write(content.resolve("二十兆.md"), twenty);
        StringBuilder table = new StringBuilder("# 十万行的表\n\n| 序号 | 内容 |\n|---|---|\n");
        for (int i = 0; i < 100_000; i++) table.append("| ").append(i).append(" | 第").append(i).append("行 |\n");
        write(content.resolve("十万行的表.md"), table.toString());
        write(content.resolve("列表五千层.md"), "---\ntitle: 列表\n---\n\n" + "- ".repeat(5000) + "底\n");
        write(content.resolve("引用五千层.md"), "# 引用\n\n正文\n\n" + ">".repeat(5000) + " 底\n");
        write(content.resolve("混合三万层.md"), "# 混合\n\n" + "> - 1. ".repeat(10_000) + "底\n");
        write(content.resolve("长段落.md"), "# 长段落\n\n" + "一行字\n".repeat(50_000));

        ChildJvm.Result r = ChildJvm.wenku(HEAP, LIMIT, "build", "--content", content.toString(), "--out", out.toString(), "--no-git");

        assertEquals(1, r.exitCode(), r.output());
        assertNoCrash(r.output());
        assertContains(r.output(), "二十兆.md: error: content: file is 20.0 MB; the limit is 16 MB");
        assertContains(r.output(), "十万行的表.md:3:1: error: markdown: a paragraph or table of more than 10000 lines");
        assertContains(r.output(), "列表五千层.md:5:1: error: markdown: lists or quotes nested 5000 levels deep");
        assertContains(r.output(), "引用五千层.md:5:1: error: markdown: lists or quotes nested 5000 levels deep");
        assertContains(r.output(), "混合三万层.md:3:1: error: markdown: lists or quotes nested 30000 levels deep");
        assertContains(r.output(), "长段落.md:3:1: error: markdown: a paragraph or table of more than 10000 lines");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void fencedCodeMayBeLongerThanAParagraph() throws Exception {
        Path content = dir.resolve("content");
        write(content.resolve("日志.md"), "# 日志\n\n```\n" + "2024-01-01 00:00:00 INFO 正常\n".repeat(30_000) + "```\n");
        ChildJvm.Result r = ChildJvm.wenku(HEAP, LIMIT, "build", "--content", content.toString(), "--out",
                dir.resolve("public").toString(), "--no-git");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(Files.readString(dir.resolve("public/日志.html")).contains("INFO 正常"));
    }

    static void assertNoCrash(String output) {
        for (String bad : List.of("StackOverflowError", "OutOfMemoryError", "failed unexpectedly", "Exception", "\tat ")) {
            assertFalse(output.contains(bad), "output mentions " + bad + ":\n" + output);
        }
    }

    static void assertContains(String output, String want) {
        assertTrue(output.contains(want), "want \"" + want + "\" in:\n" + output);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
