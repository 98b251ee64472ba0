package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between 予定 and 実績 (予実差異): its kind, the user, the service date, and the planned and actual
 * rows concerned ({@link DifferenceKind#CANCELLED} and {@link DifferenceKind#NOT_REPORTED} have only a planned row,
 * {@link DifferenceKind#ADDED} only an actual one, the others both).
 *
 * @param kind    what differs
 * @param user    the user (被保険者番号)
 * @param date    the service date: the planned one where there is a plan row, else the actual one
 * @param planned the 予定 row
 * @param actual  the 実績 row
 */
public record Difference(DifferenceKind kind, InsuredNumber user, LocalDate date, Optional<ServiceUseRecord> planned,
        Optional<ServiceUseRecord> actual) {

    /** Checks that nothing is null and that the rows present fit the kind. */
    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        boolean shape = switch (kind) {
            case CANCELLED, NOT_REPORTED -> planned.isPresent() && actual.isEmpty();
            case ADDED -> planned.isEmpty() && actual.isPresent();
            default -> planned.isPresent() && actual.isPresent();
        };
        if (!shape) {
            throw new IllegalArgumentException(kind + " needs " + switch (kind) {
                case CANCELLED, NOT_REPORTED -> "a planned row only";
                case ADDED -> "an actual row only";
                default -> "both a planned and an actual row";
            });
        }
    }

    /** The provider (office × kind) of the planned row, else of the actual row. */
    public Party provider() {
        return ServiceRows.provider(planned.orElseGet(actual::orElseThrow));
    }

    /** Units of the planned row (単位数 × 回数), 0 without one. */
    public int plannedUnits() {
        return planned.map(ServiceRows::totalUnits).orElse(0);
    }

    /** Units of the actual row (単位数 × 回数), 0 without one. */
    public int actualUnits() {
        return actual.map(ServiceRows::totalUnits).orElse(0);
    }

    /** The planned value of what differs, as text (codes, times, counts, units, office numbers: no personal data). */
    public String before() {
        return planned.map(this::valueOf).orElse("");
    }

    /** The actual value of what differs, as text. */
    public String after() {
        return actual.map(this::valueOf).orElse("");
    }

    private String valueOf(ServiceUseRecord r) {
        return switch (kind) {
            case TIME_CHANGED -> r.serviceStartTime().code() + "-" + r.serviceEndTime().code();
            case SERVICE_CODE_CHANGED -> r.serviceCode().value() + " (" + r.units().map(String::valueOf).orElse("")
                    + ")";
            case COUNT_CHANGED -> String.valueOf(r.serviceCount());
            case UNITS_CHANGED -> r.units().map(String::valueOf).orElse("");
            case PRORATED_DAYS_CHANGED -> r.proratedDayFlags().map(Object::toString).orElse("");
            case PROVIDER_CHANGED -> r.serviceOfficeNumber().value();
            case CANCELLED, ADDED, NOT_REPORTED -> r.serviceCode().value() + " " + r.serviceStartTime().code() + "-"
                    + r.serviceEndTime().code() + " ×" + r.serviceCount();
        };
    }

    /** Masked: the insured number shows its last two characters only. */
    @Override
    public String toString() {
        return "Difference[" + kind + " " + user + " " + date + " " + provider() + "]";
    }
}
