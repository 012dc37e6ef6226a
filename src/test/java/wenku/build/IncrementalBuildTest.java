package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wenku.problem.Problem;
import wenku.testing.SiteFixture;

/**
 * {@code wenku serve}'s incremental build: after every kind of change (edit, add, rename, delete, of files and
 * folders, templates, broken front matter) the site it serves is the site a full build makes, file for file,
 * while only the changed documents are parsed again. (Related-page lists are kept across edits of a page's
 * text, by design, so they are left out of the comparison.)
 */
class IncrementalBuildTest {
    static final String SITE = """
            -- content/site.yml --
            title: 测试文库
            -- content/学习资料/_index.md --
            ---
            title: 学习资料
            ---
            本栏目收集学习材料。
            -- content/学习资料/安全规定.md --
            ---
            title: 安全规定
            date: 2024-03-01
            tags: [安全, 规程]
            ---
            遵守[新规定](新规定.md)和[操作规程](../规程/操作规程.md)。

            ![流程](流程.svg)
            -- content/学习资料/流程.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
            -- content/学习资料/班组学习.md --
            ---
            title: 班组学习
            date: 2024-02-01
            tags: [安全]
            ---
            每周学习一次。
            -- content/规程/操作规程.md --
            ---
            title: 操作规程
            date: 2024-01-15
            ---
            第一条　开机前检查。
            """;

    Path dir;
    Path content;
    IncrementalBuild build;

    @BeforeEach
    void start() {
        dir = SiteFixture.write(SITE);
        content = dir.resolve("content");
        build = new IncrementalBuild(options());
    }

    BuildOptions options() {
        Path templates = Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : null;
        return new BuildOptions(content, templates, null, null, false, false);
    }

    @Test
    void editingOneDocumentParsesOnlyItAndGivesWhatAFullBuildGives() throws IOException {
        assertSameAsFullBuild(build.rebuild());
        write("学习资料/班组学习.md", """
                ---
                title: 班组学习
                date: 2024-02-01
                tags: [安全]
                ---
                每周学习两次。
                """);
        LiveSite live = build.rebuild();
        assertEquals(1, parsed(live));
        assertTrue(page(live, "学习资料/班组学习.html").text().contains("每周学习两次。"));
        assertSameAsFullBuild(live);

        write("学习资料/班组学习.md", """
                ---
                title: 班组学习（修订）
                date: 2024-02-01
                tags: [安全, 班组]
                ---
                每周学习两次。
                """);
        LiveSite retitled = build.rebuild();
        assertEquals(1, parsed(retitled), "no other document mentions either title");
        assertEquals("班组学习（修订）", page(retitled, "学习资料/安全规定.html").selectFirst(".prev-next a").ownText(),
                "a sibling's prev/next link shows the new title");
        assertSameAsFullBuild(retitled);
    }

    @Test
    void anEditIsSeenFromTimeAndSizeEvenWhenNobodySaysSo() throws IOException {
        build.rebuild();
        Files.writeString(content.resolve("规程/操作规程.md"), """
                ---
                title: 操作规程
                date: 2024-01-15
                ---
                第一条　开机前检查，确认无人。
                """, StandardCharsets.UTF_8);
        LiveSite live = build.rebuild();
        assertTrue(page(live, "规程/操作规程.html").text().contains("确认无人"));
        assertSameAsFullBuild(live);
    }

    @Test
    void addingTheTargetOfABrokenLinkReparsesTheLinkingDocument() throws IOException {
        LiveSite before = build.rebuild();
        assertTrue(before.problems().stream().anyMatch(p -> p.message().contains("\"新规定.md\" points to nothing")));
        assertTrue(page(before, "学习资料/安全规定.html").selectFirst("a.broken") != null);

        write("学习资料/新规定.md", "# 新规定\n\n自下月起施行。\n");
        LiveSite after = build.rebuild();
        assertEquals(2, parsed(after), "the new document and the one whose link now leads to it (and mentions its name)");
        assertTrue(after.problems().stream().noneMatch(p -> p.message().contains("points to nothing")));
        Document page = page(after, "学习资料/安全规定.html");
        assertEquals(0, page.select("a.broken").size());
        assertEquals("../学习资料/新规定.html", page.selectFirst("a:contains(新规定)").attr("href"));
        assertSameAsFullBuild(after);
    }

    @Test
    void renamingAndDeletingFilesMovesAndRemovesTheirPages() throws IOException {
        build.rebuild();
        move("规程/操作规程.md", "规程/设备操作规程.md");
        LiveSite renamed = build.rebuild();
        assertTrue(renamed.file("规程/设备操作规程.html").isPresent());
        assertTrue(renamed.file("规程/操作规程.html").isEmpty());
        assertTrue(renamed.problems().stream().anyMatch(p -> p.message().contains("\"../规程/操作规程.md\" points to nothing")),
                "the link to the old name is reported");
        assertSameAsFullBuild(renamed);

        delete("学习资料/班组学习.md");
        LiveSite deleted = build.rebuild();
        assertTrue(deleted.file("学习资料/班组学习.html").isEmpty());
        assertEquals(0, parsed(deleted));
        assertSameAsFullBuild(deleted);

        delete("学习资料/流程.svg");
        LiveSite noImage = build.rebuild();
        assertTrue(noImage.file("学习资料/流程.svg").isEmpty());
        assertTrue(noImage.problems().stream().anyMatch(p -> p.message().contains("image \"流程.svg\" points to nothing")));
        assertSameAsFullBuild(noImage);
    }

    @Test
    void addingRenamingAndDeletingFoldersChangesTheSections() throws IOException {
        build.rebuild();
        write("经验交流/_index.md", "---\ntitle: 经验交流\n---\n");
        write("经验交流/班前会.md", "---\ntitle: 开好班前会\ndate: 2024-04-01\n---\n班前会讲安全。\n");
        LiveSite added = build.rebuild();
        assertTrue(page(added, "index.html").select(".site-nav a").eachText().contains("经验交流"));
        assertTrue(added.file("经验交流/班前会.html").isPresent());
        assertSameAsFullBuild(added);

        Files.move(content.resolve("经验交流"), content.resolve("心得体会"));
        build.changed(content.resolve("经验交流"));
        build.changed(content.resolve("心得体会"));
        LiveSite renamed = build.rebuild();
        assertTrue(renamed.file("经验交流/班前会.html").isEmpty());
        assertTrue(renamed.file("心得体会/班前会.html").isPresent());
        assertSameAsFullBuild(renamed);

        deleteTree(content.resolve("心得体会"));
        build.changed(content.resolve("心得体会"));
        LiveSite deleted = build.rebuild();
        assertTrue(deleted.file("心得体会/index.html").isEmpty());
        assertFalse(page(deleted, "index.html").select(".site-nav a").eachText().contains("经验交流"));
        assertSameAsFullBuild(deleted);
    }

    @Test
    void brokenFrontMatterFailsTheBuildAndFixingItRestoresTheSite() throws IOException {
        build.rebuild();
        write("学习资料/班组学习.md", "---\ntitle: 班组学习\ndate: 明天\n---\n每周学习一次。\n");
        LiveSite broken = build.rebuild();
        assertFalse(broken.ok());
        assertTrue(broken.file("学习资料/班组学习.html").isEmpty());
        Problem p = broken.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("学习资料/班组学习.md", p.file());
        assertEquals(3, p.line());

        write("学习资料/班组学习.md", "---\ntitle: 班组学习\ndate: 2024-02-01\n---\n每周学习一次。\n");
        LiveSite fixed = build.rebuild();
        assertTrue(fixed.ok());
        assertSameAsFullBuild(fixed);
    }

    @Test
    void changingATemplateReloadsTheTheme() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String strings = Files.readString(Path.of("templates/strings.yml"), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("strings.yml"), strings, StandardCharsets.UTF_8);
        build = new IncrementalBuild(options());
        LiveSite before = build.rebuild();
        assertEquals("首页", page(before, "index.html").selectFirst(".nav-tree a").text());

        Files.writeString(templates.resolve("strings.yml"), strings.replace("home: 首页", "home: 文库首页"), StandardCharsets.UTF_8);
        build.changed(templates.resolve("strings.yml"));
        LiveSite after = build.rebuild();
        assertEquals(0, parsed(after), "no document is parsed again for a theme change");
        assertEquals("文库首页", page(after, "index.html").selectFirst(".nav-tree a").text());
        assertSameAsFullBuild(after);
    }

    static final String LAWS = """
            -- content/法律/安全生产法(2014-08-31).md --
            # 中华人民共和国安全生产法

            ## 第一章 总则

            第一条 为了加强安全生产工作，制定本法。

            第二条 生产经营单位的安全生产，适用本法。

            第三条 主要负责人对本单位的安全生产工作全面负责。
            -- content/法律/安全生产法(2021-06-10).md --
            # 中华人民共和国安全生产法

            ## 第一章 总则

            第一条 为了加强安全生产工作，保障人民群众生命和财产安全，制定本法。

            第二条 生产经营单位的安全生产，适用本法。

            第三条 安全生产工作坚持中国共产党的领导。
            -- content/学习资料/心得.md --
            # 学习心得

            学习了《安全生产法》第二条和《矿山安全法》第一条，还有《中华人民共和国安全生产法》第四条。
            -- content/学习资料/班组.md --
            # 班组建设

            每周开一次班前会。
            """;

    @Test
    void lawsAndTheDocumentsCitingThemAreParsedAgainWhenTheirIndexEntryChanges() throws IOException {
        dir = SiteFixture.write(LAWS);
        content = dir.resolve("content");
        build = new IncrementalBuild(options());
        LiveSite first = build.rebuild();
        assertEquals(0, page(first, "学习资料/心得.html").select("a.law-ref:contains(矿山安全法)").size());
        assertSameAsFullBuild(first);

        write("法律/矿山安全法.md", "# 中华人民共和国矿山安全法\n\n第一条 为了保障矿山生产安全，制定本法。\n");
        LiveSite added = build.rebuild();
        assertEquals(2, parsed(added), "the new law and the note citing it; not the other note or the other laws");
        assertEquals(1, page(added, "学习资料/心得.html").select("a.law-ref:contains(矿山安全法)").size());
        assertSameAsFullBuild(added);

        write("法律/安全生产法(2021-06-10).md", """
                # 中华人民共和国安全生产法

                ## 第一章 总则

                第一条 为了加强安全生产工作，防止和减少生产安全事故，保障人民群众生命和财产安全，制定本法。

                第二条 生产经营单位的安全生产，适用本法。

                第三条 安全生产工作坚持中国共产党的领导。
                """);
        LiveSite edited = build.rebuild();
        assertEquals(2, parsed(edited), "the edited law and its older version, whose articles map to it");
        assertSameAsFullBuild(edited);

        write("法律/安全生产法(2021-06-10).md", """
                # 中华人民共和国安全生产法

                ## 第一章 总则

                第一条 为了加强安全生产工作，制定本法。

                第二条 生产经营单位的安全生产，适用本法。

                第三条 安全生产工作坚持中国共产党的领导。

                第四条 生产经营单位的主要负责人是本单位安全生产第一责任人。
                """);
        LiveSite newArticle = build.rebuild();
        assertEquals(3, parsed(newArticle), "both versions, and the note whose citation of 第四条 now resolves");
        assertEquals(1, page(newArticle, "学习资料/心得.html").select("a.law-ref[href*=第四条]").size());
        assertSameAsFullBuild(newArticle);

        delete("法律/矿山安全法.md");
        LiveSite removed = build.rebuild();
        assertEquals(1, parsed(removed), "the note that cited it");
        assertEquals(0, page(removed, "学习资料/心得.html").select("a.law-ref:contains(矿山安全法)").size());
        assertSameAsFullBuild(removed);
    }

    // ---- helpers

    static int parsed(LiveSite live) {
        return live.stages().stages().stream().filter(s -> s.name().equals("parse")).findFirst().orElseThrow().items();
    }

    static Document page(LiveSite live, String path) {
        Optional<byte[]> f = live.file(path);
        assertTrue(f.isPresent(), path + " is served");
        return Jsoup.parse(new String(f.get(), StandardCharsets.UTF_8));
    }

    /** Every file of a full build into a fresh folder is served with the same bytes (related lists aside). */
    void assertSameAsFullBuild(LiveSite live) throws IOException {
        assertTrue(live.ok(), () -> "the live site has errors: " + live.problems());
        Path out = Files.createTempDirectory("wenku-full-");
        BuildOptions o = options();
        BuildResult full = Build.run(new BuildOptions(o.content(), o.templates(), out, null, false, false));
        assertEquals(full.problems(), live.problems(), "the same problems are reported");
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(Files::isRegularFile).forEach(p -> files.add(out.relativize(p).toString().replace('\\', '/')));
        }
        assertFalse(files.isEmpty());
        for (String f : files) {
            Optional<byte[]> served = live.file(f);
            assertTrue(served.isPresent(), f + " is served");
            byte[] expected = Files.readAllBytes(out.resolve(f));
            if (f.endsWith(".html")) {
                assertEquals(withoutRelated(expected), withoutRelated(served.get()), f);
            } else {
                assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(served.get(), StandardCharsets.ISO_8859_1), f);
            }
        }
    }

    static String withoutRelated(byte[] html) {
        Document d = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        d.select("section.related").remove();
        return d.outerHtml();
    }

    void write(String path, String text) throws IOException {
        Path f = content.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        build.changed(f);
    }

    void move(String from, String to) throws IOException {
        Files.move(content.resolve(from), content.resolve(to));
        build.changed(content.resolve(from));
        build.changed(content.resolve(to));
    }

    void delete(String path) throws IOException {
        Files.delete(content.resolve(path));
        build.changed(content.resolve(path));
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
