package wenku.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The text extraction's whitespace rule is jsoup's own ({@link TextNode#text()}), applied without copies. */
class PlainTextTest {
    @Test
    void normalisesLikeJsoup() {
        String[] samples = {"", " ", "第一条　为了\n\n规范", "  a \t\r\n b  ", "\u00A0不\u00A0换行\u00A0", "零\u200B宽\u00AD字符",
                " \u200B ", "\u200B \u200B", "𠀀𠀁 emoji 😀 \n", "末尾空格 "};
        for (String s : samples) assertSame(s);
        Random r = new Random(8);
        char[] alphabet = {' ', '\t', '\n', '\r', '\f', '\u00A0', '\u200B', '\u00AD', '\u3000', 'a', '中', '\uD840', '\uDC00'};
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) sb.append(alphabet[r.nextInt(alphabet.length)]);
            assertSame(sb.toString());
        }
    }

    private static void assertSame(String s) {
        StringBuilder sb = new StringBuilder("前");
        BodyText.appendNormalised(sb, s);
        assertEquals("前" + new TextNode(s).text(), sb.toString(), () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
    }
}
