package wenku.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order Chinese readers expect for names: by pinyin (甲 before 乙, 安全 before 培训), as in a dictionary,
 * with the code-point order breaking ties so that the order is total and deterministic.
 */
public final class ChineseOrder {
    /** Thread safe: a collator is used through a synchronized comparator. */
    public static final Comparator<String> COLLATOR = new Comparator<>() {
        private final Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

        @Override
        public int compare(String a, String b) {
            int c;
            synchronized (collator) {
                c = collator.compare(a, b);
            }
            return c != 0 ? c : a.compareTo(b);
        }
    };

    private ChineseOrder() {
    }
}
