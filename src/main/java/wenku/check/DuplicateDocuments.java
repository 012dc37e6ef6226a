package wenku.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import wenku.build.ContentCheck;
import wenku.content.ContentTree;
import wenku.content.SourceDocument;
import wenku.content.TitleExtractor;
import wenku.problem.Problems;

/**
 * Finds the same text committed twice (a note copied into a second folder, a law saved under two names):
 * two documents whose bodies are equal once the title heading is left out, the text is NFKC-normalised
 * (full-width and half-width letters and digits alike) and all whitespace is removed. Each later copy,
 * in path order, gets a warning naming the first. Bodies shorter than {@value #MIN_CHARS} characters after
 * normalisation (stubs, empty section indexes) and section indexes are not compared.
 *
 * <p>Stateless.
 */
final class DuplicateDocuments implements ContentCheck {
    static final int MIN_CHARS = 20;

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public void check(Path contentDir, ContentTree tree, Problems problems) {
        Map<String, String> firstByHash = new HashMap<>();
        for (SourceDocument d : tree.documents()) {
            if (d.isSectionIndex()) continue;
            String text = normalised(d.body());
            if (text.length() < MIN_CHARS) continue;
            String first = firstByHash.putIfAbsent(sha256(text), d.path());
            if (first != null) {
                problems.warning(d.path(), d.bodyLine(), 1, "duplicates",
                        "same text as " + first + " (keep one of the two and link to it from the other place)");
            }
        }
    }

    static String normalised(String body) {
        String withoutTitle = TitleExtractor.header(body, null).body();
        String n = Normalizer.normalize(withoutTitle, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) sb.append(c);
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
