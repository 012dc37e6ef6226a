package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wenku.build.Build;
import wenku.build.BuildOptions;
import wenku.problem.Problem;
import wenku.testing.ChildJvm;
import wenku.testing.SiteFixture;

/**
 * Nothing is lost: a failed build leaves the previous site as it was, a build killed at any moment leaves
 * the old or the new site (never a mix), two builds at once each leave a complete site, and the output
 * folder is never one that holds something else.
 */
class OutputSafetyTest {
    /** Pages of the site the kill test builds: enough for a build of a few seconds in a child JVM. */
    static final int PAGES = 40;
    static final Pattern VERSION = Pattern.compile("版本(\\d+)");

    @TempDir
    Path dir;

    @Test
    void failedBuildLeavesThePreviousSiteAsItWas() throws Exception {
        Path site = SiteFixture.write("""
                -- content/规程/井下作业.md --
                # 井下作业规程
                第一条　为了安全。
                """);
        SiteFixture.buildIn(site, null);
        Map<String, String> before = snapshot(site.resolve("public"));

        Files.writeString(site.resolve("content/规程/坏文件.md"), "---\ntitle: 未闭合\n正文\n");
        List<Problem> problems = SiteFixture.buildFailingIn(site);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("规程/坏文件.md") && p.line() == 1), problems.toString());
        assertEquals(before, snapshot(site.resolve("public")));
        assertEquals(List.of("content", "public"), siblings(site));
    }

    @Test
    void aRebuildRewritesWhatChangedKeepsWhatDidNotAndNeverWritesThroughTheOldSite() throws Exception {
        Path site = SiteFixture.write("""
                -- content/规程/井下作业.md --
                # 井下作业规程
                第一条　为了安全。
                -- content/规程/地面作业.md --
                # 地面作业规程
                第一条　为了地面安全。
                """);
        SiteFixture.buildIn(site, null);
        Path out = site.resolve("public");
        Path unchanged = out.resolve("规程/地面作业.html");
        Path edited = out.resolve("规程/井下作业.html");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(unchanged, longAgo);
        // someone tampered with the old site: one page edited in place, the home page replaced by a link to a file
        // elsewhere that holds the very same bytes, and the sitemap linked to a file whose bytes differ
        Files.writeString(edited, "旧站里改过的页面");
        Path elsewhere = dir.resolve("elsewhere.html");
        Files.move(out.resolve("index.html"), elsewhere);
        String oldHome = Files.readString(elsewhere);
        Files.createSymbolicLink(out.resolve("index.html"), elsewhere);
        Path foreign = dir.resolve("foreign.xml");
        Files.writeString(foreign, "别处的文件");
        Files.delete(out.resolve("sitemap.xml"));
        Files.createSymbolicLink(out.resolve("sitemap.xml"), foreign);
        Files.writeString(site.resolve("content/规程/井下作业.md"), "# 井下作业规程\n第一条　为了安全生产。\n");

        SiteFixture.buildIn(site, null);

        Path fresh = dir.resolve("fresh");
        Build.run(new BuildOptions(site.resolve("content"), null, fresh, null, false, false));
        assertEquals(snapshot(fresh), snapshot(out), "the rebuilt site is what a build into an empty folder gives");
        assertTrue(Files.readString(edited).contains("为了安全生产"));
        assertEquals(longAgo, Files.getLastModifiedTime(unchanged), "a page that did not change is not written again");
        for (String name : List.of("index.html", "sitemap.xml")) {
            assertFalse(Files.isSymbolicLink(out.resolve(name)), name + " is a file of the site again");
        }
        assertEquals("别处的文件", Files.readString(foreign), "nothing is written through a link in the old site");
        assertEquals(oldHome, Files.readString(elsewhere));
        assertEquals(List.of("content", "public"), siblings(site));
    }

    @Test
    void aBuildKilledBetweenItsTwoRenamesIsRepairedByTheNextBuild() throws Exception {
        Path site = SiteFixture.write("""
                -- content/a.md --
                # 甲
                """);
        SiteFixture.buildIn(site, null);
        Map<String, String> before = snapshot(site.resolve("public"));
        // what kill -9 leaves between "public -> .public.old" and ".public.new-N -> public"
        Files.move(site.resolve("public"), site.resolve(".public.old"));
        Files.createDirectories(site.resolve(".public.new-123/sub"));
        Files.writeString(site.resolve(".public.new-123/sub/half.html"), "<p>half");

        Files.writeString(site.resolve("content/b.md"), "---\ndate: 明天\n---\n");
        SiteFixture.buildFailingIn(site);

        assertEquals(before, snapshot(site.resolve("public")), "the old site is back");
        assertEquals(List.of("content", "public"), siblings(site), "and the dead build's folder is gone");
    }

    @Test
    void refusesOutputFoldersItWouldDestroy() throws Exception {
        Path site = SiteFixture.write("""
                -- content/a.md --
                # 甲
                -- notes/mine.txt --
                不是 wenku 写的
                """);
        Path content = site.resolve("content");
        for (Path out : List.of(content, content.resolve("public"), site, site.resolve("notes"))) {
            IOException e = assertThrows(IOException.class, () -> Build.run(new BuildOptions(content, null, out, null, false, false)));
            assertTrue(e.getMessage().contains("--out"), e.getMessage());
        }
        assertEquals("不是 wenku 写的", Files.readString(site.resolve("notes/mine.txt")).strip());
        assertTrue(Files.exists(content.resolve("a.md")));
        Files.writeString(site.resolve("file"), "x");
        assertThrows(IOException.class, () -> Build.run(new BuildOptions(content, null, site.resolve("file"), null, false, false)));
    }

    @Test
    void twoBuildsAtOnceInOneJvmEachSwapInACompleteSite() throws Exception {
        Path a = generate(dir.resolve("a"), 1, 60);
        Path b = generate(dir.resolve("b"), 2, 80);
        Path out = dir.resolve("public");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                List<Future<?>> f = new ArrayList<>();
                for (Path content : List.of(a, b)) {
                    f.add(pool.submit((Callable<Object>) () -> Build.run(new BuildOptions(content, null, out, null, false, false))));
                }
                for (Future<?> x : f) x.get(2, TimeUnit.MINUTES);
                int v = assertCompleteSite(out);
                assertTrue(v == 1 || v == 2, "version " + v);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("a", "b", "public"), siblings(dir));
    }

    @Test
    void buildsKilledAtRandomMomentsLeaveTheOldOrTheNewSiteNeverAMix() throws Exception {
        Path out = dir.resolve("public");
        Path log = dir.resolve("child.log");
        generate(dir.resolve("content"), 0, PAGES);
        Build.run(new BuildOptions(dir.resolve("content"), null, out, null, false, false));
        assertEquals(0, assertCompleteSite(out));

        // how long a whole build takes in a child JVM (this one is allowed to finish: version 1)
        generate(dir.resolve("content"), 1, PAGES + 1);
        long t0 = System.nanoTime();
        Process first = ChildJvm.builder("256m", log, "build", "--content", dir.resolve("content").toString(),
                "--out", out.toString(), "--no-git").start();
        assertTrue(first.waitFor(2, TimeUnit.MINUTES));
        long full = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, first.exitValue(), Files.readString(log));
        assertEquals(1, assertCompleteSite(out));

        Random random = new Random(7);
        int expectedOld = 1;
        List<String> outcomes = new ArrayList<>();
        for (int v = 2; v <= 4; v++) {
            generate(dir.resolve("content"), v, PAGES + v);
            Process p = ChildJvm.builder("256m", log, "build", "--content", dir.resolve("content").toString(),
                    "--out", out.toString(), "--no-git").start();
            // kill points spread over the whole build, from JVM start to the final swap
            long at = (long) (full * (0.3 + 0.7 * (v - 2) / 2.0)) + random.nextInt(100);
            Thread.sleep(at);
            p.destroyForcibly();
            p.waitFor();
            if (!Files.exists(out)) {
                // killed between the two renames: the old site is complete beside it, and the next build restores it
                assertEquals(expectedOld, assertCompleteSite(dir.resolve(".public.old")));
                outcomes.add(v + ": killed mid-swap");
                continue;
            }
            int got = assertCompleteSite(out);
            assertTrue(got == expectedOld || got == v, "after kill at " + at + " ms: version " + got);
            outcomes.add(v + ": killed at " + at + " ms of " + full + ", " + (got == v ? "new" : "old") + " site");
            expectedOld = got;
        }
        // the next build repairs whatever the kills left and removes their staging folders
        generate(dir.resolve("content"), 8, PAGES + 8);
        Build.run(new BuildOptions(dir.resolve("content"), null, out, null, false, false));
        assertEquals(8, assertCompleteSite(out));
        assertEquals(List.of("child.log", "content", "public"), siblings(dir), outcomes.toString());
        System.out.println("kill -9 outcomes: " + outcomes);
    }

    @Test
    void aBuildInAnotherProcessAndOneHereBothSucceedIntoTheSameFolder() throws Exception {
        Path a = generate(dir.resolve("a"), 1, 70);
        Path b = generate(dir.resolve("b"), 2, 50);
        Path out = dir.resolve("public");
        ChildJvm.Result[] child = new ChildJvm.Result[1];
        Thread t = new Thread(() -> {
            try {
                child[0] = ChildJvm.wenku("256m", Duration.ofMinutes(2), "build", "--content", a.toString(), "--out", out.toString(), "--no-git");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        Thread.sleep(300);
        Build.run(new BuildOptions(b, null, out, null, false, false));
        t.join();
        assertEquals(0, child[0].exitCode(), child[0].output());
        int v = assertCompleteSite(out);
        assertTrue(v == 1 || v == 2);
        assertEquals(List.of("a", "b", "public"), siblings(dir));
    }

    /** Writes a site of {@code pages} pages, every title carrying the version number, and returns the content folder. */
    static Path generate(Path content, int version, int pages) throws IOException {
        if (Files.exists(content)) {
            try (Stream<Path> s = Files.walk(content)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yml"), "title: 文库版本" + version + "\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) body.append("第").append(i + 1).append("条　生产经营单位应当加强安全生产管理，建立健全全员安全生产责任制。\n\n");
        for (int i = 0; i < pages; i++) {
            Path f = content.resolve("第" + (i % 7) + "部分/文件" + i + ".md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "---\ntitle: 版本" + version + "第" + i + "篇\ntags: [标签" + (i % 13) + "]\ndate: 2024-01-"
                    + String.format("%02d", i % 28 + 1) + "\n---\n" + body, StandardCharsets.UTF_8);
        }
        return content;
    }

    /**
     * Checks that {@code out} holds one complete site of one version: every HTML page names the same version,
     * and every page the sitemap lists exists, with as many articles as that version has. Returns the version.
     */
    static int assertCompleteSite(Path out) throws IOException {
        assertTrue(Files.isDirectory(out), out + " missing");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        Matcher m = Pattern.compile("<loc>/([^<]*)</loc>").matcher(sitemap);
        int listed = 0;
        int articles = 0;
        while (m.find()) {
            String url = java.net.URLDecoder.decode(m.group(1).isEmpty() ? "index.html" : m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            assertTrue(Files.isRegularFile(out.resolve(url)), "sitemap lists " + url + " but it is missing");
            listed++;
            if (url.contains("/文件")) articles++;
        }
        assertTrue(listed > 0);
        java.util.Set<Integer> versions = new java.util.TreeSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher v = VERSION.matcher(Files.readString(p));
                if (v.find()) versions.add(Integer.parseInt(v.group(1)));
                else if (!p.getFileName().toString().equals("404.html") && !p.getFileName().toString().equals("search.html")) {
                    throw new AssertionError(p + " names no version");
                }
            }
        }
        assertEquals(1, versions.size(), "pages of several builds mixed in " + out + ": versions " + versions);
        int version = versions.iterator().next();
        int expected = version == 0 ? PAGES : PAGES + version;
        if (articles != expected && version <= 8 && !List.of(60, 80, 70, 50).contains(articles)) {
            throw new AssertionError("version " + version + " has " + articles + " articles in the sitemap, want " + expected);
        }
        return version;
    }

    /** The names in a folder, sorted; lock files beside the output are not counted. */
    static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".public.lock")).sorted().toList();
        }
    }

    /** Path → SHA-256 of every file under {@code root}. */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> m = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        assertFalse(m.isEmpty());
        return m;
    }
}
