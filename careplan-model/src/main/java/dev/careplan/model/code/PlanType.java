package dev.careplan.model.code;

/** Plan type (計画種類); 基本情報 No.5, 予防計画書 No.5. */
public enum PlanType implements CodeList {
    /** 1 介護予防支援. */
    PREVENTIVE_CARE_SUPPORT("1", "介護予防支援"),
    /** 2 介護予防ケアマネジメント. */
    PREVENTIVE_CARE_MANAGEMENT("2", "介護予防ケアマネジメント");

    private final String code;
    private final String label;

    PlanType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static PlanType fromCode(String code) {
        return CodeList.parse(PlanType.class, code);
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
