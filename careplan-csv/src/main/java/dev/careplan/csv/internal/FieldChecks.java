package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.spec.FieldFormat;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.LengthKind;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.validation.Severity;

/**
 * The field rules of rules.md §F that need nothing but the field's text and its spec (FLD-REQ, FLD-DEL, FLD-LEN,
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
                f.field("FLD-DEL", Severity.ERROR, rec, line, s, "削除ファイルの項目はすべて必須です。入力してください。",
                        "Every field of a delete record is required. Fill it in.");
                return false;
            }
            switch (s.requirement()) {
                case REQUIRED -> {
                    f.field("FLD-REQ", Severity.ERROR, rec, line, s, "必須項目です。入力してください。",
                            "This field is required. Fill it in.");
                    return false;
                }
                case REQUIRED_AMBIGUOUS -> f.field("FLD-REQ", ValidationPolicy.AMBIGUOUS_REQUIRED, Severity.WARNING,
                        rec, line, s, "必須項目です（仕様書の記載があいまいな項目）。入力してください。",
                        "This field is required (its mark is ambiguous in the standard's text). Fill it in.");
                case REQUIRED_WARNING -> f.field("FLD-REQ", Severity.WARNING, rec, line, s,
                        "入力が推奨される項目です（仕様書の記載があいまい）。",
                        "This field should be filled in (its mark is ambiguous in the standard's text).");
                default -> {
                }
            }
            return true;
        }
        if (s.isFreeText() && !field.quoted()) {
            f.field("CSV-003", Severity.WARNING, rec, line, s, "フリーテキスト項目はダブルクォートで囲んでください。",
                    "Enclose free-text fields in double quotes.");
        }
        int len = s.format() == FieldFormat.SIGNED_INTEGER && t.startsWith("-") ? t.length() - 1 : t.length();
        boolean badLength = s.length().isPresent() && s.format() != FieldFormat.UNUSED
                && (s.lengthKind() == LengthKind.FIXED ? len != s.length().getAsInt() : len > s.length().getAsInt());
        // A format with a rule of its own (a date, an office number, a code) reports a wrong length under that rule.
        if (badLength && !FORM_RULES.contains(s.format())) {
            return length(f, rec, line, s, len);
        }
        boolean ok = switch (s.format()) {
            case VERSION -> rule(f, rec, line, s, knownVersion(t), "VER-001",
                    "CSVバージョンは201910・202003・202208・202504・202407のいずれかにしてください。",
                    "CSV version must be one of 201910, 202003, 202208, 202504, 202407.");
            case INSURER -> rule(f, rec, line, s, digits(t, 6), "FLD-INSURER", "保険者番号は数字6桁にしてください。",
                    "The insurer number must be 6 digits.");
            case INSURED -> rule(f, rec, line, s, digits(t, 10) || (t.length() == 10 && t.charAt(0) == 'H'
                    && digits(t.substring(1), 9)), "FLD-INSURED",
                    "被保険者番号は数字10桁、生活保護単独は「H」＋数字9桁にしてください。",
                    "The insured number must be 10 digits, or H + 9 digits for public-assistance-only recipients.");
            case OFFICE -> rule(f, rec, line, s, digits(t, 10), "FLD-OFFICE", "事業所番号は数字10桁にしてください。",
                    "Office numbers must be 10 digits.");
            case DATE -> rule(f, rec, line, s, Dates.isDate(t), "FLD-DATE", "実在する日付（YYYYMMDD）にしてください。",
                    "Must be a real date YYYYMMDD.");
            case DATE_OR_ZEROS -> rule(f, rec, line, s, t.equals("00000000") || Dates.isDate(t), "FLD-DATE",
                    "実在する日付（YYYYMMDD）、利用票と送る場合は00000000にしてください。",
                    "Must be a real date YYYYMMDD, or 00000000 for a record of a 利用票 send unit.");
            case MONTH -> rule(f, rec, line, s, Dates.isMonth(t), "FLD-YM", "実在する年月（YYYYMM）にしてください。",
                    "Must be a real month YYYYMM.");
            case MONTH_OR_ZEROS -> rule(f, rec, line, s, t.equals("000000") || Dates.isMonth(t), "FLD-YM",
                    "実在する年月（YYYYMM）、計画書と送る場合は000000にしてください。",
                    "Must be a real month YYYYMM, or 000000 for a record of a plan send unit.");
            case TIME, TIME_OR_NONE -> time(f, rec, line, s, t);
            case INTEGER -> integer(f, rec, line, s, t, false);
            case SIGNED_INTEGER -> integer(f, rec, line, s, t, true);
            case DECIMAL -> rule(f, rec, line, s, t.matches("[0-9]{1,2}\\.[0-9]{2}"), "FLD-DECIMAL",
                    "「99.99」の形式（整数2桁以内、小数2桁）にしてください。",
                    "Must have the form 99.99 (up to 2 digits, a point, 2 decimals).");
            case POSTAL -> rule(f, rec, line, s, t.matches("[0-9]{3}-[0-9]{4}"), "FLD-POSTAL",
                    "郵便番号は「123-4567」の形式にしてください。", "Postal codes must have the form 123-4567.");
            case CODE -> s.codes().contains(t) || rule(f, rec, line, s, false, "FLD-CODE",
                    "コード表にない値です。使えるコード：" + String.join("、", s.codes()) + "。",
                    "Not a code of this field's list; allowed: " + String.join(", ", s.codes()) + ".");
            case SERVICE_KIND -> rule(f, rec, line, s, t.length() == 2 && ServiceKind.known(t).isPresent(), "FLD-CODE",
                    "標準仕様のサービス種類コード（2桁）にしてください。", "Must be a service kind of the standard (2 characters).");
            case SERVICE_CODE, ANNEX_SERVICE_CODE -> serviceCode(f, rec, line, s, t);
            case PRORATED -> rule(f, rec, line, s, t.length() == 31 && t.replace("0", "").replace("1", "").isEmpty(),
                    "FLD-HIWARI", "日割対象日は「0」か「1」を31文字で入力し、日割でなければ空欄にしてください。",
                    "Must be 31 characters of 0/1, or empty when not pro-rated.");
            case TAIS -> {
                if (!t.matches("[0-9]{5}[-－][0-9]{6}")) {
                    f.field("FLD-TAISFMT", Severity.WARNING, rec, line, s,
                            "「数字5桁-数字6桁」の形式（例 00001-000010）ではありません。確認してください。",
                            "Does not look like 5 digits, a dash, 6 digits (e.g. 00001-000010). Check it.");
                }
                yield true;
            }
            case UNUSED -> {
                f.field("FLD-UNUSED", Severity.WARNING, rec, line, s, "識別子は使用しない項目です。空欄にしてください（取り込まれません）。",
                        "This field (識別子) is not used; leave it empty (its content is ignored).");
                yield true;
            }
            case FREE_TEXT_NUMBER -> {
                if (!t.matches("[0-9]{1,2}")) {
                    f.field("FLD-YOBONO", Severity.WARNING, rec, line, s, "1～2桁の番号で入力してください。",
                            "Should be a number of 1 or 2 digits.");
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
        f.field("FLD-LEN", Severity.ERROR, rec, line, s, fixed
                ? max + "文字で入力してください（" + len + "文字でした）。"
                : max + "文字以内で入力してください（" + len + "文字でした）。",
                fixed ? "Must be exactly " + max + " characters (was " + len + ")."
                        : "Must be at most " + max + " characters (was " + len + ").");
        return false;
    }

    private static boolean rule(Found f, long rec, long line, FieldSpec s, boolean ok, String rule, String ja,
            String en) {
        if (!ok) {
            f.field(rule, Severity.ERROR, rec, line, s, ja, en);
        }
        return ok;
    }

    private static boolean time(Found f, long rec, long line, FieldSpec s, String t) {
        if (t.equals("9999")) {
            return rule(f, rec, line, s, s.format() == FieldFormat.TIME_OR_NONE, "FLD-TIME",
                    "この項目では9999（時刻なし）は使えません。時刻（HHMM）を入力してください。",
                    "9999 (no time) is not allowed here; enter a time HHMM.");
        }
        if (t.equals("2400")) {
            f.field("FLD-TIME", Severity.WARNING, rec, line, s, "2400は0000（翌日）として扱われます。確認してください。",
                    "2400 is read as midnight; check the time.");
            return true;
        }
        boolean ok = digits(t, 4) && (t.charAt(0) - '0') * 10 + (t.charAt(1) - '0') < 24 && t.charAt(2) < '6';
        return rule(f, rec, line, s, ok, "FLD-TIME", "時刻は4桁（HHMM、00:00～23:59）にしてください。",
                "Must be a time HHMM (00:00-23:59).");
    }

    private static boolean integer(Found f, long rec, long line, FieldSpec s, String t, boolean signed) {
        String d = signed && t.startsWith("-") ? t.substring(1) : t;
        if (!digits(d, d.length()) || d.isEmpty()) {
            f.field("FLD-DIGIT", Severity.ERROR, rec, line, s, signed ? "整数（減算はマイナス記号付き）で入力してください。"
                    : "半角数字（0以上の整数）で入力してください。", signed ? "Must be a whole number (minus sign for reductions)."
                    : "Must be a whole number of half-width digits.");
            return false;
        }
        if (s.min().isPresent()) {
            int v = Integer.parseInt(d);
            if (v < s.min().getAsInt() || v > s.max().getAsInt()) {
                f.field("FLD-RANGE", Severity.ERROR, rec, line, s, s.min().getAsInt() + "～" + s.max().getAsInt()
                        + "の数字にしてください。", "Must be from " + s.min().getAsInt() + " to " + s.max().getAsInt() + ".");
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
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "サービスコードは英数字6桁にしてください。",
                    "The service code must be 6 characters, digits or upper-case letters.");
        }
        ServiceCode code = ServiceCode.of(t);
        boolean annex = s.format() == FieldFormat.ANNEX_SERVICE_CODE;
        if (code.summary() != ServiceCode.Summary.DETAIL && !annex) {
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "第6表には集計用のコード（AAAA・999999など）は使えません。",
                    "Subtotal and total codes (AAAA, 999999, …) are for the 第7表 only.");
        }
        if (code.summary() == ServiceCode.Summary.GRAND_TOTAL) {
            return true;
        }
        if (!code.kind().isKnown()) {
            return rule(f, rec, line, s, false, "FLD-SVCCODE", "サービスコードの先頭2桁が標準仕様のサービス種類コードではありません。",
                    "The first two characters are not a service kind of the standard.");
        }
        return rule(f, rec, line, s, code.kind().isLinked(), "FLD-SCOPE", "このサービス種類はデータ連携の対象外です。この行は送らないでください。",
                "This service kind is outside the data linkage standard; do not send the row.");
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
