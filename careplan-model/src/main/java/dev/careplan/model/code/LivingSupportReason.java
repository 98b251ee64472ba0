package dev.careplan.model.code;

/** Reason for living-support-centred home help (生活援助中心型の算定理由), code table (4); 第1表 No.25. */
public enum LivingSupportReason implements CodeList {
    /** 1 一人暮らし. */
    LIVES_ALONE("1", "一人暮らし"),
    /** 2 家族等が障害、疾病等. */
    FAMILY_DISABLED_OR_ILL("2", "家族等が障害、疾病等"),
    /** 3 その他. */
    OTHER("3", "その他");

    private final String code;
    private final String label;

    LivingSupportReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static LivingSupportReason fromCode(String code) {
        return CodeList.parse(LivingSupportReason.class, code);
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
