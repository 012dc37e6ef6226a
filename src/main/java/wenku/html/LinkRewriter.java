package wenku.html;

/**
 * Decides where a link or image in a page's body points after the build. Implemented by the build,
 * which knows every page and asset; the HTML stage only asks.
 *
 * <p>Implementations must be thread safe: pages are processed in parallel.
 */
public interface LinkRewriter {

    /**
     * @param href  the link target as written (relative, never with a scheme: external links are not asked about)
     * @param image true for {@code img src}, false for {@code a href}
     * @return the href to write into the page, or {@code null} when the target does not exist
     *         (the link is then reported by the rewriter and left as written)
     */
    String rewrite(String href, boolean image);

    /** Leaves every link as written. */
    LinkRewriter IDENTITY = (href, image) -> href;
}
