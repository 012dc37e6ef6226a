package wenku.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import wenku.content.ChinesePunctuation;
import wenku.content.ContentLoader;
import wenku.content.ContentTree;
import wenku.content.DecodedText;
import wenku.content.SourceDocument;
import wenku.content.TextDecoder;
import wenku.content.UndecodableTextException;
import wenku.problem.Problems;

/**
 * {@code wenku check --fix}: rewrites the Markdown files of a content folder in place, turning half-width
 * {@code , ; : ? ! ( )} between Chinese characters into full-width ({@link ChinesePunctuation#fix}) and saving
 * files that were GBK or UTF-16 as UTF-8. Everything else stays as it was: front matter, code, links, line
 * endings (CRLF files keep CRLF) and a UTF-8 byte-order mark. Files that need no change are not touched;
 * each changed file is replaced in one step (written beside it, then renamed over it).
 *
 * <p>Stateless.
 */
public final class ContentFixer {
    /**
     * One rewritten file.
     *
     * @param path          content-relative path
     * @param marks         punctuation marks made full-width
     * @param fromEncoding  the encoding it was converted from, or {@code null} when it was UTF-8 already
     */
    public record Fixed(String path, int marks, String fromEncoding) {
    }

    private ContentFixer() {
    }

    /** Fixes every Markdown file under {@code contentDir}; returns the files it changed, in path order. */
    public static List<Fixed> fix(Path contentDir) throws IOException {
        ContentTree tree = ContentLoader.load(contentDir, new Problems());
        List<Fixed> out = new ArrayList<>();
        for (SourceDocument d : tree.documents()) {
            Fixed f = fixFile(contentDir.resolve(d.path()), d.path());
            if (f != null) out.add(f);
        }
        return out;
    }

    private static Fixed fixFile(Path file, String path) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (UndecodableTextException e) {
            return null; // not text: check reports it, nothing to fix automatically
        }
        String text = decoded.text();
        int marks = ChinesePunctuation.find(text).size();
        boolean utf8 = decoded.encoding().equals("UTF-8");
        if (marks == 0 && utf8) return null;
        String fixed = marks == 0 ? text : ChinesePunctuation.fix(text);
        String raw = new String(bytes, Charset.forName(decoded.encoding()));
        if (raw.contains("\r\n")) fixed = fixed.replace("\n", "\r\n");
        ByteArrayOutputStream data = new ByteArrayOutputStream(bytes.length + 16);
        if (utf8 && decoded.hadBom()) data.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        data.write(fixed.getBytes(StandardCharsets.UTF_8));
        Path temp = Files.createTempFile(file.getParent(), ".wenku-fix-", ".tmp");
        try {
            Files.write(temp, data.toByteArray());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Fixed(path, marks, utf8 ? null : decoded.encoding());
    }
}
