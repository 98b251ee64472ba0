package dev.careplan.csv.spec;

/** The form a field's text must have (書式・選択肢 of the layout), as the validator checks it. */
public enum FieldFormat {
    /** CSVバージョン, YYYYMM of a known edition (VER-001). */
    VERSION,
    /** 保険者番号, 6 digits (FLD-INSURER). */
    INSURER,
    /** 被保険者番号, 10 digits or H + 9 digits (FLD-INSURED). */
    INSURED,
    /** Office number, 10 digits (FLD-OFFICE). */
    OFFICE,
    /** YYYYMMDD, a real date (FLD-DATE). */
    DATE,
    /** YYYYMMDD or {@code 00000000} (利用者補足情報 No.4 only). */
    DATE_OR_ZEROS,
    /** YYYYMM, a real month (FLD-YM). */
    MONTH,
    /** YYYYMM or {@code 000000} (利用者補足情報 No.63 only). */
    MONTH_OR_ZEROS,
    /** HHMM clock time (FLD-TIME). */
    TIME,
    /** HHMM or {@code 9999} (第6表 No.12/13). */
    TIME_OR_NONE,
    /** Free text (フリーテキスト): written inside double quotes (CSV-003). */
    FREE_TEXT,
    /** Printed as free text but meant as a 1–2 digit number (予防計画書別表 No.5/10/14, FLD-YOBONO). */
    FREE_TEXT_NUMBER,
    /** Text without a prescribed format (phone numbers, branch ids). */
    TEXT,
    /** Non-negative integer (FLD-DIGIT). */
    INTEGER,
    /** Integer that may be negative on reduction lines (第6表 No.8, 第7表 No.13). */
    SIGNED_INTEGER,
    /** Decimal 99.99 (第7表 単位数単価, FLD-DECIMAL). */
    DECIMAL,
    /** Postal code XXX-XXXX (FLD-POSTAL). */
    POSTAL,
    /** A value of a code list (FLD-CODE). */
    CODE,
    /** サービス種類コード. */
    SERVICE_KIND,
    /** 第6表 サービスコード (FLD-SVCCODE, FLD-SCOPE). */
    SERVICE_CODE,
    /** 第7表 サービスコード, also kind + AAAA/EEEE/ZZZZ or 999999. */
    ANNEX_SERVICE_CODE,
    /** 日割対象日, 31 × 0/1 (FLD-HIWARI). */
    PRORATED,
    /** TAISコード / 福祉用具届出コード (FLD-TAISFMT). */
    TAIS,
    /** 識別子, not used (FLD-UNUSED). */
    UNUSED
}
