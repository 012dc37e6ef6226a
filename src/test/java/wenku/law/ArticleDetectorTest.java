package wenku.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDetectorTest {

    private static List<String> anchors(List<String> paragraphs) {
        return ArticleDetector.detect(paragraphs).numbers().stream().map(ArticleNumber::anchor).toList();
    }

    @Test
    void headAcceptsHalfWidthFullWidthSpaceColonOrText() {
        ArticleHead half = ArticleHead.parse("第二十一条 生产经营单位应当").orElseThrow();
        assertEquals(ArticleNumber.of(21), half.number());
        assertEquals("第二十一条".length(), half.end());
        assertTrue(half.separated());
        assertTrue(ArticleHead.parse("第二十一条　生产经营单位").orElseThrow().separated());
        assertTrue(ArticleHead.parse("第一条：为了").orElseThrow().separated());
        ArticleHead text = ArticleHead.parse("第十条规定的情形").orElseThrow();
        assertFalse(text.separated());
        assertEquals(new ArticleNumber(20, 1), ArticleHead.parse("第二十条之一 以欺骗").orElseThrow().number());
        assertEquals("第二十条之一".length(), ArticleHead.parse("第二十条之一 以欺骗").orElseThrow().end());
    }

    @Test
    void headSkipsZeroWidthCharactersLeftByPasting() {
        // 行政复议法(2023-09-01) has a line holding only U+200B right before 第一条
        ArticleHead h = ArticleHead.parse("\u200b\n第一条 为了防止和纠正违法的或者不当的行政行为").orElseThrow();
        assertEquals(ArticleNumber.of(1), h.number());
        assertEquals(2 + "第一条".length(), h.end());
    }

    @Test
    void headIsNeverAQuotationOrAListOfCitations() {
        assertTrue(ArticleHead.parse("“第十七条 已满十六周岁的人犯罪").isEmpty());
        assertTrue(ArticleHead.parse("第十条、第十一条规定的").isEmpty());
        assertTrue(ArticleHead.parse("第十条第二款规定的").isEmpty());
        assertTrue(ArticleHead.parse("第三十一条").isEmpty());
        assertTrue(ArticleHead.parse("一、将第十条修改为：").isEmpty());
        assertTrue(ArticleHead.parse("第一章 总则").isEmpty());
    }

    @Test
    void headForgivesTwoSlipsOfTheOfficialTexts() {
        // 刑事诉讼法(2018-10-26) writes "第一百二十八 条侦查人员", 农民专业合作社法 writes "笫五十四条"
        assertEquals(ArticleNumber.of(128), ArticleHead.parse("第一百二十八 条侦查人员对于").orElseThrow().number());
        assertEquals(ArticleNumber.of(54), ArticleHead.parse("笫五十四条 清算组成员").orElseThrow().number());
    }

    @Test
    void aLawWithoutChaptersIsAPlainRunOfArticles() {
        List<String> law = List.of(
                "第一条 为了规范……，制定本办法。",
                "第二条 本办法适用于……。",
                "（一）生产经营单位；",
                "（二）其他单位。",
                "第三条 本办法自公布之日起施行。");
        ArticleSequence s = ArticleDetector.detect(law);
        assertEquals(List.of(0, 1, 4), s.articles().stream().map(ArticleSequence.Found::paragraph).toList());
        assertTrue(s.gaps().isEmpty());
        assertTrue(s.rejected().isEmpty());
    }

    @Test
    void anArticleQuotedInsideAnotherDoesNotBreakTheNumbering() {
        List<String> law = List.of(
                "第一条 为了……",
                "第二条 将原第八十条修改为：",
                "第八十条 县级以上人民政府应当……",      // quoted without quotation marks
                "第三条 ……",
                "第四条 ……",
                "第五条 ……");
        ArticleSequence s = ArticleDetector.detect(law);
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条", "第五条"), s.numbers().stream().map(ArticleNumber::anchor).toList());
        assertEquals(List.of(2), s.outOfSequence().stream().map(ArticleSequence.Found::paragraph).toList());
        assertTrue(s.gaps().isEmpty());
    }

    @Test
    void anEarlierArticleQuotedLaterIsSetAsideAsARepeat() {
        List<String> law = List.of(
                "第一条 ……", "第二条 ……", "第三条 ……",
                "第四条 本法第二条修改后为：",
                "第二条 新的内容……",
                "第五条 ……");
        ArticleSequence s = ArticleDetector.detect(law);
        assertEquals(List.of("第一条", "第二条", "第三条", "第四条", "第五条"), s.numbers().stream().map(ArticleNumber::anchor).toList());
        assertEquals(List.of(4), s.duplicates().stream().map(ArticleSequence.Found::paragraph).toList());
    }

    @Test
    void anAmendmentDecisionQuotesItsArticlesInQuotationMarks() {
        List<String> decision = List.of(
                "全国人民代表大会常务委员会第二十九次会议决定对《中华人民共和国安全生产法》作如下修改：",
                "一、将第十七条修改为：",
                "“第十七条 县级以上各级人民政府应当……”",
                "二、增加一条，作为第二十条之一：",
                "“第二十条之一 生产经营单位……”",
                "本决定自2021年9月1日起施行。");
        assertTrue(ArticleDetector.detect(decision).isEmpty());
        assertTrue(ArticleDetector.detect(decision).rejected().isEmpty());
    }

    @Test
    void aSentenceThatStartsWithACitationIsNotAnArticle() {
        List<String> law = List.of(
                "第五条 有下列情形之一的，依照第六条处理：",
                "第六条规定的情形，由主管部门认定。",   // a sentence of article 5
                "第六条 违反本法规定的……",
                "第七条 ……");
        ArticleSequence s = ArticleDetector.detect(law);
        assertEquals(List.of(0, 2, 3), s.articles().stream().map(ArticleSequence.Found::paragraph).toList());
        assertTrue(s.duplicates().isEmpty(), "the sentence was not written like an article start");
    }

    @Test
    void zhiArticlesFollowTheirBaseArticle() {
        List<String> law = List.of("第二十条 ……", "第二十条之一 ……", "第二十条之二 ……", "第二十一条 ……");
        ArticleSequence s = ArticleDetector.detect(law);
        assertEquals(List.of("第二十条", "第二十条之一", "第二十条之二", "第二十一条"), anchors(law));
        assertTrue(s.gaps().isEmpty());
    }

    @Test
    void aBookOfACodeMayStartAnywhere() {
        assertEquals(List.of("第四百六十三条", "第四百六十四条"), anchors(List.of("第四百六十三条 本编调整……", "第四百六十四条 合同是……")));
    }

    @Test
    void realGapsAreKeptAndReported() {
        List<String> excerpt = List.of("第一条 ……", "第十一条 ……", "第二十八条 ……", "第四十三条 ……");
        ArticleSequence s = ArticleDetector.detect(excerpt);
        assertEquals(4, s.articles().size());
        assertEquals("[第一条 → 第十一条, 第十一条 → 第二十八条, 第二十八条 → 第四十三条]", s.gaps().toString());
        List<String> typo = List.of("第一条 ……", "第二条 ……", "第四条 ……", "第五条 ……");
        assertEquals("[第二条 → 第四条]", ArticleDetector.detect(typo).gaps().toString());
    }

    @Test
    void aWeakCandidateIsAcceptedAsTheNextArticle() {
        // 第一百二十八 条侦查人员… has no space after 条, but it is exactly the article that comes next
        List<String> law = List.of("第一百二十七条 询问被害人……", "第一百二十八 条侦查人员对于……", "第一百二十九条 任何单位……");
        assertEquals(List.of("第一百二十七条", "第一百二十八条", "第一百二十九条"), anchors(law));
    }

    /** The head as the regular expression the hand-written parser replaces reads it. */
    private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile(
            "[第笫](" + ArticleNumber.NUMBER_CHARS + "{1,8})[ \\u3000]?条(?:之(" + ArticleNumber.NUMBER_CHARS + "{1,3}))?");

    @Test
    void headReadsWhatTheRegularExpressionReads() {
        char[] alphabet = {'第', '笫', '条', '之', '一', '二', '十', '百', '千', '零', '〇', '两', '1', '0', '２', ' ', '\u3000',
                '、', '，', '规', '\u200b', '\n', '：'};
        java.util.Random r = new java.util.Random(8);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) sb.append('第');
            for (int i = r.nextInt(14); i > 0; i--) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String p = sb.toString();
            assertEquals(byRegex(p), ArticleHead.parse(p), () -> "for " + p);
        }
    }

    private static java.util.Optional<ArticleHead> byRegex(String paragraph) {
        int skip = 0;
        while (skip < paragraph.length() && ArticleHead.isInvisible(paragraph.charAt(skip))) skip++;
        java.util.regex.Matcher m = HEAD.matcher(paragraph).region(skip, paragraph.length());
        if (!m.lookingAt() || m.end() >= paragraph.length()) return java.util.Optional.empty();
        java.util.Optional<ArticleNumber> n = ArticleNumber.fromGroups(m.group(1), m.group(2));
        if (n.isEmpty()) return n.map(x -> null);
        char next = paragraph.charAt(m.end());
        if ("、，,和至第》〉”".indexOf(next) >= 0) return java.util.Optional.empty();
        boolean separated = Character.isWhitespace(next) || next == '\u3000' || next == '：' || next == ':';
        return java.util.Optional.of(new ArticleHead(n.get(), m.end(), separated));
    }

    @Test
    void keepsTheChainTheQuadraticSearchKeeps() {
        java.util.Random r = new java.util.Random(8);
        for (int k = 0; k < 3000; k++) {
            List<String> paragraphs = new java.util.ArrayList<>();
            int n = 1 + r.nextInt(k < 2900 ? 12 : 300);
            int next = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                int number = r.nextInt(4) == 0 ? 1 + r.nextInt(n + 5) : next++;
                String sub = r.nextInt(6) == 0 ? "之" + ChineseNumerals.format(1 + r.nextInt(3)) : "";
                String after = switch (r.nextInt(5)) {
                    case 0 -> "规定的……";
                    case 1 -> "：……";
                    default -> " ……";
                };
                paragraphs.add(r.nextInt(8) == 0 ? "（一）……" : "第" + ChineseNumerals.format(number) + "条" + sub + after);
            }
            ArticleSequence fast = ArticleDetector.detect(paragraphs);
            assertEquals(quadratic(paragraphs), fast.articles().stream().map(ArticleSequence.Found::paragraph).toList(),
                    () -> "for " + paragraphs);
        }
    }

    /** The chain as the detector chose it before it looked predecessors up: trying every earlier candidate. */
    private static List<Integer> quadratic(List<String> paragraphs) {
        List<ArticleSequence.Found> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            int at = i;
            ArticleHead.parse(paragraphs.get(i)).ifPresent(h -> candidates.add(new ArticleSequence.Found(at, h)));
        }
        int k = candidates.size();
        int[] best = new int[k];
        int[] prev = new int[k];
        for (int i = 0; i < k; i++) {
            ArticleHead hi = candidates.get(i).head();
            ArticleNumber ni = hi.number();
            boolean weak = !hi.separated();
            best[i] = weak && !ni.equals(ArticleNumber.of(1)) ? Integer.MIN_VALUE : ArticleDetector.ARTICLE_SCORE;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (best[j] == Integer.MIN_VALUE) continue;
                ArticleNumber nj = candidates.get(j).head().number();
                if (nj.compareTo(ni) >= 0) continue;
                boolean successor = nj.isFollowedBy(ni);
                if (weak && !successor) continue;
                int score = best[j] + ArticleDetector.ARTICLE_SCORE - (successor ? 0 : ArticleDetector.GAP_COST);
                if (score > best[i] || score == best[i] && prev[i] >= 0) {
                    best[i] = score;
                    prev[i] = j;
                }
            }
        }
        int end = -1;
        for (int i = 0; i < k; i++) if (best[i] != Integer.MIN_VALUE && (end < 0 || best[i] > best[end])) end = i;
        java.util.LinkedList<Integer> chain = new java.util.LinkedList<>();
        for (int i = end; i >= 0; i = prev[i]) chain.addFirst(candidates.get(i).paragraph());
        return chain;
    }
}
