package wenku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wenku.testing.SiteFixture;

/** {@code wenku import}, run as a contributor would, and the page the imported note becomes. */
class ImportCommandTest {
    private static final Path SAMPLE = Path.of("../shared/samples/web-copied-article.txt");
    private static final Path EXPECTED = Path.of("../shared/samples/experience-writeup.md");

    private static final String SITE = """
            -- content/site.yml --
            title: 测试文库
            categories:
              - 经验交流
              - 通知公告
            -- content/经验交流/_index.md --
            ---
            title: 经验交流
            ---
            -- content/政策文件/_index.md --
            ---
            title: 政策文件
            ---
            -- content/政策文件/关于开展安全检查的通知.md --
            ---
            title: 关于开展安全检查的通知
            date: 2024-03-01
            category: 通知公告
            ---

            各单位：请于三月底前完成自查。
            """;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsTheSampleIntoItsCategoryFolderAndTheSiteShowsIt() throws Exception {
        Path dir = SiteFixture.write(SITE);
        Path content = dir.resolve("content");
        Run r = run("import", SAMPLE.toString(), "--category", "经验交流", "--content", content.toString());
        Path note = content.resolve("经验交流/煤矿企业创建服务型党组织的四个着力点.md");
        assertEquals(0, r.exit(), r.err());
        assertEquals(note + System.lineSeparator(), r.out(), "prints the written path, nothing else");
        assertEquals(Files.readString(EXPECTED), Files.readString(note));
        assertFalse(r.err().contains("error"), r.err());

        SiteFixture.Built site = SiteFixture.buildIn(dir, null);
        Document page = site.html("经验交流/煤矿企业创建服务型党组织的四个着力点.html");
        assertTrue(page.select("h1").text().contains("煤矿企业创建服务型党组织的四个着力点"), page.select("h1").text());
        assertEquals(List.of("抓住关键点，明确创建目标", "把握基本点，树立服务理念", "做实支撑点，深化创先争优",
                "突出着力点，建立长效机制"), page.select("h2").stream()
                .map(h -> h.ownText().strip()).filter(t -> t.contains("点，")).toList());
        assertFalse(page.text().contains("APP下载"));
        assertFalse(page.text().contains("猜你喜欢"));
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Path note = content.resolve("经验交流/煤矿企业创建服务型党组织的四个着力点.md");
        assertEquals(0, run("import", SAMPLE.toString(), "--category", "经验交流", "-c", content.toString()).exit());
        Files.writeString(note, "我改过的稿子\n");

        Run again = run("import", SAMPLE.toString(), "--category", "经验交流", "-c", content.toString());
        assertEquals(1, again.exit());
        assertEquals("", again.out());
        assertEquals(note + ": error: import: the note already exists (run again with --force to overwrite it,"
                + " or choose another file with --out)", again.err().strip());
        assertEquals("我改过的稿子\n", Files.readString(note), "the edited note is untouched");

        Run forced = run("import", SAMPLE.toString(), "--category", "经验交流", "-c", content.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(Files.readString(EXPECTED), Files.readString(note));
    }

    @Test
    void aCategoryGoesWhereItsPagesAlreadyAre() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Run r = run("import", "src/test/resources/imports/gov-notice.txt", "--category", "通知公告", "-c", content.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(content.resolve("政策文件/北岭市应急管理局关于开展2023年“安全生产月”活动的通知.md").toString(), r.out().strip());
        assertFalse(r.err().contains("no author"), "a notice with 发文字号 needs no author: " + r.err());
    }

    @Test
    void warnsAboutWhatToFillInByHand() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Run r = run("import", "src/test/resources/imports/cnki-abstract.txt", "--category", "学习辅导", "-c", content.toString());
        assertEquals(0, r.exit(), r.err());
        Path note = content.resolve("学习辅导/煤矿井下作业人员不安全行为成因分析及干预对策.md");
        assertEquals(note.toString(), r.out().strip());
        assertTrue(r.err().contains(note + ": warning: import: no date found in the page (add date: 2024-05-01 to the front matter)"), r.err());
        assertTrue(r.err().contains("category \"学习辅导\" is not one of the categories in site.yml (use one of: 经验交流、通知公告)"), r.err());
    }

    @Test
    void readsSavedHtmlPagesAndGbkText() throws Exception {
        Path dir = SiteFixture.write(SITE);
        Path content = dir.resolve("content");
        Run html = run("import", "src/test/resources/imports/magazine-page.html", "-c", content.toString());
        assertEquals(0, html.exit(), html.err());
        Path note = content.resolve("班组安全文化建设的三个抓手.md");
        assertEquals(note.toString(), html.out().strip(), "no category: the content root");
        assertTrue(Files.readString(note).contains("\n## 抓手二：隐患随手拍\n"));

        Path gbk = dir.resolve("copied-gbk.txt");
        Files.writeString(gbk, Files.readString(SAMPLE), Charset.forName("GB18030"));
        Path out = dir.resolve("out/note.md");
        Run r = run("import", gbk.toString(), "--category", "经验交流", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(out.toString(), r.out().strip());
        assertEquals(Files.readString(EXPECTED), Files.readString(out));
    }

    @Test
    void explainsFilesThatCannotBeImported() throws Exception {
        Path dir = SiteFixture.write(SITE);
        Run missing = run("import", dir.resolve("nope.txt").toString(), "-c", dir.resolve("content").toString());
        assertEquals(3, missing.exit());
        assertEquals(dir.resolve("nope.txt") + ": error: import: no such file (check the path; copy the page's text into"
                + " a .txt file, or save the page as .html)", missing.err().strip());

        Path chrome = dir.resolve("chrome.txt");
        Files.writeString(chrome, "APP下载\n分享到：微信 微博\n返回顶部\n");
        Run empty = run("import", chrome.toString(), "-c", dir.resolve("content").toString());
        assertEquals(1, empty.exit());
        assertEquals(chrome + ": error: import: the file has no text (copy the article text into it)", empty.err().strip());

        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Run bin = run("import", binary.toString(), "-c", dir.resolve("content").toString());
        assertEquals(1, bin.exit());
        assertTrue(bin.err().startsWith(binary + ": error: import: byte "), bin.err());
        assertTrue(bin.err().contains("save it as UTF-8"), bin.err());
    }

    @Test
    void helpDescribesTheCommand() {
        Run r = run("import", "--help");
        assertEquals(0, r.exit());
        for (String s : List.of("FILE", "--category", "--out", "--force", "--content")) assertTrue(r.out().contains(s), s);
    }
}
