package wenku.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages are encoded as they are rendered; the bytes must be exactly String.getBytes(UTF_8)'s. */
class Utf8WriterTest {
    @Test
    void sameBytesAsStringGetBytesWhateverTheChunks() {
        char[] alphabet = {'a', '<', '\n', 'é', 'ß', '中', '文', '\u3000', '\uFFFD', '\uD83D', '\uDE00', '\uD840', '\uDC00', '\u07FF', '\u0800'};
        Random r = new Random(17);
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String s = sb.toString();
            Utf8Writer w = new Utf8Writer(r.nextInt(8));
            for (int at = 0; at < s.length(); ) {
                int n = Math.min(s.length() - at, r.nextInt(6));
                switch (r.nextInt(3)) {
                    case 0 -> w.write(s, at, n);
                    case 1 -> w.write(s.substring(at, at + n).toCharArray(), 0, n);
                    default -> {
                        if (n > 0) w.write(s.charAt(at));
                        n = Math.min(n, 1);
                    }
                }
                at += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.toByteArray(), s);
        }
    }
}
