package wenku.law;

import java.time.LocalDate;

/**
 * One dated line of a law's history: {@code 2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议…修正}.
 * Immutable.
 *
 * @param date the date the line starts with
 * @param kind what happened on that date
 * @param text the rest of the line (organ, meeting, decision), as written, without the date; continuation
 *             lines that the source wrapped are joined
 */
public record HistoryEntry(LocalDate date, Kind kind, String text) {

    /** What a dated line records. */
    public enum Kind {
        /** 通过: adopted by a legislature or a court's adjudication committee. */
        ADOPTED("通过"),
        /** 公布, 发布, 颁布, 印发: promulgated. */
        PROMULGATED("公布"),
        /** 批准: approved by a higher organ. */
        APPROVED("批准"),
        /** 修正: amended (by a decision, or a numbered amendment). */
        AMENDED("修正"),
        /** 修订: revised as a whole. */
        REVISED("修订"),
        /** 施行, 执行, 生效: took effect. */
        EFFECTIVE("施行"),
        /** Anything else, such as the bare signing date of a notice. */
        OTHER("");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese word shown to readers: 通过, 公布, 批准, 修正, 修订, 施行; {@code ""} for {@link #OTHER}. */
        public String label() {
            return label;
        }

        /** True for the kinds that produce a new text: adoption, promulgation, amendment, revision. */
        public boolean changesText() {
            return this == ADOPTED || this == PROMULGATED || this == AMENDED || this == REVISED;
        }

        /**
         * The kind a line's text (without its date) records. Titles in 《》 and 〈〉 are ignored, so that
         * 《关于修改…的决定》 does not count as a revision; 修订 and 修正 win over 通过 (修订通过 is a revision),
         * otherwise the first keyword wins (公布 in {@code 公布 自2014年1月1日起施行}).
         */
        static Kind of(String text) {
            String plain = text.replaceAll("《[^》]*》?|〈[^〉]*〉?|<[^>]*>", "");
            if (plain.contains("修订")) return REVISED;
            if (plain.contains("修正") || plain.contains("修改")) return AMENDED;
            Kind found = OTHER;
            int at = Integer.MAX_VALUE;
            String[][] words = {
                    {"通过", "ADOPTED"}, {"公布", "PROMULGATED"}, {"发布", "PROMULGATED"}, {"颁布", "PROMULGATED"},
                    {"印发", "PROMULGATED"}, {"批准", "APPROVED"}, {"施行", "EFFECTIVE"}, {"执行", "EFFECTIVE"},
                    {"生效", "EFFECTIVE"}};
            for (String[] w : words) {
                int i = plain.indexOf(w[0]);
                if (i >= 0 && i < at) {
                    at = i;
                    found = Kind.valueOf(w[1]);
                }
            }
            return found;
        }
    }
}
