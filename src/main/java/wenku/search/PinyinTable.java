package wenku.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin readings (ü written v, as on a keyboard) of the Han characters that occur in titles, so
 * that the client can match {@code anquanshengchanfa} or {@code aqscf} against 安全生产法. Characters with
 * several readings (行: xing, hang) keep all of them; the client accepts any.
 *
 * <p>Stateless.
 */
final class PinyinTable {
    private PinyinTable() {
    }

    /** Readings of every Han character in {@code texts}, ordered by character: {@code 行 -> [xing, hang]}. */
    static TreeMap<Character, List<String>> of(Iterable<String> texts) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        TreeMap<Character, List<String>> table = new TreeMap<>();
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (table.containsKey(c) || Folding.classOf(c) != Folding.HAN) continue;
                String[] readings;
                try {
                    readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
                } catch (BadHanyuPinyinOutputFormatCombination e) {
                    throw new IllegalStateException(e);
                }
                if (readings == null || readings.length == 0) continue;
                Set<String> unique = new LinkedHashSet<>();
                for (String r : readings) if (!r.isEmpty()) unique.add(r.replace("u:", "v"));
                if (!unique.isEmpty()) table.put(c, new ArrayList<>(unique));
            }
        }
        return table;
    }
}
