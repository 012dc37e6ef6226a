package wenku.law;

import java.util.OptionalInt;

/**
 * Chinese numerals as written in laws, from 一 to 九千九百九十九: {@code 二十一}, {@code 一百零一},
 * {@code 一千零二十}, {@code 两百}.
 *
 * <p>{@link #parse} reads both the counting form with units ({@code 一千二百六十}) and the digit-by-digit form
 * used for years ({@code 一九九四}, {@code 二〇二一}). {@link #format} writes the counting form the way
 * legislative texts do: {@code 十一} (not 一十一), {@code 一百一十}, {@code 一千零二}.
 *
 * <p>Stateless and thread safe.
 */
public final class ChineseNumerals {
    /** Largest number {@link #format} writes and {@link #parse} reads in counting form. */
    public static final int MAX = 9999;

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /**
     * The value of a Chinese numeral, or empty when {@code text} is not one (including the empty string,
     * mixed scripts such as {@code 2十}, and colloquial abbreviations such as {@code 一千二} that could mean
     * two numbers).
     */
    public static OptionalInt parse(CharSequence text) {
        int n = text.length();
        if (n == 0) return OptionalInt.empty();
        boolean hasUnit = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (unit(c) > 0) hasUnit = true;
            else if (digit(c) < 0) return OptionalInt.empty();
        }
        return hasUnit ? parseCounting(text) : parsePositional(text);
    }

    /** True when {@code c} can be part of a Chinese numeral ({@code 零〇一…九两十百千}). */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /**
     * The counting form of {@code value}: {@code 1 → 一}, {@code 10 → 十}, {@code 101 → 一百零一},
     * {@code 1020 → 一千零二十}.
     *
     * @throws IllegalArgumentException when {@code value} is outside 1…{@value #MAX}
     */
    public static String format(int value) {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("only 1…" + MAX + " can be written, not " + value);
        }
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < units.length; i++) {
            int d = value / units[i] % 10;
            if (d == 0) {
                if (sb.length() > 0) pendingZero = true;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            boolean bareTen = units[i] == 10 && d == 1 && sb.length() == 0;
            if (!bareTen) sb.append(DIGITS.charAt(d));
            sb.append(names[i]);
        }
        return sb.toString();
    }

    /** {@code 一九九四} → 1994, {@code 二〇二一} → 2021, {@code 七} → 7. */
    private static OptionalInt parsePositional(CharSequence text) {
        if (text.length() > 4) return OptionalInt.empty();
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + digit(text.charAt(i));
        }
        return text.length() == 1 && value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalInt parseCounting(CharSequence text) {
        int total = 0;
        int pending = -1;        // digit waiting for its unit
        int lastUnit = 10_000;   // units must strictly decrease
        boolean zeroSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int u = unit(c);
            if (u > 0) {
                if (u >= lastUnit) return OptionalInt.empty();
                int d;
                if (pending >= 0) {
                    d = pending;
                } else if (u == 10 && (total == 0 || zeroSeen || lastUnit == 100)) {
                    d = 1;       // 十一, 一千零十, and the lenient 一百十
                } else {
                    return OptionalInt.empty();
                }
                if (d == 0) return OptionalInt.empty();
                total += d * u;
                lastUnit = u;
                pending = -1;
                zeroSeen = false;
            } else {
                int d = digit(c);
                if (pending >= 0) return OptionalInt.empty();       // 一二十
                if (d == 0) {
                    if (zeroSeen || total == 0) return OptionalInt.empty();
                    zeroSeen = true;
                    continue;
                }
                pending = d;
            }
        }
        if (pending >= 0) {
            // A trailing digit is a unit digit only after 十 or after 零 (一百零一); 一千二 is ambiguous.
            if (lastUnit != 10 && !zeroSeen) return OptionalInt.empty();
            total += pending;
        } else if (zeroSeen) {
            return OptionalInt.empty();   // 一百零
        }
        return total > 0 && total <= MAX ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇', 'Ｏ', '○' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
