package dev.careplan.model.code;

/** Present or not (有/無, 1/2); 基本情報 No.36, 予防計画書 No.26/30/34/38. */
public enum PresenceFlag implements CodeList {
    /** 1 有. */
    PRESENT("1", "有"),
    /** 2 無. */
    ABSENT("2", "無");

    private final String code;
    private final String label;

    PresenceFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static PresenceFlag fromCode(String code) {
        return CodeList.parse(PresenceFlag.class, code);
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
