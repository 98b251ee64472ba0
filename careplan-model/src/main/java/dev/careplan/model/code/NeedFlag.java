package dev.careplan.model.code;

/** Needed or not (要/否, 1/2); 予防計画書 No.49–54. */
public enum NeedFlag implements CodeList {
    /** 1 要. */
    NEEDED("1", "要"),
    /** 2 否. */
    NOT_NEEDED("2", "否");

    private final String code;
    private final String label;

    NeedFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static NeedFlag fromCode(String code) {
        return CodeList.parse(NeedFlag.class, code);
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
