package wenku.build;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param content   the content folder
 * @param templates a site's own templates folder (overrides the default theme file by file), or {@code null}
 * @param out       the output folder; {@code null} builds without writing anything (as {@code check} does)
 * @param baseUrl   the path the site is served under, overriding {@code site.yml}; {@code null} keeps it
 * @param drafts    also build pages marked {@code draft: true}
 * @param gitDates  take missing dates from Git when the content folder is in a repository
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl, boolean drafts, boolean gitDates) {
}
