package wenku.imports;

import java.util.Objects;

/**
 * Turns an article copied from a web page into a clean note:
 * <pre>{@code
 * ImportedArticle a = WebArticleImporter.fromText(text, ImportOptions.defaults().withCategory("经验交流"));
 * Files.writeString(path, a.toMarkdown());
 * }</pre>
 *
 * <p>The text is what a browser gives when the page is selected and copied (or what {@code wenku.html.HtmlToText}
 * makes of a saved page): one block per line. The importer removes site chrome (app download prompts, share
 * buttons, "猜你喜欢"/"相关阅读" lists of other titles, repeated titles and bylines, footers and copyright lines),
 * reads title, date, author, unit (作者单位), source and issue, keywords, editor, 发文字号, 基金项目 and 摘要, recognises
 * section headings, and rewrites half-width punctuation between Chinese characters to full width.
 *
 * <p>Stateless and thread safe.
 */
public final class WebArticleImporter {
    private WebArticleImporter() {
    }

    /**
     * @param text    the copied page, any line endings
     * @param options what the page does not say (category)
     * @throws NotAnArticleException when no title or no article text can be found
     */
    public static ImportedArticle fromText(String text, ImportOptions options) throws NotAnArticleException {
        Objects.requireNonNull(text, "text");
        return new ArticleReader(text, options == null ? ImportOptions.defaults() : options).read();
    }
}
