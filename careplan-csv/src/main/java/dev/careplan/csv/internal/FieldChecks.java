package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.spec.FieldFormat;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.LengthKind;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import java.util.Map;

/**
 * The field rules of the rule catalogue (docs/rules.md) §F that need nothing but the field's text and its spec (FLD-REQ, FLD-DEL, FLD-LEN,
 * FLD-DATE, FLD-YM, FLD-TIME, FLD-INSURER, FLD-INSURED, FLD-OFFICE, FLD-DIGIT, FLD-DECIMAL, FLD-POSTAL, FLD-CODE,
 * FLD-RANGE, FLD-SVCCODE, FLD-SCOPE, FLD-HIWARI, FLD-TAISFMT, FLD-UNUSED, FLD-YOBONO, VER-001, CSV-003).
 * Returns whether the field is well formed enough to be typed.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    public static boolean check(Found f, long rec, long line, FieldSpec s, RawField field, boolean deletion) {
        String t = field.text();
        if (!field.decodable()) {
            return false;
        }
        if (t.isEmpty()) {
            if (deletion) {
                f.field("FLD-DEL", "required", rec, line, s);
                return false;
            }
            switch (s.requirement()) {
                case REQUIRED -> {
                    f.field("FLD-REQ", "required", rec, line, s);
                    return false;
                }
                // The profile grades these: an error for a producer, a warning for a consumer.
                case REQUIRED_AMBIGUOUS, REQUIRED_WARNING -> f.field("FLD-REQ", "ambiguous", rec, line, s);
                default -> {
                }
            }
            return true;
        }
        if (s.isFreeText() && !field.quoted()) {
            f.field("CSV-003", "unquoted", rec, line, s);
        }
        int len = s.format() == FieldFormat.SIGNED_INTEGER && t.startsWith("-") ? t.length() - 1 : t.length();
        boolean badLength = s.length().isPresent() && s.format() != FieldFormat.UNUSED
                && (s.lengthKind() == LengthKind.FIXED ? len != s.length().getAsInt() : len > s.length().getAsInt());
        // A format with a rule of its own (a date, an office number, a code) reports a wrong length under that rule.
        if (badLength && !FORM_RULES.contains(s.format())) {
            return length(f, rec, line, s, len);
        }
        boolean ok = switch (s.format()) {
            case VERSION -> rule(f, rec, line, s, knownVersion(t), "VER-001", "unknown");
            case INSURER -> rule(f, rec, line, s, digits(t, 6), "FLD-INSURER", "digits");
            case INSURED -> rule(f, rec, line, s, digits(t, 10) || (t.length() == 10 && t.charAt(0) == 'H'
                    && digits(t.substring(1), 9)), "FLD-INSURED",
                    "form");
            case OFFICE -> rule(f, rec, line, s, digits(t, 10), "FLD-OFFICE", "digits");
            case DATE -> rule(f, rec, line, s, Dates.isDate(t), "FLD-DATE", "date");
            case DATE_OR_ZEROS -> rule(f, rec, line, s, t.equals("00000000") || Dates.isDate(t), "FLD-DATE",
                    "dateOrZeros");
            case MONTH -> rule(f, rec, line, s, Dates.isMonth(t), "FLD-YM", "month");
            case MONTH_OR_ZEROS -> rule(f, rec, line, s, t.equals("000000") || Dates.isMonth(t), "FLD-YM",
                    "monthOrZeros");
            case TIME, TIME_OR_NONE -> time(f, rec, line, s, t);
            case INTEGER -> integer(f, rec, line, s, t, false);
            case SIGNED_INTEGER -> integer(f, rec, line, s, t, true);
            case DECIMAL -> rule(f, rec, line, s, t.matches("[0-9]{1,2}\\.[0-9]{2}"), "FLD-DECIMAL",
                    "form");
            case POSTAL -> rule(f, rec, line, s, t.matches("[0-9]{3}-[0-9]{4}"), "FLD-POSTAL",
                    "form");
            case CODE -> s.codes().contains(t) || rule(f, rec, line, s, false, "FLD-CODE",
                    "notInList", Map.of("codes", String.join(", ", s.codes())));
            case SERVICE_KIND -> rule(f, rec, line, s, t.length() == 2 && ServiceKind.known(t).isPresent(), "FLD-CODE",
                    "serviceKind");
            case SERVICE_CODE, ANNEX_SERVICE_CODE -> serviceCode(f, rec, line, s, t);
            case PRORATED -> rule(f, rec, line, s, t.length() == 31 && t.replace("0", "").replace("1", "").isEmpty(),
                    "FLD-HIWARI", "form");
            case TAIS -> {
                if (!t.matches("[0-9]{5}[-－][0-9]{6}")) {
                    f.field("FLD-TAISFMT", "form", rec, line, s);
                }
                yield true;
            }
            case UNUSED -> {
                f.field("FLD-UNUSED", "notUsed", rec, line, s);
                yield true;
            }
            case FREE_TEXT_NUMBER -> {
                if (!t.matches("[0-9]{1,2}")) {
                    f.field("FLD-YOBONO", "number", rec, line, s);
                }
                yield true;
            }
            case FREE_TEXT, TEXT -> true;
        };
        return ok && badLength ? length(f, rec, line, s, len) : ok;
    }

    /** Formats whose own rule fixes the length, so that a wrong length is reported under that rule, not FLD-LEN. */
    private static final java.util.Set<FieldFormat> FORM_RULES = java.util.EnumSet.of(FieldFormat.VERSION,
            FieldFormat.INSURER, FieldFormat.INSURED, FieldFormat.OFFICE, FieldFormat.DATE, FieldFormat.DATE_OR_ZEROS,
            FieldFormat.MONTH, FieldFormat.MONTH_OR_ZEROS, FieldFormat.TIME, FieldFormat.TIME_OR_NONE,
            FieldFormat.DECIMAL, FieldFormat.POSTAL, FieldFormat.CODE, FieldFormat.SERVICE_KIND,
            FieldFormat.SERVICE_CODE, FieldFormat.ANNEX_SERVICE_CODE, FieldFormat.PRORATED);

    private static boolean length(Found f, long rec, long line, FieldSpec s, int len) {
        int max = s.length().getAsInt();
        boolean fixed = s.lengthKind() == LengthKind.FIXED;
        f.field("FLD-LEN", fixed ? "exact" : "max", rec, line, s,
                Map.of("max", String.valueOf(max), "length", String.valueOf(len)));
        return false;
    }

    private static boolean rule(Found f, long rec, long line, FieldSpec s, boolean ok, String rule, String message) {
        return rule(f, rec, line, s, ok, rule, message, Map.of());
    }

    private static boolean rule(Found f, long rec, long line, FieldSpec s, boolean ok, String rule, String message,
            Map<String, String> args) {
        if (!ok) {
            f.field(rule, message, rec, line, s, args);
        }
        return ok;
    }

    private static boolean time(Found f, long rec, long line, FieldSpec s, String t) {
        if (t.equals("9999")) {
            return rule(f, rec, line, s, s.format() == FieldFormat.TIME_OR_NONE, "FLD-TIME",
                    "noTime");
        }
        if (t.equals("2400")) {
            f.field("FLD-TIME", "midnight", rec, line, s);
            return true;
        }
        boolean ok = digits(t, 4) && (t.charAt(0) - '0') * 10 + (t.charAt(1) - '0') < 24 && t.charAt(2) < '6';
        return rule(f, rec, line, s, ok, "FLD-TIME", "time");
    }

    private static boolean integer(Found f, long rec, long line, FieldSpec s, String t, boolean signed) {
        String d = signed && t.startsWith("-") ? t.substring(1) : t;
        if (!digits(d, d.length()) || d.isEmpty()) {
            f.field("FLD-DIGIT", signed ? "signed" : "unsigned", rec, line, s);
            return false;
        }
        if (s.min().isPresent()) {
            int v = Integer.parseInt(d);
            if (v < s.min().getAsInt() || v > s.max().getAsInt()) {
                f.field("FLD-RANGE", "range", rec, line, s, Map.of("min", String.valueOf(s.min().getAsInt()),
                        "max", String.valueOf(s.max().getAsInt())));
                return false;
            }
        }
        return true;
    }

    private static boolean serviceCode(Found f, long rec, long line, FieldSpec s, String t) {
        boolean shape = t.length() == 6;
        for (int i = 0; shape && i < 6; i++) {
            char c = t.charAt(i);
            shape = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        if (!shape) {
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "shape");
        }
        ServiceCode code = ServiceCode.of(t);
        boolean annex = s.format() == FieldFormat.ANNEX_SERVICE_CODE;
        if (code.summary() != ServiceCode.Summary.DETAIL && !annex) {
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "summaryInPlan");
        }
        if (code.summary() == ServiceCode.Summary.GRAND_TOTAL) {
            return true;
        }
        if (!code.kind().isKnown()) {
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "unknownKind");
        }
        return rule(f, rec, line, s, code.kind().isLinked(), "FLD-SCOPE", "outOfScope");
    }

    private static final java.util.Set<String> KNOWN_VERSIONS = CsvVersion.history().stream()
            .map(CsvVersion.Edition::value).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True for a CSVバージョン value of the standard's history (VER-001); a set lookup, as it runs per record. */
    static boolean knownVersion(String t) {
        return KNOWN_VERSIONS.contains(t);
    }

    static boolean digits(String t, int n) {
        if (t.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

}
