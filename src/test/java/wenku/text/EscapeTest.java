package wenku.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeTest {
    @Test
    void jsonQuotesWhatJsonAndScriptsNeedAndKeepsChinese() {
        assertEquals("\"安全\\\"生产\\\\法\\n第一条\\t\\r\\u0001\\u2028\\u2029\"",
                Escape.json("安全\"生产\\法\n第一条\t\r\u0001\u2028\u2029"));
        StringBuilder sb = new StringBuilder("x=");
        Escape.json("", sb);
        assertEquals("x=\"\"", sb.toString());
    }

    @Test
    void xmlEscapesMarkupAndDropsWhatXmlForbids() {
        assertEquals("&lt;b&gt; &amp; &quot;第一条&quot; 'x'\n\t", Escape.xml("<b> & \"第一条\" 'x'\n\t\r\u0000\u001b\uFFFE"));
        assertEquals("", Escape.xml(null));
    }
}
