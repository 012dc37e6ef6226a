package wenku.content;

/**
 * The text of a source file after decoding, with the encoding that was recognised.
 *
 * @param text     the text with line endings normalised to {@code \n} and no BOM
 * @param encoding the name of the encoding that was read ({@code UTF-8}, {@code UTF-16LE}, {@code GB18030} …)
 * @param hadBom   whether the file started with a byte-order mark
 */
public record DecodedText(String text, String encoding, boolean hadBom) {
    /** True when the file was not UTF-8 (a contributor may want to convert it). */
    public boolean isLegacyEncoding() {
        return !encoding.startsWith("UTF-");
    }
}
