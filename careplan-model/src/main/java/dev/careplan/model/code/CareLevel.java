package dev.careplan.model.code;

/** Care level (要介護状態区分), 居宅 variant, code table (3); 補足 No.18/No.59, 第1表 No.21. */
public enum CareLevel implements CodeList {
    /** 06 事業対象者. */
    BUSINESS_ELIGIBLE("06", "事業対象者"),
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

    CareLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static CareLevel fromCode(String code) {
        return CodeList.parse(CareLevel.class, code);
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
