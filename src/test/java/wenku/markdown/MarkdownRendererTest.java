package wenku.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * wenku's text rendering, admonition and autolink extensions skip work flexmark's own would do for nothing;
 * the HTML must be the same as with flexmark's own, whatever the input.
 */
class MarkdownRendererTest {
    private static final MarkdownRenderer WENKU = new MarkdownRenderer();
    private static final MarkdownRenderer STOCK = new MarkdownRenderer(true);

    @ParameterizedTest
    @ValueSource(strings = {
            "见 https://www.gov.cn/zhengce 与 www.npc.gov.cn，或写信到 fagui@example.cn。",
            "第一条　为了规范安全生产，\n制定本法。\n\n第二条　本法适用于：\n\n1. 矿山\n2. 危险化学品",
            "协议 ftp://files.example.cn/a.pdf 和 mailto:a@b.cn 以及 http&#58;//example.cn 与 a&#64;b.cn",
            "版本 1.5 与 3.14，时间 10:30，邮箱前缀 @某人",
            "`https://in.code/` 与 [已是链接](https://example.cn) <https://auto.example.cn>",
            "!!! note \"提示\"\n    注意事项一。\n\n    注意事项二。\n\n正文。",
            "??? warning \"可折叠\"\n    内容\n\n???+ tip\n    展开的内容",
            "  !!! danger\n      缩进的标记\n\n!! 只有两个\n\n!!!没有空格\n\n- 列表项\n  !!! info \"列表中\"\n      内容",
            "段落中间\n!!! note\n    打断段落",
            "| 名称 | 网址 |\n|---|---|\n| 国务院 | www.gov.cn |",
            "转义 \\*星号\\* 与 &amp; &lt;b&gt; &copy; &#20013; 和 \"引号\" <span>内联</span> a < b > c",
            "Windows 换行\r\n第二行\r\n\r\n第二段\r",
            "空字符\u0000在文中 与 \u0000",
            "**加粗** _斜体_ ~~删除~~ `代码 <b>` [链接](a.md \"标题\") ![图](b.png)\n\n> 引用\n\n```\n代码块 & <x>\n```",
            "术语\n: 定义\n\n- [ ] 任务\n- [x] 完成\n\n脚注[^1]\n\n[^1]: 脚注内容 & 更多",
    })
    void sameHtmlAsFlexmarksOwnExtensions(String markdown) {
        assertEquals(STOCK.render(markdown), WENKU.render(markdown));
    }

    @Test
    void bareAddressesBecomeLinks() {
        String html = WENKU.render("见 https://www.gov.cn/zhengce 或写信到 fagui@example.cn 询问");
        assertTrue(html.contains("<a href=\"https://www.gov.cn/zhengce\">https://www.gov.cn/zhengce</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:fagui@example.cn\">fagui@example.cn</a>"), html);
    }

    @Test
    void admonitionsAreRendered() {
        String html = WENKU.render("!!! note \"提示\"\n    注意事项。\n");
        assertTrue(html.contains("class=\"adm-block adm-note\""), html);
        assertTrue(html.contains("提示"), html);
    }
}
