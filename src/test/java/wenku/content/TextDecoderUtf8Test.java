package wenku.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 decoding stays strict with its fast path: bytes that are not UTF-8 are never read as UTF-8 with
 * replacement characters; they are read as GBK when they are that, else reported at their offset.
 */
class TextDecoderUtf8Test {
    @Test
    void binaryIsRefused() {
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0xE5, (byte) 0xAE, (byte) 0x89, (byte) 0xFF, (byte) 0xFE, 0x01, 0x02}));
        assertEquals(3, e.byteOffset());
    }

    @Test
    void validTextIncludingARealReplacementCharacterDecodes() throws Exception {
        String text = "第一条　安全生产 ABC \uFFFD 😀\n";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("UTF-8", TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).encoding());
    }

    @Test
    void notUtf8IsReadAsGbkOrReportedWhereTheBadByteIs() {
        byte[] good = "安全abc".getBytes(StandardCharsets.UTF_8); // 9 bytes
        byte[][] bad = {
                {(byte) 0xC3, 0x28},                              // a lead byte without its continuation
                {(byte) 0xC0, (byte) 0xAF},                       // overlong '/'
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},          // a UTF-16 surrogate
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // 5-byte form
        };
        for (byte[] b : bad) {
            byte[] in = new byte[good.length + b.length + 1];
            System.arraycopy(good, 0, in, 0, good.length);
            System.arraycopy(b, 0, in, good.length, b.length);
            in[in.length - 1] = 'x';
            try {
                DecodedText d = TextDecoder.decode(in);
                assertEquals("GB18030", d.encoding());
                assertEquals(-1, d.text().indexOf('\uFFFD'), d.text());
            } catch (UndecodableTextException e) {
                assertEquals(good.length, e.byteOffset());
            }
        }
    }
}
