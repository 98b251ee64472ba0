package dev.careplan.model.code;

/** Daily-life independence of the elderly with dementia (認知症高齢者の日常生活自立度); 基本情報 No.22. */
public enum DementiaIndependence implements CodeList {
    /** 01 自立. */
    INDEPENDENT("01", "自立"),
    /** 02 Ⅰ. */
    I("02", "Ⅰ"),
    /** 03 Ⅱａ. */
    IIA("03", "Ⅱａ"),
    /** 04 Ⅱｂ. */
    IIB("04", "Ⅱｂ"),
    /** 05 Ⅲａ. */
    IIIA("05", "Ⅲａ"),
    /** 06 Ⅲｂ. */
    IIIB("06", "Ⅲｂ"),
    /** 07 Ⅳ. */
    IV("07", "Ⅳ"),
    /** 08 Ｍ. */
    M("08", "Ｍ");

    private final String code;
    private final String label;

    DementiaIndependence(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static DementiaIndependence fromCode(String code) {
        return CodeList.parse(DementiaIndependence.class, code);
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
