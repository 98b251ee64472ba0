package dev.careplan.model.code;

/** Result of the basic checklist (基本チェックリスト記入結果); 基本情報 No.27. */
public enum ChecklistResult implements CodeList {
    /** 1 事業対象者の該当あり. */
    ELIGIBLE("1", "事業対象者の該当あり"),
    /** 2 事業対象者の該当なし. */
    NOT_ELIGIBLE("2", "事業対象者の該当なし");

    private final String code;
    private final String label;

    ChecklistResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static ChecklistResult fromCode(String code) {
        return CodeList.parse(ChecklistResult.class, code);
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
