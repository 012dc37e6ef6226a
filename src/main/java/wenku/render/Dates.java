package wenku.render;

import java.time.LocalDate;

/** Dates as Chinese readers write them: 2014年8月9日. Stateless. */
public final class Dates {
    private Dates() {
    }

    /** {@code 2014年8月9日}, or {@code null} for {@code null}. */
    public static String chinese(LocalDate d) {
        return d == null ? null : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** {@code 2014-08-09}, or {@code null}. */
    public static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
