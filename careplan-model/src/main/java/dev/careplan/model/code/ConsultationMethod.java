package dev.careplan.model.code;

/** Consultation method (相談方法); 基本情報 No.8. */
public enum ConsultationMethod implements CodeList {
    /** 01 来所. */
    VISIT("01", "来所"),
    /** 02 電話. */
    PHONE("02", "電話"),
    /** 03 その他. */
    OTHER("03", "その他");

    private final String code;
    private final String label;

    ConsultationMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static ConsultationMethod fromCode(String code) {
        return CodeList.parse(ConsultationMethod.class, code);
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
