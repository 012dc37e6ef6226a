package wenku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void hanTextGivesEveryCharacterAndEveryAdjacentPair() {
        assertEquals(List.of("安", "安全", "全", "全生", "生", "生产", "产", "产法", "法"), Tokenizer.tokens("安全生产法"));
    }

    @Test
    void punctuationSpacesAndLineBreaksSeparateTokens() {
        List<String> t = Tokenizer.tokens("安全、生产\n经营 单位");
        assertFalse(t.contains("全生"), t.toString());
        assertFalse(t.contains("产经"), t.toString());
        assertFalse(t.contains("营单"), t.toString());
        assertTrue(t.containsAll(List.of("安全", "生产", "经营", "单位")), t.toString());
    }

    @Test
    void lettersAndDigitsAreWordsSplitWhereLettersMeetDigits() {
        assertEquals(List.of("gb", "3836", "1", "2010"), Tokenizer.tokens("GB 3836.1-2010"));
        assertEquals(List.of("gb", "3836"), Tokenizer.tokens("GB3836"));
        assertEquals(List.of("iso", "9001", "质", "质量"), Tokenizer.tokens("ISO9001质量").subList(0, 4));
    }

    @Test
    void fullWidthAndHalfWidthFormsAreTheSameTokens() {
        assertEquals(Tokenizer.tokens("GB 3836-2021 第20条"), Tokenizer.tokens("ＧＢ　３８３６－２０２１　第２０条"));
        assertEquals(List.of("1"), Tokenizer.tokens("①"));
        assertEquals(Tokenizer.tokens("方"), Tokenizer.tokens("\u2F45")); // Kangxi radical 方 folds to the ideograph
    }

    @Test
    void veryLongWordsAreCut() {
        String w = "a".repeat(100);
        assertEquals(List.of("a".repeat(Tokenizer.MAX_WORD)), Tokenizer.tokens(w));
    }

    @Test
    void textFoldedInPlaceIsFoldedAsEverywhereElse() {
        String[] samples = {"安全生产法 GB/T 3836.1-2010", "ＧＢ　３８３６－２０２１，第２０条。", "ﬁre ＡＢＣ ①② ㍿ \u2F45",
            "𠀀人 a\uD800b \uDC00 末尾\uD840", "", "ABC"};
        Folding.Buffer buffer = new Folding.Buffer();
        StringBuilder all = new StringBuilder();
        for (String s : samples) {
            Folding.appendFolded(s, buffer);
            all.append(Folding.fold(s));
        }
        assertEquals(all.toString(), new String(buffer.chars, 0, buffer.length));
    }

    @Test
    void supplementaryHanCharactersAreTokensToo() {
        assertEquals(List.of("𠀀", "𠀀人", "人"), Tokenizer.tokens("𠀀人"));
    }
}
