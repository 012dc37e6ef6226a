package wenku.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import wenku.html.ProcessedBody;

/**
 * One article page of the site. Pages refer to their section and to each other by id (their index in
 * {@link Site#pages()}).
 *
 * <p>Immutable.
 *
 * @param id          index in {@link Site#pages()}
 * @param source      content-relative path of the Markdown file
 * @param url         site-root-relative output path, e.g. {@code 安全规程/井下作业.html}
 * @param title       title (front matter, else first heading, else file name)
 * @param subtitle    subtitle or {@code null}
 * @param date        date (front matter, else file name, else Git) or {@code null}
 * @param updated     last update (front matter, else Git) or {@code null}
 * @param meta        the descriptive fields contributors write: author, unit, source …
 * @param weight      ordering weight within the section ({@code null}: order by date)
 * @param sectionId   id of the enclosing section in {@link Site#sections()}
 * @param body        the processed body
 * @param summary     a short plain-text summary (front matter {@code summary}, else the start of the text)
 * @param readingMinutes estimated reading time at 400 Chinese characters a minute, at least 1
 * @param params      every front matter key as written, for templates
 */
public record Page(
        int id,
        String source,
        String url,
        String title,
        String subtitle,
        LocalDate date,
        LocalDate updated,
        PageMeta meta,
        Integer weight,
        int sectionId,
        ProcessedBody body,
        String summary,
        int readingMinutes,
        Map<String, Object> params) {

    /**
     * What a contributor says about a page besides its title.
     *
     * @param authors  authors, in the order given
     * @param unit     the authors' unit (作者单位)
     * @param source   where it was published (来源，刊期)
     * @param editor   the responsible editor (责任编辑)
     * @param category the category
     * @param tags     tags
     * @param keywords keywords (shown as tag links too)
     */
    public record PageMeta(List<String> authors, String unit, String source, String editor, String category,
                           List<String> tags, List<String> keywords) {
    }
}
