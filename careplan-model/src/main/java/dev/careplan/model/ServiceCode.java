package dev.careplan.model;

/**
 * Service code (サービスコード): 6 characters, the 2-character service kind (サービス種類コード) followed by the
 * 4-character item (サービス項目コード) of the 介護給付費単位数等サービスコード表.
 *
 * <p>第7表 also uses summary codes: kind + {@code AAAA} (subtotal within the category limit), kind + {@code EEEE}
 * (outside the limit), kind + {@code ZZZZ} (part beyond 30 days) and {@code 999999} (grand total, "ALL9").
 * They are valid service codes here; {@link #summary()} tells them apart.
 */
public record ServiceCode(String value) implements Comparable<ServiceCode> {

    /** The 第7表 grand-total code {@code 999999}. */
    public static final ServiceCode GRAND_TOTAL = new ServiceCode("999999");

    /** Kinds of 第7表 summary rows. */
    public enum Summary {
        /** A detail row: a real service code. */
        DETAIL(""),
        /** kind + AAAA: subtotal within the category limit (区分支給対象). */
        SUBTOTAL_WITHIN_LIMIT("AAAA"),
        /** kind + EEEE: subtotal outside the category limit (区分支給対象外). */
        SUBTOTAL_OUTSIDE_LIMIT("EEEE"),
        /** kind + ZZZZ: subtotal of the part beyond 30 days. */
        SUBTOTAL_OVER_30_DAYS("ZZZZ"),
        /** 999999: grand total (全合計). */
        GRAND_TOTAL("");

        private final String suffix;

        Summary(String suffix) {
            this.suffix = suffix;
        }

        /** The 4-character item part of a subtotal code, empty for DETAIL and GRAND_TOTAL. */
        public String suffix() {
            return suffix;
        }
    }

    /** @throws InvalidValueException unless the value is 6 characters of {@code [0-9A-Z]} */
    public ServiceCode {
        Checks.notNull(value, "サービスコード", "service code");
        if (value.length() != 6 || !Checks.isUpperAlnum(value)) {
            throw new InvalidValueException("サービスコード", "service code",
                    "半角英数字（大文字）6桁（サービス種類コード2桁＋サービス項目コード4桁）で入力してください。",
                    "must be 6 characters, digits or upper-case letters: the 2-character service kind"
                            + " followed by the 4-character item code.");
        }
    }

    /** Parses a service code; same as the constructor. */
    public static ServiceCode of(String value) {
        return new ServiceCode(value);
    }

    /** The 第7表 subtotal code of a kind, e.g. {@code subtotal(ServiceKind.of("11"), SUBTOTAL_WITHIN_LIMIT)}. */
    public static ServiceCode subtotal(ServiceKind kind, Summary summary) {
        if (summary == Summary.DETAIL || summary == Summary.GRAND_TOTAL) {
            throw new IllegalArgumentException("not a subtotal: " + summary);
        }
        return new ServiceCode(kind.code() + summary.suffix());
    }

    /** The service kind: the first two characters (for {@code 999999}: kind {@code 99}, which is unknown). */
    public ServiceKind kind() {
        return ServiceKind.of(value.substring(0, 2));
    }

    /** The 4-character item part (サービス項目コード). */
    public String item() {
        return value.substring(2);
    }

    /** Whether this is a detail code or a 第7表 summary code. */
    public Summary summary() {
        if (value.equals("999999")) {
            return Summary.GRAND_TOTAL;
        }
        return switch (item()) {
            case "AAAA" -> Summary.SUBTOTAL_WITHIN_LIMIT;
            case "EEEE" -> Summary.SUBTOTAL_OUTSIDE_LIMIT;
            case "ZZZZ" -> Summary.SUBTOTAL_OVER_30_DAYS;
            default -> Summary.DETAIL;
        };
    }

    /** True for a real service code, false for a 第7表 subtotal or total code. */
    public boolean isDetail() {
        return summary() == Summary.DETAIL;
    }

    @Override
    public int compareTo(ServiceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
