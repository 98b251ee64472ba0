package dev.careplan.model.code;

/** Whether a service is an insurance benefit (保険対象区分), code table (5); 第2表 No.15. */
public enum InsuranceCovered implements CodeList {
    /** Y 対象. */
    COVERED("Y", "対象"),
    /** N 対象外. */
    NOT_COVERED("N", "対象外");

    private final String code;
    private final String label;

    InsuranceCovered(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static InsuranceCovered fromCode(String code) {
        return CodeList.parse(InsuranceCovered.class, code);
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
