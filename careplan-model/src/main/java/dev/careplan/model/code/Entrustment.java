package dev.careplan.model.code;

/** Whether the plan work is entrusted (委託の有無); 基本情報 No.6, 予防計画書 No.6. */
public enum Entrustment implements CodeList {
    /** 1 自前. */
    OWN("1", "自前"),
    /** 2 委託. */
    ENTRUSTED("2", "委託");

    private final String code;
    private final String label;

    Entrustment(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static Entrustment fromCode(String code) {
        return CodeList.parse(Entrustment.class, code);
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
