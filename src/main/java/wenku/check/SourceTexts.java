package wenku.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import wenku.content.DecodedText;
import wenku.content.TextDecoder;
import wenku.content.UndecodableTextException;

/**
 * The text of content files as written (front matter included), read once per check run and shared by
 * the checks that look at more than the loader keeps: the encoding, punctuation, the line a key is on.
 *
 * <p>Thread safe.
 */
final class SourceTexts {
    private final Map<Path, DecodedText> texts = new ConcurrentHashMap<>();

    /**
     * The decoded text of a content file, or {@code null} when it cannot be read or decoded (the loader has
     * reported that already).
     */
    DecodedText get(Path contentDir, String path) {
        Path file = contentDir.resolve(path).toAbsolutePath().normalize();
        DecodedText t = texts.get(file);
        if (t != null) return t;
        try {
            t = TextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException | UndecodableTextException e) {
            return null;
        }
        texts.put(file, t);
        return t;
    }

    /** The 1-based line of {@code key:} in the front matter of a text, or 1 when it is not found. */
    static int lineOfKey(String text, String key) {
        if (!text.startsWith("---")) return 1;
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) break;
            if (l.startsWith(key) && l.substring(key.length()).stripLeading().startsWith(":")) return i + 1;
            if (l.startsWith("\"" + key + "\"") || l.startsWith("'" + key + "'")) return i + 1;
        }
        return 1;
    }
}
