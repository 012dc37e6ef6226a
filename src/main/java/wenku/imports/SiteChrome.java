package wenku.imports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a copied web page that belong to the site, not to the article: app download
 * prompts, share buttons, QR-code hints, page tools, breadcrumbs, footers and copyright lines, and the
 * headings of "other titles" lists (猜你喜欢, 相关阅读 …).
 *
 * <p>Works on whole, normalised lines only: a phrase inside a paragraph never makes it chrome. Stateless.
 */
final class SiteChrome {
    /** Whole lines that are site furniture. Matched case-insensitively against the normalised line. */
    private static final List<Pattern> LINES = compile(
            // app and client prompts
            "(?:APP|App|客户端)\\s*下载|下载\\s*(?:APP|App|客户端)|打开\\s*(?:APP|App|客户端).*|(?:APP|App)\\s*内(?:打开|阅读).*",
            ".{0,20}(?:打开|下载).{0,6}(?:APP|App|客户端).{0,12}",
            // QR codes, following
            ".{0,12}扫一扫.{0,20}|.{0,10}扫码.{0,20}|.{0,16}二维码.{0,16}|长按.{0,20}|.{0,6}点击上方.{0,20}关注.{0,10}",
            "关注我们.{0,10}|微信扫一扫.{0,20}|使用小程序|小程序|知道了|取消|允许|关注该公众号|.{0,3}轻点两下取消.{0,4}",
            "微信号\\s*[:：]?\\s*[A-Za-z0-9_-]+|功能介绍\\s*[:：]?.{0,60}",
            // page tools
            "返回顶部|回到顶部|TOP|顶部|分享到.{0,30}|分享(?:到)?[:：]?.{0,20}(?:微信|微博|QQ|空间).{0,20}|分享让更多人看到|分享|转发|收藏|点赞|赞|在看|写留言|留言|评论|举报|投诉",
            "【?(?:打印|打印本页|打印文章|关闭|关闭窗口|关闭本页|加入收藏|设为首页|纠错)】?(?:\\s*【?(?:打印|打印本页|关闭|关闭窗口|关闭本页|加入收藏|纠错)】?)*",
            "【?(?:字号|字体)[:：]?.{0,12}|[大中小]字号|(?:[大中小]\\s*){2,3}|默认|打印|关闭",
            "点击播报本文.{0,12}|播报|听新闻|语音播报|视频|音频|全屏|放大|缩小",
            "上一篇.{0,60}|下一篇.{0,60}|上一条.{0,60}|下一条.{0,60}|上一页|下一页|返回列表|返回首页|返回",
            // breadcrumbs and navigation
            "(?:当前位置|您的位置|您现在的位置|所在位置)[:：]?.*",
            "(?:首页|主页)\\s*(?:[>›»/|]|>>).*",
            ".{0,40}(?:[>›»]|>>)\\s*(?:正文|详情|内容)",
            "[^。，,>›»]{1,20}(?:\\s*(?:>>|>|›|»|→)\\s*[^。，,>›»]{1,20}){1,6}",
            "首页|主页|登录|注册|登录\\s*/?\\s*注册|搜索|更多|更多>>|查看更多|展开全文|展开阅读全文|阅读全文|全文阅读",
            // reading and download buttons of journal databases
            "在线阅读|下载|PDF下载|CAJ下载|整本下载|分页下载|HTML阅读|手机阅读|记笔记|引用|导出/?参考文献|AI辅助阅读|AI导读",
            "(?:下载|被引|下载次数|被引次数|浏览|浏览次数|点击|点击数|点击量|阅读|阅读量|阅读数|浏览量)\\s*[:：(（]?\\s*\\d[\\d.,万+]*\\s*[)）]?(?:次)?",
            "阅读\\s*\\d[\\d.,]*万?\\+?|\\d[\\d.,]*万?\\+?\\s*(?:人阅读|人看过|阅读|次阅读)",
            // WeChat
            "原文链接|阅读原文|轻触阅读原文|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|微信公众号|公众号|留言功能已关闭.{0,10}",
            // footers
            ".*版权所有.*|.*Copyright.*|.*©.*|.*All\\s+Rights\\s+Reserved.*|.*ICP备.*|.*ICP证.*|.*公网安备.*|网站标识码.*",
            "(?:主办单位|承办单位|主办|承办|技术支持|运维单位|网站维护|网站主办|网站承办)[:：].{0,80}",
            "网站地图|免责声明|隐私政策|关于我们|联系我们|网站声明|帮助中心|意见反馈|违法和不良信息举报.{0,30}|举报电话.{0,30}",
            "本文(?:来源|转自).{0,20}如有侵权.{0,40}|.{0,20}未经(?:书面)?授权.{0,20}(?:禁止|不得).{0,30}",
            // decorations: END, dividers, lines of symbols
            "-*\\s*(?:END|The\\s+End|完|全文完)\\s*-*",
            "[\\p{Punct}\\p{S}\\s·•●○■□▲△▼▽◆◇★☆…—－-]+");

    /** Headings of lists of other articles: the heading and the titles under it are dropped. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "[\\p{Punct}\\p{S}\\s|｜▍■●◆【\\[]*(?:猜你喜欢|猜您喜欢|相关阅读|推荐阅读|相关推荐|延伸阅读|扩展阅读|相关新闻|相关文章|相关链接"
                    + "|相关稿件|相关报道|热门推荐|热点推荐|精彩推荐|为你推荐|为您推荐|往期推荐|往期回顾|往期精彩|往期阅读|热门文章"
                    + "|热门阅读|热门新闻|最新文章|最新推荐|阅读排行|排行榜|热门排行|点击排行|\\d+小时(?:热点|排行)|你可能感兴趣(?:的)?"
                    + "|您可能感兴趣(?:的)?|看了本文的人还看了|喜欢此内容的人还喜欢|更多精彩|精彩阅读|专题推荐|图片新闻|编辑推荐"
                    + "|参考文献|引证文献|相似文献|同被引文献|读者推荐|相关文献|相关作者|相关机构|相关基金|文献来源)"
                    + "(?:\\s*[(（]\\d+[)）])?[\\p{Punct}\\p{S}\\s|｜】\\]>》更多]*");

    /** Headings after which nothing belongs to the article (comment threads). */
    private static final Pattern TERMINAL_HEADING = Pattern.compile(
            "[\\p{Punct}\\p{S}\\s]*(?:网友评论|热门评论|全部评论|最新评论|精选留言|写留言|发表评论|我要评论|评论区|评论\\s*\\(?\\d+\\)?)"
                    + "[\\p{Punct}\\p{S}\\s]*");

    private SiteChrome() {
    }

    /** True for a whole line of site furniture (the line must already be normalised). */
    static boolean isChromeLine(String line) {
        if (line.length() > 160) return false;
        for (Pattern p : LINES) {
            if (p.matcher(line).matches()) return true;
        }
        return false;
    }

    /** True for the heading of a list of other articles' titles. */
    static boolean isRelatedListHeading(String line) {
        return line.length() <= 24 && RELATED_HEADING.matcher(line).matches();
    }

    /** True for a heading after which the rest of the page is comments. */
    static boolean isTerminalHeading(String line) {
        return line.length() <= 20 && TERMINAL_HEADING.matcher(line).matches();
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
