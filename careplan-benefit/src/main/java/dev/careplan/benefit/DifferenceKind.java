package dev.careplan.benefit;

/**
 * The kind of a difference between the 予定 (plan, 第6表 {@code UPPLAN}) and the 実績 (actuals, {@code UPJSK}) of a
 * month. One matched visit can show several kinds at once (e.g. a later time and another count).
 */
public enum DifferenceKind {
    /** 中止: a planned service with no matching actual (not delivered, cancelled). */
    CANCELLED("中止（予定のみ）", "cancelled (planned, not delivered)"),
    /** 追加: an actual service with no matching plan row (delivered but not planned). */
    ADDED("追加（実績のみ）", "added (delivered, not planned)"),
    /** 時間変更: the same visit at another start or end time (サービス開始/終了時刻, 第6表 No.12/13). */
    TIME_CHANGED("時間変更", "time changed"),
    /** サービスコード変更: the same visit (same provider, day, kind and start time) with another code, e.g. a 加算 added or removed. */
    SERVICE_CODE_CHANGED("サービスコード変更", "service code changed"),
    /** 回数変更: another サービス回数 (第6表 No.14). */
    COUNT_CHANGED("回数変更", "count changed"),
    /** 単位数変更: the same code with other 単位数 (第6表 No.8). */
    UNITS_CHANGED("単位数変更", "units changed"),
    /** 日割変更: other 日割対象日 (第6表 No.11). */
    PRORATED_DAYS_CHANGED("日割対象日変更", "pro-rated days changed"),
    /** 事業所変更: the same service on the same day delivered by another provider office (第6表 No.20). */
    PROVIDER_CHANGED("事業所変更", "provider changed"),
    /** 実績未受領: a planned service of a provider (office × kind) from which no 実績 was received for the month. */
    NOT_REPORTED("実績未受領", "no actuals received from the provider");

    private final String ja;
    private final String en;

    DifferenceKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** Japanese label. */
    public String ja() {
        return ja;
    }

    /** English label. */
    public String en() {
        return en;
    }
}
