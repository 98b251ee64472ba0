package dev.careplan.model.code;

/** Daily-life independence of the elderly with disabilities (障害高齢者の日常生活自立度); 基本情報 No.21. */
public enum PhysicalIndependence implements CodeList {
    /** 01 自立. */
    INDEPENDENT("01", "自立"),
    /** 11 J1. */
    J1("11", "J1"),
    /** 12 J2. */
    J2("12", "J2"),
    /** 21 A1. */
    A1("21", "A1"),
    /** 22 A2. */
    A2("22", "A2"),
    /** 31 B1. */
    B1("31", "B1"),
    /** 32 B2. */
    B2("32", "B2"),
    /** 41 C1. */
    C1("41", "C1"),
    /** 42 C2. */
    C2("42", "C2");

    private final String code;
    private final String label;

    PhysicalIndependence(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static PhysicalIndependence fromCode(String code) {
        return CodeList.parse(PhysicalIndependence.class, code);
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
