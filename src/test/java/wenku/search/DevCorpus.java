package wenku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Development only: search documents made from the laws corpus by simple parsing, independent of the real
 * pipeline (title = first {@code # } line, blocks at {@code ##} headings and at paragraphs starting with
 * 第…条), with URLs of the searcheval baseline site ({@code 社会法/劳动法(2018-12-29).html}).
 *
 * <p>{@code main(corpusDir, siteDir)} writes the index into a copy of that site and the client into
 * {@code siteDir/assets/}, for running the search harness before the pipeline exists.
 */
final class DevCorpus {
    private static final Set<String> SKIP = Set.of("README.md", "法律法规模版.md", "_index.md");
    private static final Pattern DATED = Pattern.compile("^(.*)\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.md$");
    private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?)");

    private DevCorpus() {
    }

    static List<SearchDocument> load(Path corpus) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md"))
                    .filter(p -> !SKIP.contains(p.getFileName().toString()))
                    .filter(p -> corpus.relativize(p).toString().chars().noneMatch(c -> c == '\\'))
                    .filter(p -> !corpus.relativize(p).toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SearchDocument> docs = new ArrayList<>();
        Map<String, LocalDate> newest = new HashMap<>();
        List<String[]> keys = new ArrayList<>();
        for (Path f : files) {
            String rel = corpus.relativize(f).toString().replace('\\', '/');
            String name = f.getFileName().toString();
            Matcher m = DATED.matcher(name);
            LocalDate date = null;
            String lawKey = null;
            if (m.matches()) {
                date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
                lawKey = folder + m.group(1);
                newest.merge(lawKey, date, (a, b) -> a.isAfter(b) ? a : b);
            }
            keys.add(new String[] {lawKey});
            try {
                docs.add(parse(rel, Files.readString(f, StandardCharsets.UTF_8), date, lawKey, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<SearchDocument> out = new ArrayList<>();
        for (SearchDocument d : docs) {
            boolean latest = d.lawKey() == null || !newest.get(d.lawKey()).isAfter(d.date());
            out.add(new SearchDocument(d.url(), d.title(), d.subtitle(), d.sectionPath(), d.section(), d.category(),
                    d.date(), d.lawKey(), latest, d.blocks()));
        }
        return out;
    }

    static SearchDocument parse(String rel, String src, LocalDate date, String lawKey, boolean latest) {
        String text = src.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 4);
            if (end >= 0) text = text.substring(end + 5);
        }
        String[] lines = text.split("\n", -1);
        String title = "";
        String subtitle = null;
        int i = 0;
        for (; i < lines.length; i++) {
            if (lines[i].startsWith("# ")) {
                title = lines[i].substring(2).trim();
                i++;
                break;
            }
        }
        int j = i;
        while (j < lines.length && lines[j].isBlank()) j++;
        if (j < lines.length && lines[j].startsWith("# ")) {
            subtitle = lines[j].substring(2).trim();
            i = j + 1;
        }
        List<SearchDocument.Block> blocks = new ArrayList<>();
        String anchor = "", label = "";
        StringBuilder cur = new StringBuilder();
        for (; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("<!--")) continue;
            Matcher am = ARTICLE.matcher(line);
            boolean heading = line.startsWith("#");
            if (heading || am.find()) {
                if (cur.length() > 0 || !anchor.isEmpty()) blocks.add(new SearchDocument.Block(anchor, label, cur.toString().strip()));
                cur.setLength(0);
                if (heading) {
                    label = line.replaceFirst("^#+\\s*", "");
                    anchor = label;
                    continue;
                }
                anchor = am.group(1);
                label = anchor;
            }
            if (cur.length() > 0) cur.append('\n');
            cur.append(line);
        }
        if (cur.length() > 0 || !anchor.isEmpty()) blocks.add(new SearchDocument.Block(anchor, label, cur.toString().strip()));
        String section = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
        List<String> sectionPath = section.isEmpty() ? List.of() : List.of(section.split("/"));
        String url = rel.substring(0, rel.length() - 3) + ".html";
        return new SearchDocument(url, title, subtitle, sectionPath, section, null, date, lawKey, latest, blocks);
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/laws");
        Path site = Path.of(args.length > 1 ? args[1] : "target/devsite");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long t0 = System.nanoTime();
        List<SearchDocument> docs = load(corpus);
        System.out.printf("loaded %d documents in %d ms%n", docs.size(), (System.nanoTime() - t0) / 1_000_000);
        for (int r = 0; r < rounds; r++) {
            SearchIndex.Summary s = SearchIndex.write(docs, site);
            System.out.println(s);
        }
        Path assets = site.resolve("assets");
        Files.createDirectories(assets);
        for (String f : List.of("search.js", "search.css")) {
            Path src = Path.of("templates/assets").resolve(f);
            if (Files.exists(src)) Files.copy(src, assets.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
