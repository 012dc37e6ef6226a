package wenku.search;

import java.nio.file.Path;
import java.util.*;

/** Development only: where the bits of the index go. */
final class DevStats {
    public static void main(String[] args) {
        List<SearchDocument> docs = new ArrayList<>(DevCorpus.load(Path.of(args[0])));
        docs.sort(Comparator.comparing(SearchDocument::url));
        TextLayout layout = new TextLayout(docs, Integer.parseInt(args[1]));
        int n = docs.size();
        int[] fc = new int[n];
        for (int d = 0; d < n; d++) fc[d] = layout.fileCount(d);
        long multi = Arrays.stream(fc).filter(x -> x > 1).count();
        System.out.println("files " + layout.fileCount() + " multi-file docs " + multi);
        Postings p = new Postings();
        StringBuilder folded = new StringBuilder();
        int doc = -1;
        for (int f = 0; f < layout.fileCount(); f++) for (TextLayout.Piece piece : layout.file(f)) {
            if (piece.doc() != doc) { if (doc >= 0) p.endDocument(); doc = piece.doc(); p.startDocument(doc, fc[doc]); }
            p.chunk(f - layout.fileStart(doc));
            folded.setLength(0); Folding.appendFolded(piece.text(), folded); Tokenizer.tokenizeFolded(folded, p);
        }
        p.endDocument();
        String[] text = new String[p.termCount()];
        Integer[] order = new Integer[p.termCount()];
        for (int t = 0; t < text.length; t++) { text[t] = p.text(t); order[t] = t; }
        Arrays.sort(order, (a, b) -> text[a].compareTo(text[b]));
        long keyBits = 0, postBits = 0, lenBits = 0; int df1 = 0;
        String prev = "";
        long[] byKind = new long[3];
        for (Integer t : order) {
            BitWriter k = new BitWriter(); Shards.writeKey(k, prev, text[t]); prev = text[t]; keyBits += k.bitLength();
            BitWriter l = Shards.encode(p.list(t), fc, n, !Shards.isUnigram(text[t])); postBits += l.bitLength();
            BitWriter g = new BitWriter(); g.gamma(l.bitLength() + 1); lenBits += g.bitLength();
            int kind = text[t].length() == 1 && Folding.classOf(text[t].charAt(0)) == Folding.HAN ? 0 : Folding.classOf(text[t].charAt(0)) == Folding.HAN ? 1 : 2;
            byKind[kind] += l.bitLength() + k.bitLength();
        }
        System.out.printf("terms %d keys %.2f MB postings %.2f MB lengths %.2f MB; unigram %.2f bigram %.2f word %.2f MB%n", text.length, keyBits / 8e6, postBits / 8e6, lenBits / 8e6, byKind[0] / 8e6, byKind[1] / 8e6, byKind[2] / 8e6);
    }
}
