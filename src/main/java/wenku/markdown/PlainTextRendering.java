package wenku.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders flexmark's text nodes as flexmark does ({@code html.text(normalizeEOL(unescape(chars)))}), with a
 * shortcut for the common case: text without {@code \}, {@code &}, {@code <}, {@code >}, {@code "} or a carriage
 * return (or NUL, which flexmark turns into U+FFFD) comes out of those steps unchanged, so it is written as it is
 * instead of being run through three regular-expression passes. Text nodes are most of a page, so this is a large part of rendering time.
 *
 * <p>Immutable; thread safe.
 */
final class PlainTextRendering implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if (!rendererType.equals("HTML")) return;
        NodeRenderer renderer = () -> Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> {
            BasedSequence chars = node.getChars();
            // a sub-sequence of the source is a substring of it (toString() copies char by char)
            String s = chars instanceof SubSequence sub && sub.getBase() instanceof String source
                    ? source.substring(sub.getStartOffset(), sub.getEndOffset()) : chars.toString();
            if (isPlain(s)) {
                html.raw(s);
            } else {
                html.text(Escaping.normalizeEOL(chars.unescape()));
            }
        }));
        builder.nodeRendererFactory(options -> renderer);
    }

    /** True when unescaping, normalising line ends and escaping HTML all leave {@code s} as it is. */
    static boolean isPlain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\r' || c == 0) return false;
        }
        return true;
    }
}
