package wenku.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become links), made
 * cheap for text without links. The stock post-processor runs a word-boundary regular expression over every
 * text node; most Chinese paragraphs have no {@code :}, {@code @} or {@code .} at all, and without one of them
 * (or an entity {@code &…;} that could decode to one) no link can be found, so such text is not handed to it.
 *
 * <p>Immutable; thread safe.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    static boolean mayHoldLink(BasedSequence chars) {
        for (int i = 0, n = chars.length(); i < n; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '.' || c == '&') return true;
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor stock;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayHoldLink(node.getChars()) && !(node.getNext() instanceof TypographicText)) return;
                    if (stock == null) stock = new AutolinkNodePostProcessor(document);
                    stock.process(state, node);
                }
            };
        }
    }
}
