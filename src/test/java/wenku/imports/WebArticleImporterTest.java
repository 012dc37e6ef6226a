package wenku.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wenku.content.FrontMatter;
import wenku.content.FrontMatterParser;
import wenku.html.HtmlToText;

/**
 * Imports copied web pages and checks the note a contributor would get: its front matter as wenku reads it back,
 * its headings, and its text.
 */
class WebArticleImporterTest {
    private static final Path SAMPLES = Path.of("../shared/samples");
    private static final Path INPUTS = Path.of("src/test/resources/imports");

    private record Note(FrontMatter fm, String body, List<String> headings) {
        boolean has(String text) {
            return body.contains(text);
        }
    }

    private static Note read(String markdown) {
        FrontMatterParser.Split s = FrontMatterParser.split("imported.md", markdown);
        assertEquals(List.of(), s.problems(), "the written front matter must read back without problems");
        List<String> headings = new ArrayList<>();
        for (String l : s.body().split("\n")) if (l.startsWith("#")) headings.add(l);
        return new Note(s.frontMatter(), s.body().stripLeading(), headings);
    }

    private static Note importFile(String name, String category) throws Exception {
        String text = Files.readString(INPUTS.resolve(name), StandardCharsets.UTF_8);
        if (name.endsWith(".html")) text = HtmlToText.toText(text);
        return read(WebArticleImporter.fromText(text, ImportOptions.defaults().withCategory(category)).toMarkdown());
    }

    /** Lines stripped, blank lines collapsed: what Markdown renders the same. */
    private static String normalised(String body) {
        List<String> out = new ArrayList<>();
        for (String l : body.strip().split("\n")) {
            String t = l.strip();
            if (t.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) continue;
            out.add(t);
        }
        return String.join("\n", out);
    }

    @Test
    void sharedSampleBecomesTheExpectedWriteUp() throws IOException, NotAnArticleException {
        String page = Files.readString(SAMPLES.resolve("web-copied-article.txt"));
        String expectedText = Files.readString(SAMPLES.resolve("experience-writeup.md"));
        ImportedArticle article = WebArticleImporter.fromText(page, ImportOptions.defaults().withCategory("经验交流"));
        Note got = read(article.toMarkdown());
        Note expected = read(expectedText);

        assertEquals(expected.fm().params(), got.fm().params(), "every front matter field, in order");
        assertEquals("煤矿企业创建服务型党组织的四个着力点", got.fm().title());
        assertEquals(LocalDate.of(2014, 8, 9), got.fm().date());
        assertEquals(List.of("刘士玉"), got.fm().authors());
        assertEquals("开滦集团东欢坨矿业分公司", got.fm().unit());
        assertEquals("中国煤炭工业 2014年第6期", got.fm().source());
        assertEquals("周琼", got.fm().editor());
        assertEquals("经验交流", got.fm().category());
        assertEquals(List.of("创先争优", "服务型党组织", "党员"), got.fm().tags());
        assertEquals(expected.headings(), got.headings());
        assertEquals(List.of("## 抓住关键点，明确创建目标", "## 把握基本点，树立服务理念", "## 做实支撑点，深化创先争优",
                "## 突出着力点，建立长效机制"), got.headings());
        assertEquals(normalised(expected.body()), normalised(got.body()));
        // the sample file itself, byte for byte
        assertEquals(expectedText, article.toMarkdown());
    }

    @Test
    void sharedSampleLosesItsSiteChrome() throws Exception {
        String page = Files.readString(SAMPLES.resolve("web-copied-article.txt"));
        String md = WebArticleImporter.fromText(page, ImportOptions.defaults()).toMarkdown();
        for (String chrome : List.of("APP下载", "猜你喜欢", "文/刘士玉", "七〇五所", "(作者单位", "（作者单位", "责任编辑", "关键词")) {
            assertFalse(md.contains(chrome), chrome);
        }
        assertEquals(1, md.split("煤矿企业创建服务型党组织的四个着力点", -1).length - 1, "title once, in front matter");
        assertFalse(md.contains("category:"), "no category unless given");
    }

    @Test
    void peopleDailyNewsPage() throws Exception {
        Note n = importFile("people-news.txt", null);
        assertEquals("应急管理部部署开展夏季矿山安全生产专项检查", n.fm().title());
        assertEquals("严防汛期透水、顶板等事故发生", n.fm().subtitle());
        assertEquals(LocalDate.of(2023, 6, 12), n.fm().date());
        assertEquals(List.of("王浩"), n.fm().authors(), "the reporter of the dateline");
        assertEquals("人民日报 2023年6月12日第6版", n.fm().source(), "the print edition, not the web channel");
        assertEquals("赵欣悦、牛镛", n.fm().editor());
        assertNull(n.fm().category());
        assertEquals(List.of(), n.fm().tags());
        assertEquals(List.of("## 突出重点环节", "## 压实各方责任"), n.headings());
        assertTrue(n.body().startsWith("本报北京6月11日电（记者 王浩）记者从应急管理部获悉，应急管理部近日印发通知，"), n.body());
        assertTrue(n.has("对存在重大事故隐患的，依法责令停产整顿；对拒不整改的，依法提请关闭。"));
        for (String chrome : List.of("人民网首页", "手机看新闻", "小字号", "点击播报", "分享让更多人看到", "推荐阅读",
                "多地开展防汛应急演练", "版权所有", "Copyright", "责编", "社会·法治")) {
            assertFalse(n.has(chrome), chrome);
        }
    }

    @Test
    void cnkiAbstractPage() throws Exception {
        Note n = importFile("cnki-abstract.txt", "学习辅导");
        assertEquals("煤矿井下作业人员不安全行为成因分析及干预对策", n.fm().title());
        assertNull(n.fm().date(), "an abstract page has no publication date");
        assertEquals(List.of("王明", "李红", "张强"), n.fm().authors(), "superscript unit numbers removed");
        assertEquals("中国矿业大学安全工程学院；国家能源集团神东煤炭集团有限责任公司", n.fm().unit());
        assertEquals("煤矿安全 2023年第6期", n.fm().source());
        assertEquals(List.of("不安全行为", "煤矿安全", "行为安全", "干预对策"), n.fm().tags());
        assertEquals("国家自然科学基金资助项目（52074280）", n.fm().param("fund"));
        assertTrue(n.fm().summary().startsWith("为减少煤矿井下作业人员的不安全行为，基于行为安全“2-4”模型，"));
        assertTrue(n.fm().summary().contains("占比分别为41.3%和27.6%；夜班"), "numbers kept, clause mark fixed");
        assertEquals("学习辅导", n.fm().category());
        assertEquals(List.of(), n.headings());
        assertTrue(n.body().startsWith("为减少煤矿井下作业人员的不安全行为"), "the abstract is the text");
        for (String chrome : List.of("中国知网", "北大核心", "DOI", "分类号", "专辑", "在线阅读", "参考文献", "傅贵",
                "相似文献", "综述")) {
            assertFalse(n.has(chrome), chrome);
        }
    }

    @Test
    void wechatPublicAccountArticle() throws Exception {
        Note n = importFile("wechat-article.txt", null);
        assertEquals("班组长必读｜夏季高温作业安全\"十不准\"", n.fm().title());
        assertEquals(LocalDate.of(2023, 7, 5), n.fm().date());
        assertEquals(List.of("李明"), n.fm().authors(), "the author named after 原创");
        assertEquals("北岭煤业集团安全监察部", n.fm().source(), "a labelled 来源 wins over the account name");
        assertEquals("王芳", n.fm().editor());
        assertEquals(List.of("## 01 作业前", "## 02 作业中", "## 03 作业后"), n.headings());
        assertTrue(n.has("我们整理了高温作业安全\"十不准\"，请各班组在班前会上组织学习。"));
        assertTrue(n.has("发现漏电隐患立即停电处理（详见《电气安全操作规程》第12条）。"));
        assertTrue(n.has("最高气温达到37℃以上时，适当调整作业时间。"));
        assertTrue(n.body().strip().endsWith("安全无小事，防范于未然。欢迎转发给身边的工友！"), n.body());
        for (String chrome : List.of("原创", "发表于", "图片来源", "审核", "阅读原文", "预览时标签不可点", "微信号",
                "功能介绍", "轻点两下", "在看", "北岭安全", "继续滑动")) {
            assertFalse(n.has(chrome), chrome);
        }
    }

    @Test
    void governmentNoticeWithDocumentNumber() throws Exception {
        Note n = importFile("gov-notice.txt", "通知公告");
        assertEquals("北岭市应急管理局关于开展2023年“安全生产月”活动的通知", n.fm().title());
        assertEquals(LocalDate.of(2023, 5, 25), n.fm().date(), "发布日期, not 成文日期");
        assertEquals("北岭市应急管理局", n.fm().unit(), "发文机关");
        assertEquals("北应急发〔2023〕12号", n.fm().param("docno"));
        assertEquals(List.of(), n.fm().authors());
        assertEquals("通知公告", n.fm().category());
        assertEquals(List.of("## 一、活动主题", "## 二、活动时间", "## 三、重点活动", "### （一）开展主题宣讲",
                "### （二）组织隐患排查", "### （三）开展应急演练", "## 四、工作要求"), n.headings());
        assertTrue(n.body().startsWith("北应急发〔2023〕12号\n\n各县（市、区）应急管理局，市安委会各成员单位，各有关企业：\n"),
                n.body());
        assertTrue(n.has("联系人：张伟，电话：0319-2123456，邮箱:ajj_aqk@beiling.gov.cn。"),
                "the e-mail address is left as written");
        assertTrue(n.has("附件：2023年“安全生产月”活动总结表\n\n北岭市应急管理局\n\n2023年5月22日\n\n（此件公开发布）"),
                "attachment line and signature stay, in order");
        for (String chrome : List.of("机构概况", "互动交流", "索引号", "主题分类", "成文日期", "打印本页", "关闭窗口",
                "扫一扫", "网站标识码", "ICP备", "公网安备", "政务公开")) {
            assertFalse(n.has(chrome), chrome);
        }
    }

    @Test
    void magazineHtmlPage() throws Exception {
        Note n = importFile("magazine-page.html", "经验交流");
        assertEquals("班组安全文化建设的三个抓手", n.fm().title());
        assertEquals(LocalDate.of(2023, 3, 20), n.fm().date());
        assertEquals(List.of("陈立新"), n.fm().authors());
        assertEquals("中铁十二局集团第三工程有限公司", n.fm().unit());
        assertEquals("劳动保护 2023年第3期", n.fm().source());
        assertEquals("孙丽", n.fm().editor());
        assertEquals(List.of("班组", "安全文化", "安全积分"), n.fm().tags(), "keyword links do not run together");
        assertEquals(List.of("## 抓手一：班前会讲安全", "## 抓手二：隐患随手拍", "## 抓手三：安全积分制"), n.headings(),
                "<h3> subheads become the top level under the title");
        assertTrue(n.has("操作说明见 https://www.example.com/help?id=3,5 页面。"), "URL left alone");
        assertTrue(n.has("- 报告一般隐患加2分；\n- 制止违章加5分；\n- 违章一次扣10分。"), n.body());
        for (String chrome : List.of("登录", "APP下载", "期刊目录", "当前位置", "浏览次数", "分享到", "相关文章",
                "如何开好班前会", "热门文章", "新安全生产法解读", "版权所有", "地址", "返回顶部", "_hmt", "text-indent")) {
            assertFalse(n.has(chrome), chrome);
        }
    }

    @Test
    void xinhuaNewsPageWithBracketButtons() throws Exception {
        Note n = importFile("xinhua-news.txt", null);
        assertEquals("国务院安委会办公室召开全国安全生产电视电话会议", n.fm().title());
        assertEquals(LocalDate.of(2023, 4, 12), n.fm().date());
        assertEquals(List.of("叶昊鸣", "刘夏村"), n.fm().authors());
        assertEquals("新华网", n.fm().source());
        assertEquals("王萌", n.fm().editor(), "责任编辑 wins over a plain 编辑");
        assertEquals(List.of(), n.headings());
        assertTrue(n.body().startsWith("新华社北京4月12日电（记者 叶昊鸣、刘夏村）国务院安委会办公室12日召开"), n.body());
        assertTrue(n.body().strip().endsWith("坚决遏制重特大事故发生。"), n.body());
        for (String chrome : List.of("新华社客户端", "字体", "纠错", "相关新闻", "扎实推进")) assertFalse(n.has(chrome), chrome);
    }

    @Test
    void reportsWhatIsMissing() {
        NotAnArticleException empty = assertThrows(NotAnArticleException.class,
                () -> WebArticleImporter.fromText("APP下载\n\n分享到：微信\n返回顶部\n", ImportOptions.defaults()));
        assertTrue(empty.getMessage().contains("no text"), empty.getMessage());
        NotAnArticleException noTitle = assertThrows(NotAnArticleException.class,
                () -> WebArticleImporter.fromText("关键词：安全\n", ImportOptions.defaults()));
        assertTrue(noTitle.getMessage().contains("no title"), noTitle.getMessage());
    }

    @Test
    void frontMatterValuesThatNeedQuotingAreQuoted() throws Exception {
        String page = "2024: 安全生产年度总结\n2024-01-05\n作者: #值班组\n全年未发生事故,各项指标全面完成。\n";
        Note n = read(WebArticleImporter.fromText(page, ImportOptions.defaults().withCategory("[总结]")).toMarkdown());
        assertEquals("2024：安全生产年度总结", n.fm().title());
        assertEquals(List.of("#值班组"), n.fm().authors());
        assertEquals("[总结]", n.fm().category());
        assertEquals(LocalDate.of(2024, 1, 5), n.fm().date());
    }
}
