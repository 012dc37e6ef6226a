package wenku.imports;

/** The text does not contain an article that can be imported (no title, or nothing left once page chrome is removed). */
public final class NotAnArticleException extends Exception {
    public NotAnArticleException(String message) {
        super(message);
    }
}
