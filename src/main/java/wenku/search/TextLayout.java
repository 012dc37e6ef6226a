package wenku.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the text of every document goes: documents (in index order) are cut into pieces at block
 * boundaries, and at paragraph boundaries inside long blocks, and the pieces are packed in order into text
 * files of about {@code targetChars} characters. Small documents share a file; a long one spans several
 * (its "chunks"). A file is what the client fetches to show an excerpt or to confirm a phrase.
 *
 * <p>The text of a file, before compression, is a sequence of document parts:
 * {@code GS docNumber US url RS} followed by blocks {@code anchor US label US text RS}, where GS, US, RS are
 * U+001D, U+001F, U+001E and {@code label} is empty when it equals the anchor. When the text of a block
 * starts with its anchor ({@code 第二十条 …}), the first separator is FS (U+001C) instead of US and the
 * anchor is left out of the text. Control characters in the
 * input are replaced by spaces, line breaks kept (they separate paragraphs).
 *
 * <p>Immutable once built.
 */
final class TextLayout {
    static final char FS = '\u001C', GS = '\u001D', RS = '\u001E', US = '\u001F';

    /** A run of one block's text that lies in one file. */
    record Piece(int doc, SearchDocument.Block block, String text, boolean firstOfBlock) {
    }

    private final List<List<Piece>> files = new ArrayList<>();
    private final int[] fileStart;
    private final int[] fileCount;

    TextLayout(List<SearchDocument> docs, int targetChars) {
        int n = docs.size();
        fileStart = new int[n];
        fileCount = new int[n];
        List<Piece> cur = new ArrayList<>();
        int curChars = 0;
        for (int d = 0; d < n; d++) {
            List<Piece> pieces = pieces(d, docs.get(d), Math.max(targetChars, (docChars(docs.get(d)) + 29) / 30));
            int total = 0;
            for (Piece p : pieces) total += p.text.length();
            // keep a small document whole when the current file is already half full
            if (!cur.isEmpty() && total <= targetChars && curChars + total > targetChars && 2 * curChars >= targetChars) {
                files.add(cur);
                cur = new ArrayList<>();
                curChars = 0;
            }
            int first = -1, last = -1;
            for (Piece p : pieces) {
                if (!cur.isEmpty() && curChars + p.text.length() > targetChars) {
                    files.add(cur);
                    cur = new ArrayList<>();
                    curChars = 0;
                }
                cur.add(p);
                curChars += p.text.length() + 8;
                if (first < 0) first = files.size();
                last = files.size();
            }
            fileStart[d] = first;
            fileCount[d] = last - first + 1;
        }
        if (!cur.isEmpty()) files.add(cur);
    }

    private static int docChars(SearchDocument doc) {
        int c = 0;
        for (SearchDocument.Block b : doc.blocks()) c += b.text().length();
        return c;
    }

    private static List<Piece> pieces(int d, SearchDocument doc, int target) {
        List<Piece> out = new ArrayList<>();
        for (SearchDocument.Block b : doc.blocks()) {
            String text = clean(b.text());
            if (text.length() <= target) {
                out.add(new Piece(d, b, text, true));
                continue;
            }
            int start = 0;
            boolean first = true;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + target);
                if (end < text.length()) {
                    int nl = text.lastIndexOf('\n', end);
                    if (nl > start) end = nl + 1;
                    else {
                        nl = text.indexOf('\n', end);
                        end = nl < 0 ? text.length() : nl + 1;
                    }
                }
                out.add(new Piece(d, b, text.substring(start, end), first));
                first = false;
                start = end;
            }
        }
        if (out.isEmpty()) out.add(new Piece(d, new SearchDocument.Block("", "", ""), "", true));
        return out;
    }

    /** Control characters (the layout's separators among them) become spaces; line breaks stay. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' || c == '\u2028' || c == '\u2029') {
                if (sb == null) sb = new StringBuilder(s);
                sb.setCharAt(i, c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : ' ');
            }
        }
        return sb == null ? s : sb.toString();
    }

    int fileCount() {
        return files.size();
    }

    List<Piece> file(int i) {
        return files.get(i);
    }

    /** First text file of document {@code d}. */
    int fileStart(int d) {
        return fileStart[d];
    }

    /** Number of text files document {@code d} spans (at most {@link Postings#MAX_CHUNKS}). */
    int fileCount(int d) {
        return fileCount[d];
    }

    /** The uncompressed text of file {@code i} in the layout described above. */
    String fileText(int i, List<SearchDocument> docs) {
        StringBuilder sb = new StringBuilder();
        appendFileText(i, docs, sb);
        return sb.toString();
    }

    /** Appends the uncompressed text of file {@code i} (see {@link #fileText}) to {@code sb}. */
    void appendFileText(int i, List<SearchDocument> docs, StringBuilder sb) {
        int doc = -1;
        for (Piece p : files.get(i)) {
            if (p.doc != doc) {
                doc = p.doc;
                sb.append(GS).append(doc).append(US).append(clean(docs.get(doc).url())).append(RS);
            }
            String anchor = clean(p.block.anchor()).replace('\n', ' ');
            String label = clean(p.block.label()).replace('\n', ' ');
            boolean prefixed = !anchor.isEmpty() && p.firstOfBlock && p.text.startsWith(anchor);
            sb.append(anchor).append(prefixed ? FS : US).append(label.equals(anchor) ? "" : label).append(US)
                    .append(p.text, prefixed ? anchor.length() : 0, p.text.length()).append(RS);
        }
    }
}
