package dev.careplan.model.code;

/** Day of week (曜日), ISO-8601 numbering (1 = Monday); 第3表 No.7. */
public enum DayOfWeekCode implements CodeList {
    /** 1 月曜日. */
    MONDAY("1", "月曜日"),
    /** 2 火曜日. */
    TUESDAY("2", "火曜日"),
    /** 3 水曜日. */
    WEDNESDAY("3", "水曜日"),
    /** 4 木曜日. */
    THURSDAY("4", "木曜日"),
    /** 5 金曜日. */
    FRIDAY("5", "金曜日"),
    /** 6 土曜日. */
    SATURDAY("6", "土曜日"),
    /** 7 日曜日. */
    SUNDAY("7", "日曜日");

    private final String code;
    private final String label;

    DayOfWeekCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static DayOfWeekCode fromCode(String code) {
        return CodeList.parse(DayOfWeekCode.class, code);
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
