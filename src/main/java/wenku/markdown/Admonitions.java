package wenku.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * Flexmark's admonition extension ({@code !!! note "提示"}), made cheap for documents that have none.
 * The stock block parser formats and compiles a regular expression for every line of every document, and
 * every parse and render re-reads twelve SVG icons from the jar to build its options. This extension gives the
 * stock parser only the lines that start with {@code !!!} or {@code ???} (the only lines its pattern can match,
 * so the result is the same), and {@link #computeOptionsOnce} puts the option maps into the configuration once.
 *
 * <p>Immutable; thread safe.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final AdmonitionExtension stock = (AdmonitionExtension) AdmonitionExtension.create();

    /** Sets the option maps the admonition parser and renderer would otherwise compute for every document. */
    static void computeOptionsOnce(MutableDataHolder options) {
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
        options.set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap());
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        stock.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new MarkerFirst(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        stock.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        stock.extend(builder, rendererType);
    }

    /** Asks the stock factory only about lines that begin with an admonition marker. */
    private static final class MarkerFirst implements CustomBlockParserFactory {
        private final CustomBlockParserFactory stock;

        MarkerFirst(CustomBlockParserFactory stock) {
            this.stock = stock;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory inner = stock.apply(options);
            return (ParserState state, MatchedBlockParser matched) ->
                    startsWithMarker(state.getLine(), state.getNextNonSpaceIndex()) ? inner.tryStart(state, matched) : BlockStart.none();
        }

        private static boolean startsWithMarker(BasedSequence line, int at) {
            if (at + 3 > line.length()) return false;
            char c = line.charAt(at);
            return (c == '!' || c == '?') && line.charAt(at + 1) == c && line.charAt(at + 2) == c;
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return stock.getLeadInHandler(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return stock.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return stock.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return stock.affectsGlobalScope();
        }
    }
}
