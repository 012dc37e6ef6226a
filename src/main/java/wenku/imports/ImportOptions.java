package wenku.imports;

/**
 * What the person importing knows that the page does not say.
 *
 * @param category the category to put in the front matter ({@code null}: none)
 */
public record ImportOptions(String category) {
    /** No category. */
    public static ImportOptions defaults() {
        return new ImportOptions(null);
    }

    public ImportOptions withCategory(String c) {
        return new ImportOptions(c == null || c.isBlank() ? null : c.strip());
    }
}
