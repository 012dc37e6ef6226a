package wenku.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What contributors' PCs write is read as they meant it, and anything else is refused with its byte offset. */
class TextDecoderTest {
    static final String TEXT = "# 安全生产责任制\n\n第一条　为了加强安全生产工作，防止和减少生产安全事故。\n“引号”、《书名》……——①②\n";
    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        DecodedText plain = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, plain.text());
        assertEquals("UTF-8", plain.encoding());
        DecodedText bom = TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, bom.text(), "the BOM is not part of the text");
        assertTrue(bom.hadBom());
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        DecodedText le = TextDecoder.decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(TEXT, le.text());
        assertEquals("UTF-16LE", le.encoding());
        DecodedText be = TextDecoder.decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(TEXT, be.text());
        assertEquals("UTF-16BE", be.encoding());
    }

    @Test
    void gbkAndGb18030() throws Exception {
        DecodedText gbk = TextDecoder.decode(TEXT.getBytes(GBK));
        assertEquals(TEXT, gbk.text());
        assertTrue(gbk.isLegacyEncoding());
        // a rare name character outside GB2312 (镕) and a four-byte GB18030 character (𠀀) among common text
        String rare = TEXT.repeat(3) + "朱镕基同志指出，𠀀字也能读。\n";
        assertEquals(rare, TextDecoder.decode(rare.getBytes(GB18030)).text());
    }

    @Test
    void lineEndingsAllBecomeLf() throws Exception {
        String crlf = TEXT.replace("\n", "\r\n");
        String cr = TEXT.replace("\n", "\r");
        assertEquals(TEXT, TextDecoder.decode(crlf.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(TEXT, TextDecoder.decode(cr.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(TEXT, TextDecoder.decode(crlf.getBytes(GBK)).text());
        assertEquals(TEXT, TextDecoder.decode(concat(bytes(0xFF, 0xFE), cr.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals("a\n\nb\n", TextDecoder.decode("a\r\n\rb\r".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void latin1IsRefusedAtTheFirstBadByteNotReadAsChinese() {
        for (String s : new String[] {"Café au lait\n", "Müller and Søren went to Zürich. Ça va très bien.\n",
                "Grüße aus Köln, schöne Größe\n"}) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            int first = 0;
            while ((b[first] & 0xFF) < 0x80) first++;
            UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(b), s);
            assertEquals(first, e.byteOffset(), s);
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        }
        byte[] windows1252 = "“Smart quotes” – and a dash\n".getBytes(Charset.forName("windows-1252"));
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(windows1252));
    }

    @Test
    void binaryIsRefusedWithTheOffset() {
        Random r = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[64 + r.nextInt(4096)];
            r.nextBytes(b);
            b[0] = 'x'; // no BOM
            UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(b));
            assertTrue(e.byteOffset() >= 0 && e.byteOffset() < b.length, "offset " + e.byteOffset());
        }
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D);
        assertEquals(0, assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(png)).byteOffset());
        byte[] utf16NoBom = "安全abc".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(utf16NoBom)).getMessage().contains("UTF-16"));
        byte[] utf32 = concat(bytes(0xFF, 0xFE, 0, 0), "a".getBytes(Charset.forName("UTF-32LE")));
        assertTrue(assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(utf32)).getMessage().contains("UTF-32"));
    }

    @Test
    void brokenUtf8InsideChineseTextIsReportedWhereItBreaks() {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, bytes(0xE5, 0xAE)); // a character cut in half at the end
        assertEquals(good.length, assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(bad)).byteOffset());
        byte[] surrogate = concat(good, bytes(0xED, 0xA0, 0x80)); // CESU-8 surrogate
        assertEquals(good.length, assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(surrogate)).byteOffset());
        assertEquals(4, TextDecoder.lineAt(good, good.length - 1));
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
        assertEquals("", TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF)).text());
        assertEquals("", TextDecoder.decode(bytes(0xFF, 0xFE)).text());
    }
}
