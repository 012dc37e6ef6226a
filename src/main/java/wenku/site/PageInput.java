package wenku.site;

import java.time.LocalDate;
import wenku.content.SourceDocument;
import wenku.html.ProcessedBody;

/**
 * What the earlier stages know about one Markdown file, handed to {@link SiteAssembler}.
 *
 * @param source      the source document
 * @param title       the title found in the heading when front matter has none ({@code null}: use front matter or file name)
 * @param subtitle    subtitle found in the heading, or {@code null}
 * @param body        the processed body
 * @param firstCommit date of the file's first Git commit, or {@code null}
 * @param lastCommit  date of the file's last Git commit, or {@code null}
 */
public record PageInput(SourceDocument source, String title, String subtitle, ProcessedBody body,
                        LocalDate firstCommit, LocalDate lastCommit) {
}
