package wenku.content;

import java.nio.file.Path;

/**
 * A file next to the Markdown that is copied as it is: an image or an attachment.
 *
 * @param path content-relative path with {@code /} separators
 * @param file the file on disk
 * @param size its size in bytes
 */
public record Asset(String path, Path file, long size) {
}
