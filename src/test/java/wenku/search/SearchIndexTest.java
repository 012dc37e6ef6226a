package wenku.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static List<SearchDocument> sample(int n) {
        List<SearchDocument> docs = new ArrayList<>();
        Random r = new Random(42);
        String chars = "安全生产经营单位应当建立健全责任制度国家监督管理部门县级以上人民政府";
        for (int d = 0; d < n; d++) {
            List<SearchDocument.Block> blocks = new ArrayList<>();
            for (int b = 1; b <= 30; b++) {
                StringBuilder text = new StringBuilder("第" + b + "条 ");
                for (int i = 0; i < 80 + r.nextInt(200); i++) text.append(chars.charAt(r.nextInt(chars.length())));
                text.append(" GB ").append(r.nextInt(9000)).append('\n').append("第二段").append(d);
                blocks.add(new SearchDocument.Block("第" + b + "条", "第" + b + "条", text.toString()));
            }
            docs.add(new SearchDocument("s" + (d % 3) + "/doc" + d + ".html", "文件" + d, null, List.of("栏目" + (d % 3)),
                    "s" + (d % 3), d % 2 == 0 ? "法规" : null, LocalDate.of(2000 + d % 20, 1, 1), null, true, blocks));
        }
        return docs;
    }

    static Map<String, byte[]> write(List<SearchDocument> docs) {
        Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());
        SearchIndex.write(docs, (path, data) -> {
            if (files.put(path, data) != null) throw new AssertionError("written twice: " + path);
        });
        return files;
    }

    @Test
    void sameDocumentsGiveTheSameBytesWhateverTheirOrder() {
        List<SearchDocument> docs = sample(60);
        Map<String, byte[]> a = write(docs);
        List<SearchDocument> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(7));
        Map<String, byte[]> b = write(shuffled);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) assertArrayEquals(a.get(path), b.get(path), path);
    }

    @Test
    void everyFileIsAScriptThatRegistersItsDataUnderItsOwnName() {
        Map<String, byte[]> files = write(sample(60));
        assertTrue(files.containsKey("search/meta.js") && files.containsKey("search/py.js"), files.keySet().toString());
        assertTrue(files.containsKey("search/i/0.js") && files.containsKey("search/t/0.js"), files.keySet().toString());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey().substring("search/".length(), e.getKey().length() - ".js".length());
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF__wenkuSearch(\"" + name + "\","), e.getKey());
            assertTrue(text.endsWith(")\n"), e.getKey());
            // a data string is a plain JavaScript string: no line breaks, no unescaped quotes or backslashes
            String body = text.substring(text.indexOf(',') + 1, text.length() - 2);
            if (body.startsWith("\"")) {
                String inner = body.substring(1, body.length() - 1);
                assertTrue(inner.chars().noneMatch(c -> c == '"' || c == '\\' || c == '\n' || c == '\r' || c > 0xFF), e.getKey());
            }
        }
    }

    @Test
    void postingsMadeInTwoRangesOfDocumentsAndInSmallSlabsCodeTheSameShardsAsOneBuilder() {
        List<SearchDocument> docs = new ArrayList<>(sample(40));
        // words, numbers and supplementary characters too, some only in one half, some in both
        docs.set(3, withText(docs.get(3), "ＩＳＯ９００１ 𠀀人 ﬁre 𠀀𠀁"));
        docs.set(30, withText(docs.get(30), "iso 9001 𠀀人 𠀁 GB 3836"));
        docs.sort(java.util.Comparator.comparing(SearchDocument::url));
        TextLayout layout = new TextLayout(docs, 700); // documents of several chunks
        int n = docs.size();
        int[] fileCount = new int[n];
        for (int d = 0; d < n; d++) fileCount[d] = layout.fileCount(d);
        assertTrue(java.util.Arrays.stream(fileCount).anyMatch(c -> c > 1));

        int[] oneTokens = new int[n], twoTokens = new int[n];
        Shards one = new Shards(SearchIndex.index(docs, layout, oneTokens, 0, n), fileCount, n, 600);
        for (int mid : new int[] {1, 17, n - 1}) {
            // the second builder with slabs of 256 bytes: its lists cross from slab to slab
            Postings first = SearchIndex.index(docs, layout, twoTokens, 0, mid);
            first.append(SearchIndex.index(docs, layout, twoTokens, mid, n, new Postings(8)));
            Shards two = new Shards(first, fileCount, n, 600);
            assertArrayEquals(oneTokens, twoTokens);
            assertEquals(one.count(), two.count());
            for (int s = 0; s < one.count(); s++) {
                assertEquals(one.firstKey(s), two.firstKey(s));
                assertArrayEquals(one.payload(s), two.payload(s), "shard " + s + ", halves at " + mid);
            }
        }
    }

    private static SearchDocument withText(SearchDocument d, String text) {
        List<SearchDocument.Block> blocks = new ArrayList<>(d.blocks());
        blocks.add(new SearchDocument.Block("", "", text));
        return new SearchDocument(d.url(), d.title(), d.subtitle(), d.sectionPath(), d.section(), d.category(), d.date(),
                d.lawKey(), d.latest(), blocks);
    }

    @Test
    void twoDocumentsWithOneUrlAreRefused() {
        List<SearchDocument> docs = new ArrayList<>(sample(2));
        docs.add(docs.get(0));
        assertThrows(IllegalArgumentException.class, () -> write(docs));
    }

    @Test
    void anEmptySiteStillGetsAnIndex() {
        Map<String, byte[]> files = write(List.of());
        assertTrue(files.containsKey("search/meta.js"), files.keySet().toString());
    }
}
