package dev.careplan.model.code;

/** Plan category (計画書区分), code table (1); 第1表 No.16, 介護予防サービス・支援計画書 No.12. */
public enum PlanCategory implements CodeList {
    /** 11 初回. */
    FIRST("11", "初回"),
    /** 12 紹介. */
    REFERRAL("12", "紹介"),
    /** 21 継続. */
    CONTINUATION("21", "継続"),
    /** 51 初回＆紹介. */
    FIRST_AND_REFERRAL("51", "初回＆紹介"),
    /** 52 初回＆継続. */
    FIRST_AND_CONTINUATION("52", "初回＆継続"),
    /** 53 紹介＆継続. */
    REFERRAL_AND_CONTINUATION("53", "紹介＆継続"),
    /** 54 初回＆紹介＆継続. */
    FIRST_REFERRAL_AND_CONTINUATION("54", "初回＆紹介＆継続");

    private final String code;
    private final String label;

    PlanCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static PlanCategory fromCode(String code) {
        return CodeList.parse(PlanCategory.class, code);
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
