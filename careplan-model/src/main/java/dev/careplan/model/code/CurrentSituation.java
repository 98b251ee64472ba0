package dev.careplan.model.code;

/** User's current situation (利用者の現況); 基本情報 No.12. */
public enum CurrentSituation implements CodeList {
    /** 01 在宅. */
    AT_HOME("01", "在宅"),
    /** 02 入院又は入所中. */
    IN_HOSPITAL_OR_FACILITY("02", "入院又は入所中");

    private final String code;
    private final String label;

    CurrentSituation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static CurrentSituation fromCode(String code) {
        return CodeList.parse(CurrentSituation.class, code);
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
