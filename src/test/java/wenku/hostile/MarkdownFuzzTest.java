package wenku.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import wenku.content.FrontMatterParser;
import wenku.content.TextDecoder;
import wenku.content.TitleExtractor;
import wenku.html.BodyProcessor;
import wenku.html.LinkRewriter;
import wenku.html.ProcessedBody;
import wenku.markdown.MarkdownRenderer;
import wenku.markdown.MarkdownTooComplexException;
import wenku.problem.Problem;

/**
 * Jazzer fuzz target: a file's bytes (front matter and Markdown, in any encoding) through every stage that
 * turns one document into a page body: decode, split and read the front matter, take the title, render the
 * Markdown, sanitise and process the HTML. Whatever the input, nothing may throw but a clear refusal, every
 * problem names a line of the file, and the page body may never be able to run script.
 *
 * <p>{@code mvn test} runs it in the pom's {@code fuzz} execution: first on the committed inputs in
 * {@code src/test/resources/wenku/hostile/MarkdownFuzzTestInputs/fuzz/} (seeds and any crash Jazzer found,
 * kept as regression tests), then in fuzzing mode for 30 seconds ({@code -Dfuzz.duration=10m} for longer).
 * {@code mvn test -Dtest=MarkdownFuzzTest} runs the committed inputs only.
 */
class MarkdownFuzzTest {
    static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @FuzzTest(maxDuration = "30s")
    void fuzz(FuzzedDataProvider data) {
        boolean withFrontMatter = data.consumeBoolean();
        String frontMatter = data.consumeString(600);
        byte[] rest = data.consumeRemainingAsBytes();
        String text;
        try {
            text = TextDecoder.decode(rest).text();
        } catch (wenku.content.UndecodableTextException e) {
            assertTrue(e.byteOffset() >= 0 && e.byteOffset() <= rest.length, "offset " + e.byteOffset());
            text = new String(rest, java.nio.charset.StandardCharsets.UTF_8);
        }
        String file = withFrontMatter ? "---\n" + frontMatter + "\n---\n" + text : text;
        file = TextDecoder.normaliseNewlines(file);
        int lines = file.split("\n", -1).length;

        FrontMatterParser.Split split = FrontMatterParser.split("fuzz.md", file);
        for (Problem p : split.problems()) {
            assertEquals("fuzz.md", p.file());
            assertTrue(p.line() >= 1 && p.line() <= lines, "problem outside the file (" + lines + " lines): " + p);
        }
        TitleExtractor.Header header = TitleExtractor.header(split.body(), split.frontMatter().title());
        String html;
        try {
            html = MARKDOWN.render(header.body());
        } catch (MarkdownTooComplexException e) {
            assertTrue(e.line() >= 0 && e.line() <= lines, e.getMessage());
            return; // refused with a message: fine
        }
        ProcessedBody body = BodyProcessor.process(html, LinkRewriter.IDENTITY);
        List<String> bad = HtmlSafety.bodyViolations(body.html());
        assertEquals(List.of(), bad, "unsafe page body from input:\n" + file);
        body.summary(120);
    }
}
