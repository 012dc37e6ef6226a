package wenku.law;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading that divides a law: {@code 第一编 总则}, {@code 第一分编 通则}, {@code 第一章 总则},
 * {@code 第二节 安全生产的保障}.
 *
 * <p>The level comes from the heading's words, not from its Markdown level: the corpus writes chapters as
 * {@code ##} in one law and {@code ###} in another. Immutable.
 *
 * @param level   编, 分编, 章 or 节
 * @param ordinal the number of the part within its level ({@code 第二章} → 2)
 * @param label   the number as written, normalised: {@code 第二章}
 * @param title   the words after the number, {@code ""} when there are none ({@code 第二章} alone)
 */
public record StructureHeading(Level level, int ordinal, String label, String title) {

    /** The divisions of a law, outermost first. */
    public enum Level {
        /** 编, as in the Civil Code and the Criminal Law. */
        PART("编"),
        /** 分编, the subdivision of a 编 in the Civil Code. */
        SUBPART("分编"),
        /** 章. */
        CHAPTER("章"),
        /** 节. */
        SECTION("节");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        /** The Chinese word for this level: 编, 分编, 章, 节. */
        public String word() {
            return word;
        }

        /** 1 for 编 … 4 for 节: the nesting depth of this level when every level is present. */
        public int depth() {
            return ordinal() + 1;
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern HEADING = Pattern.compile(
            "第([零〇一二两三四五六七八九十百千0-9]{1,6})(分编|编|章|节)(?:[\\s\\u3000]+|[:：、])?(.*)");

    /** The structure heading that {@code text} (a heading's plain text) is, or empty. */
    public static Optional<StructureHeading> parse(String text) {
        String s = text.strip();
        if (!s.startsWith("第")) return Optional.empty();   // most headings: no matcher needed to see it
        Matcher m = HEADING.matcher(s);
        if (!m.matches()) return Optional.empty();
        OptionalInt n = ArticleNumber.numberValue(m.group(1));
        if (n.isEmpty() || n.getAsInt() < 1) return Optional.empty();
        Level level = switch (m.group(2)) {
            case "编" -> Level.PART;
            case "分编" -> Level.SUBPART;
            case "章" -> Level.CHAPTER;
            default -> Level.SECTION;
        };
        String title = SPACES.matcher(m.group(3).strip()).replaceAll(" ");
        String label = "第" + ChineseNumerals.format(n.getAsInt()) + level.word();
        return Optional.of(new StructureHeading(level, n.getAsInt(), label, title));
    }

    /** {@code 第一章 总则}, or just the label when there is no title. */
    public String text() {
        return title.isEmpty() ? label : label + " " + title;
    }
}
