package wenku.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import wenku.law.ArticleHead;

/** The law markup reads article heads from the start of a paragraph's text, and reads what the whole text gives. */
class LawMarkupTest {
    private static final String[] PIECES = {"第", "笫", "一", "二十", "百", "条", "之", "一", " ", "\u3000", "\u00a0", "\u200b",
            "\n", "\t", "\u0001", "规定", "：", "、", "为了规范安全生产工作，制定本法。", "<b>", "</b>", "<br>", "<span>第三条</span>",
            "\ud840\udc00", "“", "x"};

    @Test
    void theStartOfAParagraphGivesTheHeadItsWholeTextGives() {
        Random r = new Random(8);
        int shortened = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder("<p>");
            if (r.nextBoolean()) {   // shaped like an article: invisible characters, a number, a separator, a long text
                for (int i = r.nextInt(4); i > 0; i--) sb.append(" \u3000\u00a0\u200b\n\t\u0001".charAt(r.nextInt(7)));
                sb.append(r.nextInt(10) == 0 ? "笫" : "第");
                for (int i = r.nextInt(10); i >= 0; i--) sb.append("一二十百千零0１".charAt(r.nextInt(8)));
                if (r.nextInt(4) == 0) sb.append(r.nextBoolean() ? " " : "\u3000");
                sb.append("条");
                if (r.nextInt(4) == 0) sb.append("之").append("一二三四".substring(0, 1 + r.nextInt(4)));
                sb.append(" \u3000：、规\n\u00a0".charAt(r.nextInt(7)));
                sb.append("为了规范安全生产工作，\n制定本法。".repeat(r.nextInt(6)));
            }
            for (int i = r.nextInt(40); i >= 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            Element p = Jsoup.parseBodyFragment(sb.toString()).body().child(0);
            String head = LawMarkup.headText(p);
            String text = p.text();
            if (!head.equals(text)) shortened++;
            assertEquals(ArticleHead.parse(text), ArticleHead.parse(head), () -> "for " + sb);
        }
        assertEquals(true, shortened > 1000, "the test should cut many paragraphs short, cut " + shortened);
    }
}
