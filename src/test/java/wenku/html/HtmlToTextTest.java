package wenku.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {
    @Test
    void keepsBlocksHeadingsAndLineBreaksAndDropsFurniture() {
        String html = """
                <html><head><title>标题_栏目_网站</title><style>p{}</style></head><body>
                <div class="site-nav"><a>首页</a><a>新闻</a></div>
                <nav><a>导航</a></nav>
                <div class="content">
                  <h1>正文标题</h1>
                  <p>第一段<b>加粗</b>文字。</p>
                  <h2>小标题</h2>
                  <p>第一行<br>第二行</p>
                  <ul><li><p>条目一</p></li><li>条目二</li></ul>
                  <table><tr><td>甲</td><td>乙</td></tr></table>
                  <p><img src="a.png" alt="图">  </p>
                  <script>alert(1)</script>
                </div>
                <div class="share-bar">分享到：微信</div>
                <aside>热门</aside>
                <footer>版权所有</footer>
                </body></html>
                """;
        assertEquals("""
                # 正文标题

                第一段加粗文字。

                ## 小标题

                第一行
                第二行

                - 条目一

                - 条目二

                甲 乙
                """, HtmlToText.toText(html));
    }

    @Test
    void titleElementStandsInForAMissingH1() {
        assertEquals("# 班组安全文化建设\n\n正文。\n",
                HtmlToText.toText("<title>班组安全文化建设_经验交流_劳动保护</title><p>正文。</p>"));
    }

    @Test
    void adjacentLinksAreSeparated() {
        assertEquals("关键词：班组 安全文化 安全积分\n",
                HtmlToText.toText("<p>关键词：<a>班组</a><a>安全文化</a><a>安全积分</a></p>"));
    }

    @Test
    void furnitureHoldingTheArticleIsKept() {
        assertEquals("# 标题\n\n正文很长很长的一段。\n",
                HtmlToText.toText("<div class=\"main-share\"><h1>标题</h1><p>正文很长很长的一段。</p></div>"));
    }
}
