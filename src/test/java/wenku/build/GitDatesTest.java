package wenku.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wenku.testing.SiteFixture;

/**
 * Dates from Git, in a real repository made for the test: a page without a date takes its file's first
 * commit date, and a page changed after its date shows "最后更新" with the last commit's date. The content
 * folder is a sub-folder of the repository, and file names are Chinese with spaces and parentheses.
 */
class GitDatesTest {
    static Path repo;
    static SiteFixture.Built site;

    @BeforeAll
    static void commitAndBuild() throws Exception {
        assumeTrue(gitInstalled(), "git is not installed");
        repo = SiteFixture.write("""
                -- content/site.yml --
                title: 测试文库
                -- content/学习资料/无日期笔记.md --
                # 无日期笔记

                只提交过一次。
                -- content/学习资料/有日期的规定.md --
                ---
                title: 有日期的规定
                date: 2020-01-01
                ---
                第一版。
                -- content/学习资料/班组 记录(二).md --
                # 班组记录

                第一版。
                """);
        git("init", "-q");
        commit("2021-03-04T10:00:00+08:00", "first");
        Files.writeString(repo.resolve("content/学习资料/有日期的规定.md"), """
                ---
                title: 有日期的规定
                date: 2020-01-01
                ---
                第二版。
                """, StandardCharsets.UTF_8);
        commit("2022-05-06T09:00:00+08:00", "second");
        Files.writeString(repo.resolve("content/学习资料/班组 记录(二).md"), "# 班组记录\n\n第二版。\n", StandardCharsets.UTF_8);
        commit("2023-07-08T09:00:00+08:00", "third");
        Files.writeString(repo.resolve("content/学习资料/未提交.md"), "# 未提交\n\n还没有提交。\n", StandardCharsets.UTF_8);

        BuildOptions options = new BuildOptions(repo.resolve("content"), null, repo.resolve("public"), null, false, true);
        site = new SiteFixture.Built(repo, Build.run(options));
    }

    @Test
    void pageWithoutDateTakesItsFirstCommitDate() {
        Document page = site.html("学习资料/无日期笔记.html");
        assertEquals("2021年3月4日", page.selectFirst(".meta-date time").text());
        assertEquals("2021-03-04", page.selectFirst(".meta-date time").attr("datetime"));
        assertNull(page.selectFirst(".article-updated"), "committed once: the last update is the date itself");
    }

    @Test
    void pageChangedLaterShowsLastUpdateFromItsLastCommit() {
        Document page = site.html("学习资料/有日期的规定.html");
        assertEquals("2020年1月1日", page.selectFirst(".meta-date time").text(), "the front matter date wins");
        Element updated = page.selectFirst(".article-updated");
        assertEquals("最后更新：2022年5月6日", updated.text());
        assertEquals("2022-05-06", updated.selectFirst("time").attr("datetime"));
    }

    @Test
    void namesWithSpacesAndParenthesesAreMatched() {
        Document page = site.html("学习资料/班组-记录(二).html");
        assertEquals("2021年3月4日", page.selectFirst(".meta-date time").text());
        assertEquals("最后更新：2023年7月8日", page.selectFirst(".article-updated").text());
    }

    @Test
    void uncommittedPageHasNoDate() {
        Document page = site.html("学习资料/未提交.html");
        assertNull(page.selectFirst(".meta-date"));
        assertNull(page.selectFirst(".article-updated"));
    }

    @Test
    void withoutGitDatesNoPageGetsThem() throws IOException {
        Path out = repo.resolve("public-nogit");
        Build.run(new BuildOptions(repo.resolve("content"), null, out, null, false, false));
        Document page = Jsoup.parse(Files.readString(out.resolve("学习资料/无日期笔记.html"), StandardCharsets.UTF_8));
        assertNull(page.selectFirst(".meta-date"));
    }

    private static void commit(String date, String message) throws Exception {
        git("add", "-A");
        runGit(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date),
                "-c", "user.name=测试", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", message);
    }

    private static void git(String... args) throws Exception {
        runGit(Map.of(), args);
    }

    private static void runGit(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("git " + cmd + ": " + out);
    }

    private static boolean gitInstalled() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
