package dev.careplan.model.code;

/** Housing type (居住形態); 基本情報 No.34. */
public enum HousingType implements CodeList {
    /** 01 自宅. */
    OWN_HOME("01", "自宅"),
    /** 02 借家. */
    RENTED("02", "借家"),
    /** 03 一戸建て. */
    DETACHED("03", "一戸建て"),
    /** 04 集合住宅. */
    APARTMENT("04", "集合住宅"),
    /** 05 自宅・一戸建て. */
    OWN_DETACHED("05", "自宅・一戸建て"),
    /** 06 自宅・集合住宅. */
    OWN_APARTMENT("06", "自宅・集合住宅"),
    /** 07 借家・一戸建て. */
    RENTED_DETACHED("07", "借家・一戸建て"),
    /** 08 借家・集合住宅. */
    RENTED_APARTMENT("08", "借家・集合住宅");

    private final String code;
    private final String label;

    HousingType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static HousingType fromCode(String code) {
        return CodeList.parse(HousingType.class, code);
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
