package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static String render(List<TextDiff.Segment> segments) {
        return segments.stream().map(s -> switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }

    private static String side(List<TextDiff.Segment> segments, TextDiff.Op skip) {
        return segments.stream().filter(s -> s.op() != skip).map(TextDiff.Segment::text).collect(Collectors.joining());
    }

    @Test
    void showsWhatAnAmendmentChanged() {
        assertEquals("生产经营单位的主要负责人{+是本单位安全生产第一责任人，+}对本单位的安全生产工作全面负责。",
                render(TextDiff.diff("生产经营单位的主要负责人对本单位的安全生产工作全面负责。",
                        "生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。")));
        assertEquals("处[-五-]{+十+}万元以上[-二-]{+五+}十万元以下的罚款",
                render(TextDiff.diff("处五万元以上二十万元以下的罚款", "处十万元以上五十万元以下的罚款")));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals("相同", render(TextDiff.diff("相同", "相同")));
        assertEquals("{+新增+}", render(TextDiff.diff("", "新增")));
        assertEquals("[-删去-]", render(TextDiff.diff("删去", "")));
        assertEquals(List.of(), TextDiff.diff("", ""));
    }

    @Test
    void bothSidesAreAlwaysRecoveredAndOpsAlternate() {
        Random r = new Random(42);
        String alphabet = "本法规定单位应当的和或者罚款";
        for (int round = 0; round < 300; round++) {
            String a = random(r, alphabet, r.nextInt(40));
            String b = random(r, alphabet, r.nextInt(40));
            List<TextDiff.Segment> d = TextDiff.diff(a, b);
            assertEquals(a, side(d, TextDiff.Op.INSERT), a + " / " + b);
            assertEquals(b, side(d, TextDiff.Op.DELETE), a + " / " + b);
            for (int i = 1; i < d.size(); i++) assertNotEquals(d.get(i - 1).op(), d.get(i).op());
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
