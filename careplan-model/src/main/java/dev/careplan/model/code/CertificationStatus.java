package dev.careplan.model.code;

/** Certification status (認定状況区分), code table (2); 補足 No.16, 第1表 No.17, 予防計画書 No.13. */
public enum CertificationStatus implements CodeList {
    /** 1 申請中. */
    APPLIED("1", "申請中"),
    /** 2 認定済. */
    CERTIFIED("2", "認定済");

    private final String code;
    private final String label;

    CertificationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The constant for a code; throws {@link dev.careplan.model.InvalidValueException} for an unknown one. */
    public static CertificationStatus fromCode(String code) {
        return CodeList.parse(CertificationStatus.class, code);
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
