package dev.careplan.model.validation;

import jakarta.validation.Payload;

/**
 * Payload markers that tie a standard constraint ({@code @Size}, {@code @Digits}, …) to its rule id of the standard's
 * rule catalogue (rules.md) and set its default severity: one rule marker and, for a warning, {@link Warning}.
 * The model's own constraints name their rule in their {@code ruleId} and {@code warning} attributes instead.
 */
public final class Rule {
    private Rule() {
    }

    /** Default severity WARNING instead of ERROR. */
    public interface Warning extends Payload {
    }

    /** FLD-REQ: required field is empty. */
    public interface FldReq extends Payload {
    }

    /** FLD-LEN: value longer than the field allows. */
    public interface FldLen extends Payload {
    }

    /** FLD-DIGIT: integer field out of its form. */
    public interface FldDigit extends Payload {
    }

    /** FLD-DECIMAL: 単位数単価 not of the form 99.99. */
    public interface FldDecimal extends Payload {
    }

    /** FLD-POSTAL: postal code not XXX-XXXX. */
    public interface FldPostal extends Payload {
    }

    /** FLD-RANGE: 第2表 ＮＯ not 1–99. */
    public interface FldRange extends Payload {
    }

    /** FLD-TIME: time not HHMM (or 9999 where not allowed). */
    public interface FldTime extends Payload {
    }

    /** FLD-TIMEORDER: end time before start time. */
    public interface FldTimeOrder extends Payload {
    }

    /** FLD-SVCCODE: service code not of a known service kind. */
    public interface FldSvcCode extends Payload {
    }

    /** FLD-SCOPE: service kind out of the standard's scope. */
    public interface FldScope extends Payload {
    }

    /** FLD-TAIS: TAIS or 福祉用具届出 code missing for kind 17/67. */
    public interface FldTais extends Payload {
    }

    /** FLD-MEISAI: 明細判別コード on a kind other than 17. */
    public interface FldMeisai extends Payload {
    }

    /** FLD-UNUSED: 識別子 (not used) has a value. */
    public interface FldUnused extends Payload {
    }

    /** FLD-SLOT: 補足 limit slots not filled from slot 1, or a slot without its kind. */
    public interface FldSlot extends Payload {
    }

    /** FLD-7SUB: 第7表 subtotal/total row with units or discount values. */
    public interface Fld7Sub extends Payload {
    }

    /** FLD-7FIXED: 第7表 No.34 事業所コード is not 9999999999. */
    public interface Fld7Fixed extends Payload {
    }

    /** MON-001: records of one file in different months. */
    public interface Mon001 extends Payload {
    }

    /** MON-003: 補足 No.4 / No.63 not exactly one of plan date and month. */
    public interface Mon003 extends Payload {
    }

    /** MON-004: 第6表 サービス利用日 outside 対象年月. */
    public interface Mon004 extends Payload {
    }

    /** MON-005: 日割対象日 marks a day after the end of the month. */
    public interface Mon005 extends Payload {
    }

    /** VER-002: records of one file with different CSVバージョン. */
    public interface Ver002 extends Payload {
    }

    /** FN-010: sender party equals receiver party. */
    public interface Fn010 extends Payload {
    }

    /** FLD-YOBONO: a ＮＯ field of 予防計画書別表 is not a 1–2 digit number. */
    public interface FldYobono extends Payload {
    }

    /** REL-003: a 利用者基本情報 annex or family image does not match its parent. */
    public interface Rel003 extends Payload {
    }
}
