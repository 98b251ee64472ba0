package dev.careplan.model.code;

/** Over-30-days indicator (３０日超区分); 第6表 No.23, 第7表 No.33. */
public enum Over30DaysFlag implements CodeList {
    /** 1 該当. */
    APPLICABLE("1", "該当"),
    /** 0 非該当. */
    NOT_APPLICABLE("0", "非該当");

    private final String code;
    private final String label;

    Over30DaysFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static Over30DaysFlag fromCode(String code) {
        return CodeList.parse(Over30DaysFlag.class, code);
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
