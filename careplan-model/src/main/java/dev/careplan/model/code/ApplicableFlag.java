package dev.careplan.model.code;

/** Applicable or not (該当/非該当, 1/0); 基本情報 No.29–32, No.37–40. */
public enum ApplicableFlag implements CodeList {
    /** 1 該当. */
    APPLICABLE("1", "該当"),
    /** 0 非該当. */
    NOT_APPLICABLE("0", "非該当");

    private final String code;
    private final String label;

    ApplicableFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static ApplicableFlag fromCode(String code) {
        return CodeList.parse(ApplicableFlag.class, code);
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
