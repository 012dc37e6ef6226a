package wenku.search;

import wenku.text.Escape;

/**
 * The little JSON (really: JavaScript object literal) writing the index needs. Strings are quoted so that the
 * result is valid inside a script file (U+2028 and U+2029 escaped too).
 *
 * <p>Stateless.
 */
final class Json {
    private Json() {
    }

    static String quote(String s) {
        return Escape.json(s);
    }

    static void quote(String s, StringBuilder sb) {
        Escape.json(s, sb);
    }
}
