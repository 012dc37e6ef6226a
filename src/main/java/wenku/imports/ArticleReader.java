package wenku.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wenku.content.ChinesePunctuation;

/**
 * Reads one copied page. The page is seen as lines in three regions: the head (everything before the first line of
 * running text: navigation, title, bylines, dates, sources, keywords), the body (from the first to the last line of
 * running text) and the tail (after it: 作者单位, 责任编辑, signatures). Metadata is read only from labelled or
 * clearly shaped lines in the head and the tail, so a sentence in the body that happens to start with "时间：" stays text.
 *
 * <p>Single use, not thread safe; {@link WebArticleImporter} creates one per call.
 */
final class ArticleReader {
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5A-Za-z]{1,16}\\s*[〔\\[［(（【]\\s*\\d{4}\\s*[〕\\]］)）】]\\s*第?\\s*\\d{1,4}\\s*号");
    private static final Pattern MARKED_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•●·▪◦]|\\d{1,2}[.、．](?=\\D))\\s*");
    private static final Pattern REPORTER = Pattern.compile(
            "[（(]\\s*(?:本报|本台|本刊|新华社|中新社|人民网|央视网|央广网)?\\s*记者\\s*([^（）()]{2,40}?)\\s*[）)]");
    private static final Pattern NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}|[\\u4e00-\\u9fa5]{1,8}·[\\u4e00-\\u9fa5]{1,8}");
    private static final Pattern ROLE_WORDS = Pattern.compile("本报记者|本报通讯员|记者|通讯员|实习生|作者|文|图|摄");
    private static final Pattern ORG = Pattern.compile(
            "大学|学院|研究院|研究所|研究中心|公司|集团|局|厅|委员会|中心|矿|厂|学校|医院|部|办公室|协会|学会|党校|银行|分院");
    private static final Pattern UNIT_NUMBER = Pattern.compile("(?:^|\\s+|[;；])[(（]?\\d{1,2}\\s*[.．、)）]\\s*");
    private static final Pattern ADDRESS_TAIL = Pattern.compile("\\s*[,，]\\s*[\\u4e00-\\u9fa5]{2,}(?:\\s*[\\u4e00-\\u9fa5]{2,})*\\s*\\d{6}$");
    private static final Pattern BRACKET_GROUPS = Pattern.compile("(?:【[^【】]*】\\s*){2,}");
    private static final Pattern BRACKET_GROUP = Pattern.compile("【([^【】]*)】");
    private static final Pattern PUBLISHED_AT = Pattern.compile("\\s*(?:发表于|发布于|来自)\\s*\\S*$");

    private final List<Line> lines;
    private final ImportOptions options;

    // what the page says, by field: labelled values first
    private final Map<Field, List<String>> labelled = new EnumMap<>(Field.class);
    private String issueLine;
    private String documentNumberLine;
    private LocalDate lineDate;
    private String weakAuthor;
    private String accountName;
    private String originalAuthor;
    private final List<String> listedAuthors = new ArrayList<>();
    private final List<String> listedUnits = new ArrayList<>();
    private String subtitle;

    /** A non-blank, normalised line of the page; {@code markedLevel} 1–6 when the page marked it as a heading. */
    private record Line(String text, int markedLevel) {
    }

    private enum Role { DROP, META, CANDIDATE, TEXT }

    ArticleReader(String text, ImportOptions options) {
        this.lines = normalise(text);
        this.options = options;
    }

    ImportedArticle read() throws NotAnArticleException {
        List<Line> page = withoutChrome(lines);
        if (page.isEmpty()) throw new NotAnArticleException("the file has no text (copy the article text into it)");
        int n = page.size();
        int firstText = -1;
        int lastText = -1;
        for (int i = 0; i < n; i++) {
            if (isRunningText(page.get(i))) {
                if (firstText < 0) firstText = i;
                lastText = i;
            }
        }
        if (firstText < 0) {
            firstText = n;
            lastText = n - 1;
        }

        Role[] role = new Role[n];
        for (int i = 0; i < firstText; i++) role[i] = headRole(page.get(i));
        for (int i = firstText; i <= lastText; i++) role[i] = isByline(page.get(i).text()) ? Role.DROP : Role.TEXT;
        for (int i = lastText + 1; i < n; i++) role[i] = tailRole(page.get(i));

        int titleIndex = chooseTitle(page, role, firstText);
        String title = titleIndex >= 0 ? page.get(titleIndex).text() : first(Field.TITLE);
        if (title == null) {
            throw new NotAnArticleException("no title found (put the article title on a line of its own at the top)");
        }
        String titleKey = key(title);
        if (first(Field.TITLE) != null) titleKey = key(first(Field.TITLE));

        int lastHeadMeta = -1;
        for (int i = 0; i < firstText; i++) if (role[i] == Role.META) lastHeadMeta = i;
        String accountKey = accountName == null ? null : key(accountName);

        List<SectionHeadings.Line> body = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Line l = page.get(i);
            if (role[i] == Role.DROP || role[i] == Role.META || i == titleIndex) continue;
            String k = key(l.text());
            if (k.equals(titleKey)) continue; // the title repeated
            boolean outsideText = i < firstText || i > lastText;
            if (outsideText && k.equals(accountKey)) continue; // the account's name repeated around the article
            if (role[i] == Role.CANDIDATE && i < titleIndex) continue; // navigation above the title
            if (role[i] == Role.CANDIDATE && afterTitleMetadata(l, i, titleIndex)) continue;
            if (role[i] == Role.CANDIDATE && i > titleIndex && i < lastHeadMeta) {
                // a line between the title and its bylines: the subtitle (副题) the first time, page furniture after
                if (subtitle == null && l.text().codePointCount(0, l.text().length()) <= 40) subtitle = l.text();
                continue;
            }
            body.add(new SectionHeadings.Line(ChinesePunctuation.fixLine(l.text()), l.markedLevel() > 1 ? l.markedLevel() : 0));
        }
        if (documentNumberLine != null && body.stream().noneMatch(b -> b.text().equals(documentNumberLine))) {
            // a 发文字号 printed under the title stays in the text, as on paper
            body.add(0, new SectionHeadings.Line(documentNumberLine, 0));
        }
        String summary = first(Field.SUMMARY);
        if (body.isEmpty() && summary != null) body.add(new SectionHeadings.Line(ChinesePunctuation.fixLine(summary), 0));
        if (body.isEmpty()) {
            throw new NotAnArticleException("no article text found after removing the page's navigation and links"
                    + " (check that the file contains the article's paragraphs)");
        }
        List<ImportedArticle.Block> blocks = SectionHeadings.blocks(body);

        String fixedTitle = ChinesePunctuation.fixLine(title);
        StringBuilder articleText = new StringBuilder(fixedTitle);
        for (ImportedArticle.Block b : blocks) articleText.append('\n').append(b.text());
        List<String> authors = authors(blocks);
        String keywords = first(Field.KEYWORDS);
        List<String> tags = keywords == null ? List.of() : KeywordTags.derive(keywords, articleText.toString());
        return new ImportedArticle(
                fixedTitle,
                fix(subtitle),
                date(),
                authors,
                fix(unit()),
                fix(source()),
                fix(first(Field.EDITOR)),
                options.category(),
                tags,
                documentNumber(),
                fix(first(Field.FUND)),
                fix(summary),
                blocks);
    }

    // ---- lines ----

    private static List<Line> normalise(String text) {
        List<Line> out = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String s = raw.replaceAll("[\\u00A0\\u2002-\\u200A\\u202F\\u205F\\u3000\\t]", " ")
                    .replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]", "")
                    .strip()
                    .replaceAll(" {2,}", " ");
            if (s.isEmpty()) continue;
            int level = 0;
            Matcher h = MARKED_HEADING.matcher(s);
            if (h.matches()) {
                level = h.group(1).length();
                s = h.group(2);
            } else if (s.matches("^[-*•●·▪◦]\\s+\\S.*") || s.matches("^[•●▪◦]\\S.*")) {
                s = "- " + s.replaceFirst("^[-*•●·▪◦]\\s*", "");
            }
            out.add(new Line(s, level));
        }
        return out;
    }

    /** The page without chrome lines, lists of other titles and comment threads. */
    private static List<Line> withoutChrome(List<Line> in) {
        List<Line> out = new ArrayList<>();
        boolean seenText = false;
        for (int i = 0; i < in.size(); i++) {
            Line l = in.get(i);
            String t = l.text();
            if (SiteChrome.isTerminalHeading(t)) break;
            if (SiteChrome.isRelatedListHeading(t)) {
                int j = i + 1;
                while (j < in.size() && isListedTitle(in.get(j).text())) {
                    // a list above the article must not swallow the article's own title
                    if (!seenText && (isMetadataShaped(in, j + 1) || isMetadataShaped(in, j + 2))) break;
                    j++;
                }
                i = j - 1;
                continue;
            }
            if (SiteChrome.isChromeLine(t)) continue;
            if (BRACKET_GROUPS.matcher(t).matches()) {
                // 【纠错】 【责任编辑：王萌】: keep the labelled groups, drop the buttons
                List<String> kept = new ArrayList<>();
                boolean other = false;
                Matcher g = BRACKET_GROUP.matcher(t);
                while (g.find()) {
                    String inner = g.group(1).strip();
                    if (SiteChrome.isChromeLine(g.group()) || SiteChrome.isChromeLine(inner)) continue;
                    if (LabelledFields.isLabelled(inner)) kept.add(inner);
                    else other = true;
                }
                if (!other) {
                    if (!kept.isEmpty()) out.add(new Line(String.join(" ", kept), 0));
                    continue;
                }
            }
            if (isRunningText(l)) seenText = true;
            out.add(l);
        }
        return out;
    }

    private static boolean isMetadataShaped(List<Line> in, int i) {
        if (i >= in.size()) return false;
        String t = in.get(i).text();
        return LabelledFields.isLabelled(t) || dateLine(t) != null || JournalIssue.normalise(t) != null;
    }

    /** A line in a list of other articles: a title, a bullet, a numbered reference, or chrome. */
    private static boolean isListedTitle(String t) {
        if (SiteChrome.isChromeLine(t)) return true;
        if (t.matches("^\\[\\d{1,3}\\].*") || t.startsWith("- ")) return true;
        int len = t.codePointCount(0, t.length());
        return len <= 60 && !t.endsWith("。") && !(len > 30 && t.contains("，"));
    }

    /** Running text: a sentence, or a line long enough that it can only be one. */
    private static boolean isRunningText(Line l) {
        if (l.markedLevel() > 0) return false;
        String t = l.text();
        if (LabelledFields.isLabelled(t)) return false;
        int len = t.codePointCount(0, t.length());
        char last = t.charAt(t.length() - 1);
        if ("。；;…".indexOf(last) >= 0) return true;
        if ("：:".indexOf(last) >= 0 && len > 6) return true;
        if ("！？!?”\"’」』".indexOf(last) >= 0 && len >= 16 && t.matches(".*[，,。；;].*")) return true;
        return len >= 50;
    }

    // ---- head and tail ----

    private Role headRole(Line l) {
        String t = l.text();
        if (l.markedLevel() == 1) return Role.CANDIDATE;
        if (LabelledFields.isLabelled(t)) {
            for (LabelledFields.Value v : LabelledFields.read(t)) keep(v);
            return Role.META;
        }
        String issue = JournalIssue.normalise(t);
        if (issue != null) {
            if (issueLine == null) issueLine = issue;
            return Role.META;
        }
        if (DOCUMENT_NUMBER.matcher(t).matches()) {
            if (documentNumberLine == null) documentNumberLine = t.replaceAll("\\s+", "");
            return Role.META;
        }
        DateLine d = dateLine(t);
        if (d != null) {
            readDateLine(d);
            return Role.META;
        }
        return Role.CANDIDATE;
    }

    private Role tailRole(Line l) {
        String t = l.text();
        if (LabelledFields.isLabelled(t) && t.codePointCount(0, t.length()) <= 120) {
            for (LabelledFields.Value v : LabelledFields.read(t)) keep(v);
            return Role.META;
        }
        Matcher m = Pattern.compile("^[（(]\\s*(?:责编|编辑|责任编辑)\\s*[:：]?\\s*([^）)]+)[）)]$").matcher(t);
        if (m.matches()) {
            keep(new LabelledFields.Value(Field.EDITOR, "责编", m.group(1).strip()));
            return Role.META;
        }
        return Role.TEXT;
    }

    private void keep(LabelledFields.Value v) {
        if (v.text().isEmpty() || v.field() == Field.IGNORED) return;
        List<String> values = labelled.computeIfAbsent(v.field(), f -> new ArrayList<>());
        // 责任编辑 names the editor responsible; a plain 编辑 elsewhere on the page yields to it
        if (v.field() == Field.EDITOR && (v.label().equals("责任编辑") || v.label().equals("责编"))) values.add(0, v.text());
        else values.add(v.text());
    }

    private String first(Field f) {
        List<String> l = labelled.get(f);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** A short line that is only a byline: {@code 文/刘士玉}, {@code 作者：张三}. */
    private static boolean isByline(String t) {
        if (t.codePointCount(0, t.length()) > 30 || !LabelledFields.isLabelled(t)) return false;
        List<LabelledFields.Value> vs = LabelledFields.read(t);
        return !vs.isEmpty() && vs.stream().allMatch(v -> v.field() == Field.AUTHOR || v.field() == Field.EDITOR);
    }

    /** A date line of the head: {@code 2014-08-09刘士玉}, {@code 原创 张三 安全应急 2023-06-01 08:30 发表于北京}. */
    private record DateLine(LocalDate date, List<String> before, String after, boolean original) {
    }

    private static DateLine dateLine(String t) {
        if (t.codePointCount(0, t.length()) > 80) return null;
        DateText d = DateText.find(t);
        if (d == null) return null;
        String before = t.substring(0, d.start()).strip();
        String after = PUBLISHED_AT.matcher(t.substring(d.end()).strip()).replaceFirst("").strip();
        after = after.replaceFirst("^[|｜丨/·]\\s*", "");
        boolean original = before.startsWith("原创");
        if (original) before = before.substring(2).strip();
        before = before.replaceAll("[|｜丨]", " ").strip();
        List<String> tokens = before.isEmpty() ? List.of() : List.of(before.split("\\s+"));
        if (tokens.size() > 3 || tokens.stream().anyMatch(s -> s.codePointCount(0, s.length()) > 16)) return null;
        if (!tokens.isEmpty() && !original && tokens.stream().anyMatch(s -> s.matches(".*[，。；,;].*"))) return null;
        boolean afterOk = after.isEmpty() || LabelledFields.isLabelled(after) || isNameList(after);
        if (!afterOk) return null;
        return new DateLine(d.date(), tokens, after, original);
    }

    private void readDateLine(DateLine d) {
        if (lineDate == null) lineDate = d.date();
        if (d.original() || d.before().size() == 2) {
            if (d.before().size() == 2) {
                if (originalAuthor == null && isNameList(d.before().get(0))) originalAuthor = d.before().get(0);
                if (accountName == null) accountName = d.before().get(1);
            } else if (d.before().size() == 1 && accountName == null) {
                accountName = d.before().get(0);
            }
        } else if (d.before().size() == 1 && isNameList(d.before().get(0)) && weakAuthor == null) {
            weakAuthor = d.before().get(0);
        }
        if (!d.after().isEmpty()) {
            if (LabelledFields.isLabelled(d.after())) {
                for (LabelledFields.Value v : LabelledFields.read(d.after())) keep(v);
            } else if (weakAuthor == null) {
                weakAuthor = d.after();
            }
        }
    }

    private static boolean isNameList(String s) {
        String[] parts = s.strip().split("[\\s、,，;；]+");
        if (parts.length == 0) return false;
        for (String p : parts) if (!NAME.matcher(p).matches()) return false;
        return true;
    }

    /**
     * Picks the title among the head's candidate lines: a labelled 标题, a line the page marked as its main heading,
     * or the best scoring line (repeated in the head, followed by bylines/dates, close to the text, of title length).
     */
    private int chooseTitle(List<Line> page, Role[] role, int firstText) {
        String labelledTitle = first(Field.TITLE);
        if (labelledTitle != null) {
            for (int i = 0; i < firstText; i++) {
                if (role[i] == Role.CANDIDATE && key(page.get(i).text()).equals(key(labelledTitle))) return i;
            }
            return -1;
        }
        for (int i = 0; i < firstText; i++) {
            if (role[i] == Role.CANDIDATE && page.get(i).markedLevel() == 1) return i;
        }
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < firstText; i++) {
            if (role[i] != Role.CANDIDATE) continue;
            String t = page.get(i).text();
            int len = t.codePointCount(0, t.length());
            if (len < 4 || len > 80 || "。；;，,：:".indexOf(t.charAt(t.length() - 1)) >= 0) continue;
            int score = 0;
            for (int j = 0; j < firstText; j++) {
                if (j != i && role[j] == Role.CANDIDATE && key(page.get(j).text()).equals(key(t))) {
                    score += 3;
                    break;
                }
            }
            for (int j = i + 1; j <= i + 3 && j < page.size(); j++) {
                if (role[j] == Role.META) {
                    score += 2;
                    break;
                }
            }
            if (firstText - i <= 5) score += 1;
            if (len >= 8) score += 1;
            if (len < 6) score -= 2;
            if (SectionHeadings.outlineRank(t) >= 0 || t.startsWith("- ")) score -= 2;
            if (isAuthorList(t) || t.matches("^[(（]?\\d{1,2}\\s*[.．、)）].*")) score -= 4;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /**
     * Head lines between the title and the text that describe the article rather than belong to it:
     * a subtitle ({@code ——记…}), a list of authors ({@code 王明1 李红2}), numbered units.
     */
    private boolean afterTitleMetadata(Line l, int i, int titleIndex) {
        if (titleIndex < 0 || i <= titleIndex) return false;
        String t = l.text();
        if (i <= titleIndex + 2 && subtitle == null && t.matches("^[—－-]{1,2}\\s*\\S.*")) {
            subtitle = t.replaceFirst("^[—－-]{1,2}\\s*", "");
            return true;
        }
        if (listedAuthors.isEmpty() && isAuthorList(t)) {
            for (String p : t.split("[\\s、,，;；]+")) {
                String name = p.replaceAll("[\\d*∗]+$", "");
                if (!name.isEmpty()) listedAuthors.add(name);
            }
            return true;
        }
        if (listedUnits.isEmpty() && ORG.matcher(t).find()) {
            String inner = t;
            boolean wrapped = t.matches("^[(（].*[)）]$");
            if (wrapped) inner = t.substring(1, t.length() - 1);
            boolean numbered = inner.matches("^\\d{1,2}\\s*[.．、)）]\\s*\\S.*");
            if (wrapped || numbered) {
                for (String u : UNIT_NUMBER.split(inner)) {
                    for (String part : u.split("[;；]")) {
                        String unit = ADDRESS_TAIL.matcher(part.strip()).replaceFirst("").strip();
                        if (!unit.isEmpty() && !listedUnits.contains(unit)) listedUnits.add(unit);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isAuthorList(String t) {
        String[] parts = t.strip().split("[\\s、,，;；]+");
        boolean superscripts = t.matches(".*[\\u4e00-\\u9fa5][\\d*∗].*");
        if (parts.length < 2 && !superscripts) return false;
        for (String p : parts) {
            String name = p.replaceAll("[\\d*∗]+$", "");
            if (name.isEmpty() && p.matches("[\\d*∗]+")) continue;
            if (!NAME.matcher(name).matches()) return false;
        }
        return true;
    }

    // ---- fields ----

    private List<String> authors(List<ImportedArticle.Block> blocks) {
        String labelledAuthor = first(Field.AUTHOR);
        if (labelledAuthor != null) return names(labelledAuthor);
        if (!listedAuthors.isEmpty()) return listedAuthors;
        if (originalAuthor != null) return names(originalAuthor);
        for (ImportedArticle.Block b : blocks) {
            if (b.kind() != ImportedArticle.Block.Kind.PARAGRAPH) continue;
            Matcher m = REPORTER.matcher(b.text());
            if (m.find()) return names(m.group(1));
            break;
        }
        if (weakAuthor != null) return names(weakAuthor);
        return List.of();
    }

    private static List<String> names(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : value.split("[\\s、,，;；/]+")) {
            String name = p.replaceAll("[\\d*∗]+$", "").strip();
            if (name.isEmpty() || ROLE_WORDS.matcher(name).matches()) continue;
            out.add(ROLE_WORDS.matcher(name).lookingAt() && name.length() > 3
                    ? name.replaceFirst("^(?:本报记者|本报通讯员|记者|通讯员|实习生)", "") : name);
        }
        return List.copyOf(out);
    }

    private String unit() {
        List<String> units = labelled.get(Field.UNIT);
        Set<String> all = new LinkedHashSet<>();
        if (units != null) {
            for (String u : units) {
                for (String part : u.split("[;；]")) {
                    String s = ADDRESS_TAIL.matcher(part.strip()).replaceFirst("").strip();
                    if (!s.isEmpty()) all.add(s);
                }
            }
        }
        if (all.isEmpty()) all.addAll(listedUnits);
        return all.isEmpty() ? null : String.join("；", all);
    }

    private String source() {
        String src = first(Field.SOURCE);
        String issue = first(Field.ISSUE);
        if (src != null) {
            String combined = JournalIssue.normalise(issue == null ? src : src + " " + issue);
            if (combined != null) return combined;
        }
        if (issueLine != null) return issueLine;
        if (src != null) return issue == null ? src : src + " " + issue;
        return accountName;
    }

    private LocalDate date() {
        String d = first(Field.DATE);
        if (d != null) {
            DateText t = DateText.find(d);
            if (t != null) return t.date();
        }
        if (lineDate != null) return lineDate;
        String secondary = first(Field.SECONDARY_DATE);
        if (secondary != null) {
            DateText t = DateText.find(secondary);
            if (t != null) return t.date();
        }
        return null;
    }

    private String documentNumber() {
        String d = first(Field.DOCUMENT_NUMBER);
        if (d != null) return d.replaceAll("\\s+", "");
        return documentNumberLine;
    }

    private static String fix(String s) {
        return s == null ? null : ChinesePunctuation.fixLine(s);
    }

    /** Comparison key for "the same line": no spaces, punctuation width ignored. */
    private static String key(String s) {
        return ChinesePunctuation.fixLine(s).replaceAll("\\s+", "");
    }
}
