package wenku.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wenku.problem.Problem;

class ChinesePunctuationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "任务,加强                         | 任务，加强",
            "一是;二是:三是?四是!              | 一是；二是：三是？四是！",
            "真的吗?!                          | 真的吗？！",
            "(作者单位:开滦集团)               | （作者单位：开滦集团）",
            "各县(市、区)应急局                | 各县（市、区）应急局",
            "（作者单位:开滦集团)              | （作者单位：开滦集团）",
            "任务, 加强                        | 任务，加强",
            "“眼睛向下,服务至上”               | “眼睛向下，服务至上”",
            "书记抓,抓书记                     | 书记抓，抓书记",
            "**注意**:井下严禁烟火             | **注意**：井下严禁烟火",
            "安全\"十不准\",请学习             | 安全\"十不准\"，请学习",
            "附件:2023年总结表                 | 附件：2023年总结表",
            "占27.6%;其次                      | 占27.6%；其次",
            "项目(52074280)                    | 项目（52074280）",
            "联系人:                           | 联系人：",
            "点击[这里,那里](docs/说明,附件.md) | 点击[这里，那里](docs/说明,附件.md)",
    })
    void fixesHalfWidthMarksInChineseText(String in, String out) {
        assertEquals(out, ChinesePunctuation.fix(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "瓦斯浓度3.5%时停电",
            "10:30开会",
            "共1,000人",
            "GB 3836(2010)",
            "Hello, world! (really?)",
            "用Java,C#编程",
            "(1)加强领导",
            "见 https://example.com/a,b?x=1 页面",
            "见<https://example.com/a:b>页面",
            "`中文,代码`",
            "写信到 a,b@example.com 邮箱",
            "<span title=\"中,文\">标题</span>",
            "![示意图](图片/图,1.png)",
    })
    void leavesNumbersEnglishUrlsAndCodeAlone(String in) {
        assertEquals(in, ChinesePunctuation.fix(in));
        assertEquals(List.of(), ChinesePunctuation.find(in));
    }

    @Test
    void skipsFrontMatterAndCodeBlocks() {
        String doc = """
                ---
                title: 安全,生产
                tags: [甲,乙]
                ---

                正文,第一段

                ```
                代码,不改
                ```

                    缩进代码,不改

                - 列表项,要改
                    续行,要改

                ~~~~
                波浪,围栏
                ~~~~
                <pre>
                预排,文本
                </pre>
                <!--
                注释,不改
                -->
                最后,一行
                """;
        String fixed = ChinesePunctuation.fix(doc);
        assertEquals(doc.replace("正文,第一段", "正文，第一段").replace("列表项,要改", "列表项，要改")
                .replace("续行,要改", "续行，要改").replace("最后,一行", "最后，一行"), fixed);
        assertEquals(fixed, ChinesePunctuation.fix(fixed), "fixing twice changes nothing");
    }

    @Test
    void reportsLineAndColumnOfEachMark() {
        String doc = "---\ntitle: 标题\n---\n\n第一句,第二句;\n𠀋字(测试)后\n";
        assertEquals(List.of(
                new ChinesePunctuation.Finding(5, 4, ',', '，'),
                new ChinesePunctuation.Finding(5, 8, ';', '；'),
                new ChinesePunctuation.Finding(6, 3, '(', '（'),
                new ChinesePunctuation.Finding(6, 6, ')', '）')), ChinesePunctuation.find(doc),
                "columns count characters, not UTF-16 units (𠀋 is one)");
    }

    @Test
    void checkReportsWarningsInHugoFormat() {
        List<Problem> ps = ChinesePunctuation.check("content/经验交流/a.md", "标题\n\n任务,加强\n");
        assertEquals(1, ps.size());
        assertEquals("content/经验交流/a.md:3:3: warning: punctuation: half-width \",\" between Chinese characters"
                + " (write \"，\", or run wenku check --fix)", ps.get(0).format());
    }

    @Test
    void keepsLineEndings() {
        assertEquals("甲，乙\r\n丙：丁\r\n", ChinesePunctuation.fix("甲,乙\r\n丙:丁\r\n"));
        assertEquals("甲，乙", ChinesePunctuation.fix("甲,乙"));
    }

    @Test
    void fixLineTreatsTextAsPlainLines() {
        assertEquals("---\n甲，乙\n---", ChinesePunctuation.fixLine("---\n甲,乙\n---"), "no front matter in plain text");
    }
}
