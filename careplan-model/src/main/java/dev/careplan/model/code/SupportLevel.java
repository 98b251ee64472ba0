package dev.careplan.model.code;

/** Support level (要支援状態区分), 1-digit codes; 予防計画書 No.14. */
public enum SupportLevel implements CodeList {
    /** 1 要支援１. */
    SUPPORT_1("1", "要支援１"),
    /** 2 要支援２. */
    SUPPORT_2("2", "要支援２"),
    /** 3 地域支援事業. */
    COMMUNITY_SUPPORT("3", "地域支援事業");

    private final String code;
    private final String label;

    SupportLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static SupportLevel fromCode(String code) {
        return CodeList.parse(SupportLevel.class, code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
