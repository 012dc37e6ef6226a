package wenku.site;

import java.util.List;

/**
 * A way of classifying pages (分类, 标签, 单位, 作者) with its terms.
 *
 * <p>Immutable.
 *
 * @param key    the URL folder and template key: {@code categories}, {@code tags}, {@code units}, {@code authors}
 * @param label  what readers see, e.g. {@code 标签}
 * @param url    the index page, e.g. {@code tags/index.html}
 * @param terms  the terms, most used first, then by name
 */
public record Taxonomy(String key, String label, String url, List<Term> terms) {

    /**
     * One value of a taxonomy and the pages that carry it.
     *
     * @param name    the value as written
     * @param url     its page, e.g. {@code tags/安全.html}
     * @param pageIds pages with this value, newest first
     */
    public record Term(String name, String url, List<Integer> pageIds) {
        public int count() {
            return pageIds.size();
        }
    }
}
