package wenku.html;

/**
 * One heading in a page's table of contents.
 *
 * @param level 1 for the page's top heading level, 2 for the next …
 * @param id    the heading's element id (the anchor)
 * @param text  the heading's plain text
 */
public record TocEntry(int level, String id, String text) {
}
