package wenku.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wenku.content.FrontMatterParser;
import wenku.content.SiteConfig;
import wenku.content.TextDecoder;
import wenku.content.UndecodableTextException;

/**
 * Where a new note goes in a content folder: {@code content/<folder of its category>/<title>.md}.
 * The folder of a category is the folder named like it when there is one, else the folder that already holds the
 * most pages of that category (so {@code 通知公告} notes land beside the others in {@code 政策文件/}), else a new
 * folder named after the category. A note without a category goes to the content root.
 *
 * <p>Reads the content folder lazily, at most once. Not thread safe.
 */
final class NoteLocation {
    private static final int MAX_NAME_CHARS = 80;
    private static final int MAX_NAME_BYTES = 200;

    private final Path content;
    private Map<String, Map<Path, Integer>> foldersByCategory;
    private List<String> usedCategories;

    NoteLocation(Path content) {
        this.content = content;
    }

    /** The file a note with this category and title should be written to. */
    Path pathFor(String category, String title) throws IOException {
        return folderFor(category).resolve(fileName(title));
    }

    Path folderFor(String category) throws IOException {
        if (category == null) return content;
        Path named = content.resolve(safeName(category));
        if (Files.isDirectory(named)) return named;
        Map<Path, Integer> folders = scan().getOrDefault(category, Map.of());
        return folders.entrySet().stream()
                .max(Map.Entry.<Path, Integer>comparingByValue().thenComparing(e -> e.getKey().toString(),
                        java.util.Comparator.reverseOrder()))
                .map(e -> content.resolve(e.getKey()))
                .orElse(named);
    }

    /** The categories of the site: those listed in {@code site.yml} first, then those pages use, each once. */
    List<String> knownCategories() throws IOException {
        Set<String> all = new LinkedHashSet<>(listedCategories());
        scan();
        all.addAll(usedCategories);
        return List.copyOf(all);
    }

    /** The categories {@code site.yml} allows; empty when it lists none (any category is accepted). */
    List<String> listedCategories() throws IOException {
        Path yml = content.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(yml)) return List.of();
        String text = decode(yml);
        if (text == null) return List.of();
        return SiteConfig.parse(SiteConfig.FILE_NAME, text, new ArrayList<>()).categories();
    }

    /** A file name for a title: characters that file systems refuse become full-width, length kept within limits. */
    static String fileName(String title) {
        StringBuilder sb = new StringBuilder();
        int chars = 0;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            String s = switch (cp) {
                case '/' -> "／";
                case '\\' -> "＼";
                case ':' -> "：";
                case '*' -> "＊";
                case '?' -> "？";
                case '"' -> "＂";
                case '<' -> "＜";
                case '>' -> "＞";
                case '|' -> "｜";
                default -> cp < 0x20 || cp == 0x7F ? "" : Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            };
            if (chars + 1 > MAX_NAME_CHARS
                    || (sb + s).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) break;
            sb.append(s);
            chars++;
        }
        String name = sb.toString().strip().replaceAll(" {2,}", " ").replaceAll("^\\.+|[. ]+$", "");
        return (name.isEmpty() ? "未命名" : name) + ".md";
    }

    private static String safeName(String s) {
        String f = fileName(s);
        return f.substring(0, f.length() - 3);
    }

    private Map<String, Map<Path, Integer>> scan() throws IOException {
        if (foldersByCategory != null) return foldersByCategory;
        foldersByCategory = new HashMap<>();
        Set<String> used = new LinkedHashSet<>();
        if (Files.isDirectory(content)) {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(content) && n.startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String n = file.getFileName().toString();
                    if (!n.endsWith(".md") || n.equals("_index.md")) return FileVisitResult.CONTINUE;
                    String text = decode(file);
                    if (text == null) return FileVisitResult.CONTINUE;
                    String c = FrontMatterParser.split(n, text).frontMatter().category();
                    if (c == null) return FileVisitResult.CONTINUE;
                    used.add(c);
                    Path folder = content.relativize(file.getParent());
                    foldersByCategory.computeIfAbsent(c, k -> new HashMap<>()).merge(folder, 1, Integer::sum);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // an unreadable file says nothing about categories
                }
            });
        }
        usedCategories = List.copyOf(used);
        return foldersByCategory;
    }

    /** The text of a file, or {@code null} when it is not text (check reports such files; here they are skipped). */
    private static String decode(Path file) throws IOException {
        try {
            return TextDecoder.decode(Files.readAllBytes(file)).text();
        } catch (UndecodableTextException e) {
            return null;
        }
    }
}
