package wenku.content;

/**
 * One Markdown file as committed: where it is, what its front matter says, and its Markdown body.
 *
 * <p>Immutable.
 *
 * @param path        content-relative path with {@code /} separators, e.g. {@code 社会法/劳动法(2018-12-29).md}
 * @param frontMatter the typed front matter ({@link FrontMatter#EMPTY} when the file has none)
 * @param body        the Markdown after the front matter, with LF line endings
 * @param bodyLine    the 1-based line of the original file where {@code body} starts
 * @param encoding    the encoding the file was read in
 */
public record SourceDocument(String path, FrontMatter frontMatter, String body, int bodyLine, String encoding) {

    /** The folder part of {@link #path()} ({@code ""} at the content root). */
    public String folder() {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** The file name without folder and without {@code .md}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** True for a folder's {@code _index.md}, which describes the section rather than being a page. */
    public boolean isSectionIndex() {
        return baseName().equals("_index");
    }
}
