package wenku.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wenku.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample site in {@code content/} is the first thing a user sees: every note must read cleanly,
 * use only the categories {@code site.yml} lists, and link only to files that exist.
 */
class SampleContentTest {

    static final Path CONTENT = Path.of("content");
    /** A Markdown link or image target, allowing one level of parentheses as in {@code 记录(2024-03-15).md}. */
    static final Pattern LINK = Pattern.compile("\\]\\(((?:[^()\\s]|\\([^()\\s]*\\))+)\\)");
    static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```\\s*$");
    static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    static Map<String, Object> site;
    static Map<Path, FrontMatterParser.Split> notes = new TreeMap<>();

    @BeforeAll
    static void read() throws Exception {
        List<Problem> problems = new ArrayList<>();
        site = FrontMatterParser.readMapping("site.yml", Files.readString(CONTENT.resolve("site.yml")), 1, problems);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            FrontMatterParser.Split split = FrontMatterParser.split(f.toString(), TextDecoder.decode(Files.readAllBytes(f)).text());
            problems.addAll(split.problems());
            notes.put(f, split);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void siteSettingsNameExistingSections() {
        assertEquals("安全生产学习文库", site.get("title"));
        assertEquals("10", site.get("paginate"));
        @SuppressWarnings("unchecked")
        List<String> navigation = (List<String>) site.get("navigation");
        for (String section : navigation) {
            assertTrue(Files.isRegularFile(CONTENT.resolve(section).resolve("_index.md")), section);
        }
    }

    @Test
    void everySectionHasATitledIndex() throws IOException {
        try (Stream<Path> dirs = Files.walk(CONTENT)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(CONTENT)).toList()) {
                FrontMatterParser.Split index = notes.get(dir.resolve("_index.md"));
                assertNotNull(index, dir + " has no _index.md");
                assertNotNull(index.frontMatter().title(), dir + "/_index.md has no title");
                assertFalse(index.body().isBlank(), dir + "/_index.md has no intro");
            }
        }
    }

    @Test
    void everyNoteHasATitleAndAKnownCategory() {
        @SuppressWarnings("unchecked")
        List<String> categories = (List<String>) site.get("categories");
        notes.forEach((file, split) -> {
            if (file.getFileName().toString().equals("_index.md")) {
                return;
            }
            FrontMatter fm = split.frontMatter();
            if (fm == FrontMatter.EMPTY) {
                assertTrue(split.body().startsWith("# "), file + ": no front matter and no # title");
                assertTrue(file.getFileName().toString().matches(".*\\(\\d{4}-\\d{2}-\\d{2}\\)\\.md"), file + ": no date");
            } else {
                assertNotNull(fm.title(), file + ": no title");
                assertNotNull(fm.date(), file + ": no date");
                assertTrue(categories.contains(fm.category()), file + ": category " + fm.category() + " is not in site.yml");
            }
        });
    }

    @Test
    void tagsAreSharedSoTagPagesAreWorthOpening() {
        Map<String, Integer> counts = new TreeMap<>();
        notes.values().forEach(s -> s.frontMatter().tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        long shared = counts.values().stream().filter(n -> n >= 3).count();
        assertTrue(shared >= 3, "tags used by three or more notes: " + counts);
    }

    @Test
    void relativeLinksAndImagesPointAtFilesThatExist() {
        List<String> broken = new ArrayList<>();
        notes.forEach((file, split) -> {
            String prose = INLINE_CODE.matcher(FENCE.matcher(split.body()).replaceAll("")).replaceAll("");
            Matcher m = LINK.matcher(prose);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue;
                }
                String path = target.replaceFirst("#.*$", "");
                if (!Files.isRegularFile(file.getParent().resolve(path).normalize())) {
                    broken.add(file + " -> " + target);
                }
            }
        });
        assertEquals(List.of(), broken);
    }
}
