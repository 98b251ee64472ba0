package dev.careplan.model.validation;

import jakarta.validation.Payload;

/**
 * Payload markers that tie a standard constraint ({@code @Size}, {@code @Digits}, …) to its rule id of the standard's
 * rule catalogue (docs/rules.md) and set its default severity: one rule marker and, for a warning, {@link Warning}.
 * Each marker holds its rule id in {@code ID}, the one place the model writes it. The model's own constraints name
 * their rule in their {@code ruleId} and {@code warning} attributes instead.
 */
public final class Rule {
    private Rule() {
    }

    /** Default severity WARNING instead of ERROR. */
    public interface Warning extends Payload {
    }

    /** Required field is empty. */
    public interface FldReq extends Payload {
        /** The rule id. */
        String ID = "FLD-REQ";
    }

    /** Value longer than the field allows. */
    public interface FldLen extends Payload {
        /** The rule id. */
        String ID = "FLD-LEN";
    }

    /** Integer field out of its form. */
    public interface FldDigit extends Payload {
        /** The rule id. */
        String ID = "FLD-DIGIT";
    }

    /** 単位数単価 not of the form 99.99. */
    public interface FldDecimal extends Payload {
        /** The rule id. */
        String ID = "FLD-DECIMAL";
    }

    /** Postal code not XXX-XXXX. */
    public interface FldPostal extends Payload {
        /** The rule id. */
        String ID = "FLD-POSTAL";
    }

    /** 第2表 ＮＯ not 1–99. */
    public interface FldRange extends Payload {
        /** The rule id. */
        String ID = "FLD-RANGE";
    }

    /** 識別子 (not used) has a value. */
    public interface FldUnused extends Payload {
        /** The rule id. */
        String ID = "FLD-UNUSED";
    }

    /**
     * A value the typed model refuses for a reason no other rule names: the safety net of the catalogue, reported for
     * any standard constraint that carries no rule marker.
     */
    public interface FldValue extends Payload {
        /** The rule id. */
        String ID = "FLD-VALUE";
    }

    /** FLD-YOBONO: a ＮＯ field of 予防計画書別表 is not a 1–2 digit number. */
    public interface FldYobono extends Payload {
        /** The rule id. */
        String ID = "FLD-YOBONO";
    }

    /** REL-003: a 利用者基本情報 annex or family image does not match its parent. */
    public interface Rel003 extends Payload {
        /** The rule id. */
        String ID = "REL-003";
    }
}
