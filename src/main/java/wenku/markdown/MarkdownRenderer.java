package wenku.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to HTML with the extensions contributors use: tables, footnotes, strikethrough, task lists,
 * autolinks, definition lists and admonitions ({@code !!! note "提示"}). The HTML is not yet safe:
 * raw HTML passes through, and the {@code html} stage sanitises it, gives headings their ids and builds
 * the table of contents.
 *
 * <p>Configured once; {@link #render} is thread safe and may be called concurrently.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this(false);
    }

    /**
     * @param stock use flexmark's own text rendering, autolink and admonition extensions instead of wenku's faster
     *              ones (which must give the same HTML; tests compare the two)
     */
    MarkdownRenderer(boolean stock) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>();
        if (!stock) extensions.add(new PlainTextRendering()); // first: the first renderer for a node type wins
        extensions.addAll(List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                stock ? AutolinkExtension.create() : new Autolinks(),
                DefinitionExtension.create(),
                stock ? AdmonitionExtension.create() : new Admonitions()));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        options.set(Parser.HTML_BLOCK_DEEP_PARSER, false);
        Admonitions.computeOptionsOnce(options);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders Markdown to an HTML fragment.
     *
     * @throws MarkdownTooComplexException when the document is nested too deeply or has a paragraph or table too
     *                                      long to render in reasonable time ({@link ShapeLimits})
     */
    public String render(String markdown) {
        ShapeLimits.check(markdown);
        try {
            Document doc = parser.parse(markdown);
            return renderer.render(doc);
        } catch (StackOverflowError e) {
            throw new MarkdownTooComplexException("Markdown nested too deeply to render (flatten lists or quotes)");
        }
    }
}
