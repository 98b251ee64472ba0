package dev.careplan.model.code;

/** First or repeated consultation (相談回数); 基本情報 No.10. */
public enum ConsultationVisit implements CodeList {
    /** 01 初回. */
    FIRST("01", "初回"),
    /** 02 再来. */
    REPEATED("02", "再来");

    private final String code;
    private final String label;

    ConsultationVisit(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static ConsultationVisit fromCode(String code) {
        return CodeList.parse(ConsultationVisit.class, code);
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
