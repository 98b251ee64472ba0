package dev.careplan.benefit;

import dev.careplan.model.validation.Severity;

/**
 * The rules of 給付管理 (group {@code BEN}, section "L. Benefit calculation" of the rule catalogue): what {@link
 * AnnexCalculator} and {@link AnnexChecker} report. Each has a stable id, a default severity and its source.
 */
public enum BenefitRule {
    /** A サービスコード of the 第6表 or 第7表 is not in the service-code master. */
    MASTER("BEN-MASTER", Severity.ERROR, "サービスコードがサービスコードマスタにありません。",
            "The service code is not in the service-code master.", "issue 11 item 5 (never guess a code)"),
    /** 第7表 detail row: サービス単位金額 (No.17) ≠ 単位数 (No.13) × 回数／日数 (No.16). */
    LINE("BEN-LINE", Severity.ERROR, "サービス単位金額が単位数×回数と一致しません。",
            "サービス単位金額 (No.17) is not 単位数 (No.13) × 回数／日数 (No.16).", "beppyo7.md No.17"),
    /** 第7表 subtotal row (kind + AAAA/EEEE): a sum is not the sum of the provider × kind's detail rows. */
    SUBTOTAL("BEN-SUBTOTAL", Severity.ERROR, "小計行が明細行の合計と一致しません。",
            "A subtotal row is not the sum of its detail rows.", "beppyo7.md No.9 (AAAA/EEEE)"),
    /** 第7表 grand-total row (999999): a sum is not the sum of the user's rows. */
    TOTAL("BEN-TOTAL", Severity.ERROR, "合計行が各行の合計と一致しません。",
            "The grand-total row is not the sum of the rows.", "beppyo7.md No.9 (999999)"),
    /** 区分支給限度基準内単位数 + 基準超単位数 ≠ the units of the row (給付管理単位数, or サービス単位金額 outside the limit). */
    LIMIT_SPLIT("BEN-LIMIT", Severity.ERROR, "区分支給限度基準内単位数と基準超単位数の和が単位数と一致しません。",
            "区分支給限度基準内 (No.22) + 基準超 (No.21) units are not the units of the row.", "beppyo7.md No.18, 21, 22"),
    /** The 区分支給限度基準超単位数 of the user is not max(0, 給付管理単位数 − 区分支給限度基準額). */
    EXCESS("BEN-EXCESS", Severity.ERROR, "区分支給限度基準超単位数が限度額からの計算と一致しません。",
            "The units over the category limit are not max(0, 給付管理単位数 − limit).",
            "hosoku.md No.19; beppyo7.md No.18, 21"),
    /** 単位数単価 is not 10 × (1 + 上乗せ割合 × 人件費割合) for the provider's 地域区分. */
    PRICE("BEN-PRICE", Severity.ERROR, "単位数単価が地域区分と人件費割合からの単価と一致しません。",
            "単位数単価 (No.23) is not the price of the provider's regional grade and staff-cost share.",
            "平成27年厚生労働省告示第93号"),
    /** 費用総額 ≠ floor(区分支給限度基準内単位数 × 単位数単価). */
    COST("BEN-COST", Severity.ERROR, "費用総額が基準内単位数×単位数単価（円未満切捨て）と一致しません。",
            "費用総額 (No.24) is not floor(基準内単位数 × 単位数単価).", "beppyo7.md No.22-24"),
    /** 給付率 is not 90, 80 or 70. */
    RATE("BEN-RATE", Severity.ERROR, "給付率が90・80・70のいずれでもありません。",
            "給付率 (No.25) is not 90, 80 or 70.", "beppyo7.md No.25"),
    /** 保険／事業費請求額 ≠ floor(費用総額 × 給付率 / 100). */
    CLAIM("BEN-CLAIM", Severity.ERROR, "保険請求額が費用総額×給付率（円未満切捨て）と一致しません。",
            "保険／事業費請求額 (No.26) is not floor(費用総額 × 給付率 / 100).", "beppyo7.md No.24-26"),
    /** 利用者負担（保険対象分）≠ 費用総額 − 保険／事業費請求額. */
    COPAY("BEN-COPAY", Severity.ERROR, "利用者負担（保険対象分）が費用総額−請求額と一致しません。",
            "利用者負担保険対象分 (No.28) is not 費用総額 − 請求額.", "beppyo7.md No.24, 26, 28"),
    /** 利用者負担（全額負担分）≠ floor(区分支給限度基準超単位数 × 単位数単価). */
    FULL_BURDEN("BEN-FULL", Severity.ERROR, "利用者負担（全額負担分）が基準超単位数×単価（円未満切捨て）と一致しません。",
            "利用者負担全額負担分 (No.29) is not floor(基準超単位数 × 単位数単価).", "beppyo7.md No.21, 23, 29"),
    /** A 第7表 line differs from the recomputation from the 第6表 of the same user and month (missing, extra, other units). */
    RECALC("BEN-RECALC", Severity.ERROR, "第7表の行が第6表からの再計算と一致しません。",
            "A 第7表 row differs from the recomputation from the 第6表.", "README §5 (第6表 is the parent of 第7表)");

    private final String id;
    private final Severity severity;
    private final String ja;
    private final String en;
    private final String source;

    BenefitRule(String id, Severity severity, String ja, String en, String source) {
        this.id = id;
        this.severity = severity;
        this.ja = ja;
        this.en = en;
        this.source = source;
    }

    /** The stable rule id, e.g. {@code BEN-COST}. */
    public String id() {
        return id;
    }

    /** Default severity. */
    public Severity severity() {
        return severity;
    }

    /** What the rule says, in Japanese. */
    public String ja() {
        return ja;
    }

    /** What the rule says, in English. */
    public String en() {
        return en;
    }

    /** Where the rule comes from. */
    public String source() {
        return source;
    }
}
