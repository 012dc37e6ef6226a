package wenku.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts folded text into search tokens: every Han character (a unigram) and every pair of adjacent Han
 * characters (a bigram), and words made of letters or of digits ({@code GB3836} gives {@code gb} and
 * {@code 3836}). Everything else (spaces, punctuation, line breaks) separates tokens: no bigram spans it,
 * so a phrase split across two paragraphs has no bigram joining its halves.
 *
 * <p>Stateless apart from the sink; not thread safe per instance only because the sink usually is not.
 */
final class Tokenizer {
    /** Longest word that is indexed; longer runs (hashes, long numbers) are cut to this length. */
    static final int MAX_WORD = 32;

    /** Receives tokens in text order. */
    interface Sink {
        /** A Han character; {@code previous} is the Han character just before it in the same run, or -1. */
        void han(int previous, int codePoint);

        /** A word of letters or of digits, already folded; {@code text.subSequence(start, end)}. */
        void word(CharSequence text, int start, int end);
    }

    private Tokenizer() {
    }

    /** Tokenizes text that is already folded with {@link Folding}. */
    static void tokenizeFolded(CharSequence s, Sink sink) {
        char[] a = new char[s.length()];
        for (int i = 0; i < a.length; i++) a[i] = s.charAt(i);
        tokenizeFolded(a, a.length, sink);
    }

    /** Tokenizes the first {@code n} characters of {@code s}, already folded with {@link Folding}. */
    static void tokenizeFolded(char[] s, int n, Sink sink) {
        CharSequence text = java.nio.CharBuffer.wrap(s, 0, n);
        int prevHan = -1;
        int wordStart = -1;
        int wordClass = Folding.OTHER;
        for (int i = 0; i < n; ) {
            char c = s[i];
            int cp = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])
                    ? Character.toCodePoint(c, s[i + 1]) : c;
            int len = cp > 0xFFFF ? 2 : 1;
            int k = Folding.classOf(cp);
            if (wordStart >= 0 && k != wordClass) {
                emitWord(text, wordStart, i, sink);
                wordStart = -1;
            }
            if (k == Folding.HAN) {
                sink.han(prevHan, cp);
                prevHan = cp;
            } else {
                prevHan = -1;
                if ((k == Folding.LETTER || k == Folding.DIGIT) && wordStart < 0) {
                    wordStart = i;
                    wordClass = k;
                }
            }
            i += len;
        }
        if (wordStart >= 0) emitWord(text, wordStart, n, sink);
    }

    private static void emitWord(CharSequence s, int start, int end, Sink sink) {
        sink.word(s, start, Math.min(end, start + MAX_WORD));
    }

    /** The tokens of raw text as readable strings, in order: for tests and diagnostics. */
    static List<String> tokens(String raw) {
        List<String> out = new ArrayList<>();
        tokenizeFolded(Folding.fold(raw), new Sink() {
            @Override
            public void han(int previous, int codePoint) {
                String c = new String(Character.toChars(codePoint));
                if (previous >= 0) out.add(new String(Character.toChars(previous)) + c);
                out.add(c);
            }

            @Override
            public void word(CharSequence text, int start, int end) {
                out.add(text.subSequence(start, end).toString());
            }
        });
        return out;
    }
}
