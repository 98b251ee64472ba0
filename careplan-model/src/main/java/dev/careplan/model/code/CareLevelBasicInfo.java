package dev.careplan.model.code;

/** Care level of the 利用者基本情報 (要介護状態区分, variant 3a: 01 非該当 instead of 06); 基本情報 No.23/No.26. */
public enum CareLevelBasicInfo implements CodeList {
    /** 01 非該当. */
    NOT_APPLICABLE("01", "非該当"),
    /** 12 要支援１. */
    SUPPORT_1("12", "要支援１"),
    /** 13 要支援２. */
    SUPPORT_2("13", "要支援２"),
    /** 21 要介護１. */
    CARE_1("21", "要介護１"),
    /** 22 要介護２. */
    CARE_2("22", "要介護２"),
    /** 23 要介護３. */
    CARE_3("23", "要介護３"),
    /** 24 要介護４. */
    CARE_4("24", "要介護４"),
    /** 25 要介護５. */
    CARE_5("25", "要介護５");

    private final String code;
    private final String label;

    CareLevelBasicInfo(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static CareLevelBasicInfo fromCode(String code) {
        return CodeList.parse(CareLevelBasicInfo.class, code);
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
