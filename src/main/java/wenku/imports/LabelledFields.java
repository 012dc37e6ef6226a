package wenku.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines of labelled metadata the way Chinese web pages write them: {@code 作者：刘士玉},
 * {@code (作者单位:开滦集团)}, {@code 【关键词】 煤矿; 安全}, {@code 文/刘士玉}, {@code 编辑｜王芳},
 * and several on one line: {@code 发布时间：2023-05-12 10:30 来源：应急管理部 作者：张三}.
 *
 * <p>A line counts only when it starts with a label; a phrase such as "来源于" inside a sentence never does. Stateless.
 */
final class LabelledFields {
    /** One labelled value. */
    record Value(Field field, String label, String text) {
    }

    private static final Map<String, Field> LABELS = new LinkedHashMap<>();

    static {
        put(Field.TITLE, "标题", "文章标题", "题名", "篇名", "信息名称", "名称");
        put(Field.AUTHOR, "作者", "作 者", "文", "撰文", "撰稿", "文字", "记者", "本报记者", "通讯员", "作者姓名", "供稿", "署名",
                "撰稿人", "执笔");
        put(Field.UNIT, "作者单位", "单位", "机构", "作者机构", "发文机关", "发文单位", "发布机构", "发布单位", "成文单位", "所属单位");
        put(Field.SOURCE, "来源", "出处", "文章来源", "稿件来源", "信息来源", "刊名", "来源期刊", "刊物", "期刊", "出版物", "刊载");
        put(Field.ISSUE, "刊期", "期号", "年卷期", "年期", "期次");
        put(Field.DATE, "发布日期", "发布时间", "发表时间", "发表日期", "日期", "时间", "发文日期", "出版日期", "发稿时间",
                "上传时间", "录入时间", "发布于");
        put(Field.SECONDARY_DATE, "成文日期", "成文时间", "生成日期", "更新时间", "更新日期", "修改时间", "收稿日期", "印发日期");
        put(Field.KEYWORDS, "关键词", "关键字", "主题词", "关 键 词", "标签");
        put(Field.EDITOR, "责任编辑", "责编", "编辑", "本文编辑", "网络编辑", "编辑人员", "值班编辑");
        put(Field.SUMMARY, "摘要", "摘 要", "内容摘要", "内容提要", "提要", "导读");
        put(Field.FUND, "基金项目", "基金资助", "基金", "资助项目");
        put(Field.DOCUMENT_NUMBER, "发文字号", "文号", "发文编号", "文件编号");
        put(Field.IGNORED, "索引号", "信息索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "分类号", "中图分类号",
                "文献标识码", "文章编号", "DOI", "专辑", "专题", "下载次数", "被引次数", "字号", "浏览次数", "点击数", "阅读次数",
                "审核", "审校", "校对", "终审", "监制", "出品", "排版", "美编", "统筹", "策划", "视觉", "摄影", "图片", "图片来源",
                "公开方式", "公开范围", "公开时限", "所属主题", "有效性", "效力状态", "时效性", "Keywords", "Key words",
                "Abstract", "作者简介", "收藏", "分享", "下载");
    }

    private static final Pattern LABEL;

    static {
        List<String> names = new ArrayList<>(LABELS.keySet());
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(n).replace(" ", "\\E\\s*\\Q"));
        }
        // label, then ：/: or a closing bracket or a byline slash/bar
        LABEL = Pattern.compile("(?:^|(?<=[\\s|｜丨/／]))[【\\[〔(（]?\\s*(" + alt + ")\\s*(?:[】\\]〕)）]\\s*[:：]?|[:：]|[/／|｜丨](?=\\s*\\S))\\s*",
                Pattern.CASE_INSENSITIVE);
    }

    private LabelledFields() {
    }

    private static void put(Field f, String... labels) {
        for (String l : labels) LABELS.put(l, f);
    }

    /** True when the line starts with a known label. */
    static boolean isLabelled(String line) {
        return LABEL.matcher(line).lookingAt();
    }

    /** The labelled values of a line that starts with a label; empty when it does not. */
    static List<Value> read(String line) {
        List<Value> out = new ArrayList<>();
        Matcher m = LABEL.matcher(line);
        if (!m.lookingAt()) return out;
        List<int[]> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        do {
            starts.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
        } while (m.find());
        for (int i = 0; i < starts.size(); i++) {
            int valueEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : line.length();
            String label = labels.get(i).replaceAll("\\s+", "");
            Field f = field(label);
            String v = trim(line.substring(starts.get(i)[1], valueEnd));
            if (f == Field.SUMMARY || f == Field.KEYWORDS || f == Field.TITLE) {
                // long values may legitimately contain words that look like labels ("时间", "单位"): take the rest
                v = trim(line.substring(starts.get(i)[1]));
                out.add(new Value(f, label, v));
                break;
            }
            out.add(new Value(f, label, v));
        }
        return out;
    }

    private static Field field(String label) {
        for (Map.Entry<String, Field> e : LABELS.entrySet()) {
            if (e.getKey().replace(" ", "").equalsIgnoreCase(label)) return e.getValue();
        }
        return Field.IGNORED;
    }

    /** Strips spaces, separators and unbalanced closing brackets around a value. */
    static String trim(String v) {
        String s = v.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char last = s.charAt(s.length() - 1);
            if (";；,，、|｜丨/".indexOf(last) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            } else if (")）】]〕".indexOf(last) >= 0 && unbalanced(s, last)) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
        }
        return s;
    }

    private static boolean unbalanced(String s, char close) {
        String open = switch (close) {
            case ')', '）' -> "(（";
            case '】' -> "【";
            case ']' -> "[";
            default -> "〔";
        };
        String closes = switch (close) {
            case ')', '）' -> ")）";
            case '】' -> "】";
            case ']' -> "]";
            default -> "〕";
        };
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (open.indexOf(s.charAt(i)) >= 0) depth++;
            else if (closes.indexOf(s.charAt(i)) >= 0) depth--;
        }
        return depth < 0;
    }
}
