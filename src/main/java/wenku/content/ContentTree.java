package wenku.content;

import java.util.List;

/**
 * Everything read from a content folder, in a deterministic order (by path).
 *
 * <p>Immutable.
 *
 * @param config    the site settings from {@code site.yml}
 * @param documents every Markdown file, section indexes ({@code _index.md}) included
 * @param folders   every folder below the root that holds content, content-relative ({@code ""} not included)
 * @param assets    files copied as they are
 */
public record ContentTree(SiteConfig config, List<SourceDocument> documents, List<String> folders, List<Asset> assets) {
}
