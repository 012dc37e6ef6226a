package wenku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wenku.content.FrontMatter;
import wenku.content.FrontMatterParser;
import wenku.testing.SiteFixture;

/** {@code wenku new "标题"}: the note a contributor gets, with and without a terminal. */
class NewCommandTest {
    private static final Clock MAY_1 = Clock.fixed(Instant.parse("2024-05-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final String SITE = """
            -- content/site.yml --
            categories: [规章制度, 经验交流]
            -- content/经验交流/a.md --
            ---
            title: 甲
            category: 经验交流
            ---
            -- content/学习资料/b.md --
            ---
            title: 乙
            category: 学习辅导
            ---
            """;

    /** A terminal that answers from a script and records the questions. */
    static final class ScriptedTerminal implements Prompter {
        final Deque<String> answers;
        final List<String> questions = new ArrayList<>();
        final boolean interactive;

        ScriptedTerminal(boolean interactive, String... answers) {
            this.interactive = interactive;
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public boolean isInteractive() {
            return interactive;
        }

        @Override
        public String ask(String question) {
            questions.add(question);
            return answers.poll();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(Prompter p, String... args) {
        CommandLine cl = new CommandLine(new NewCommand(p, MAY_1));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static FrontMatter frontMatter(Path note) throws Exception {
        FrontMatterParser.Split s = FrontMatterParser.split(note.getFileName().toString(), Files.readString(note));
        assertEquals(List.of(), s.problems());
        return s.frontMatter();
    }

    @Test
    void createsANoteWithFrontMatterFilledIn() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        ScriptedTerminal none = new ScriptedTerminal(false);
        Run r = run(none, "班组安全活动记录", "--category", "经验交流", "--content", content.toString());
        Path note = content.resolve("经验交流/班组安全活动记录.md");
        assertEquals(0, r.exit(), r.err());
        assertEquals(note.toString(), r.out().strip());
        assertEquals("""
                ---
                title: 班组安全活动记录
                date: 2024-05-01
                author:
                unit:
                source:
                editor:
                category: 经验交流
                tags: []
                ---

                """, Files.readString(note));
        FrontMatter fm = frontMatter(note);
        assertEquals("班组安全活动记录", fm.title());
        assertEquals(java.time.LocalDate.of(2024, 5, 1), fm.date(), "today in the local time zone");
        assertEquals(List.of(), fm.authors());
        assertEquals(List.of(), none.questions, "no prompt when a category is given");
    }

    @Test
    void asksForTheCategoryOnATerminal() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        ScriptedTerminal t = new ScriptedTerminal(true, "9", "3");
        Run r = run(t, "新的学习材料", "-c", content.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                Category of the note:
                  1) 规章制度
                  2) 经验交流
                  3) 学习辅导
                There is no category 9; type a number from 1 to 3, or a name.
                """, r.err().replace(System.lineSeparator(), "\n"), "site.yml's categories first, then the ones pages use");
        assertEquals(2, t.questions.size());
        Path note = content.resolve("学习资料/新的学习材料.md");
        assertEquals(note.toString(), r.out().strip(), "学习辅导 pages live in 学习资料/");
        assertEquals("学习辅导", frontMatter(note).category());
    }

    @Test
    void aTypedNameOrEnterWorkToo() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Run named = run(new ScriptedTerminal(true, "班组建设"), "甲乙丙", "-c", content.toString());
        assertEquals(content.resolve("班组建设/甲乙丙.md").toString(), named.out().strip());
        Run empty = run(new ScriptedTerminal(true, ""), "丙丁戊", "-c", content.toString());
        Path note = content.resolve("丙丁戊.md");
        assertEquals(note.toString(), empty.out().strip());
        assertEquals(null, frontMatter(note).category());
    }

    @Test
    void noPromptWithoutATerminal() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        ScriptedTerminal t = new ScriptedTerminal(false, "1");
        Run r = run(t, "无分类笔记", "-c", content.toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(), t.questions);
        assertEquals("", r.err());
        assertTrue(Files.readString(content.resolve("无分类笔记.md")).contains("\ncategory:\n"));
    }

    @Test
    void refusesToReplaceAnExistingNote() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Path existing = content.resolve("经验交流/a.md");
        String before = Files.readString(existing);
        Run r = run(new ScriptedTerminal(false), "a", "--category", "经验交流", "-c", content.toString());
        assertEquals(1, r.exit());
        assertEquals(existing + ": error: new: a note with this title already exists (edit that file, or choose another title)",
                r.err().strip());
        assertEquals(before, Files.readString(existing));
    }

    @Test
    void titlesAreSafeFileNamesAndValidYaml() throws Exception {
        Path content = SiteFixture.write(SITE).resolve("content");
        Run r = run(new ScriptedTerminal(false), "安全/质量问答: 什么是三违?", "-c", content.toString());
        assertEquals(0, r.exit(), r.err());
        Path note = content.resolve("安全／质量问答：什么是三违？.md");
        assertEquals(note.toString(), r.out().strip());
        assertEquals("安全/质量问答：什么是三违？", frontMatter(note).title(), "punctuation fixed in the title");
    }

    @Test
    void registeredInMain() {
        CommandLine cl = Main.commandLine();
        assertTrue(cl.getSubcommands().containsKey("new"));
        assertTrue(cl.getSubcommands().containsKey("import"));
    }
}
