package dev.careplan.model.code;

/** Sex (性別); 補足 No.7, 基本情報 No.16. */
public enum Sex implements CodeList {
    /** 1 男性. */
    MALE("1", "男性"),
    /** 2 女性. */
    FEMALE("2", "女性");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static Sex fromCode(String code) {
        return CodeList.parse(Sex.class, code);
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
