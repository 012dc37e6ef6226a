package wenku.html;

/**
 * A run of a page's plain text that starts at an anchor (a heading or a law article), for search.
 *
 * @param anchor the id to link to, {@code ""} for the top of the page
 * @param label  the heading text or article number, {@code ""} for the top
 * @param text   the text, paragraphs separated by {@code \n}
 */
public record TextBlock(String anchor, String label, String text) {
}
