package dev.careplan.model.code;

/** Course of a disease (経過); 別表2 No.10. */
public enum DiseaseProgress implements CodeList {
    /** 01 治療中. */
    IN_TREATMENT("01", "治療中"),
    /** 02 経過観察中. */
    UNDER_OBSERVATION("02", "経過観察中"),
    /** 03 その他. */
    OTHER("03", "その他");

    private final String code;
    private final String label;

    DiseaseProgress(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static DiseaseProgress fromCode(String code) {
        return CodeList.parse(DiseaseProgress.class, code);
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
