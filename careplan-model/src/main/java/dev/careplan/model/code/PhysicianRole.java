package dev.careplan.model.code;

/** Attending physician or other (主治医・意見作成者フラグ); 別表2 No.8. */
public enum PhysicianRole implements CodeList {
    /** 1 主治医. */
    ATTENDING_PHYSICIAN("1", "主治医"),
    /** 2 それ以外. */
    OTHER("2", "それ以外");

    private final String code;
    private final String label;

    PhysicianRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static PhysicianRole fromCode(String code) {
        return CodeList.parse(PhysicianRole.class, code);
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
