package dev.careplan.model.internal;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.EquipmentRentalLine;
import dev.careplan.model.kyotaku.KindLimitSlot;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The cross-field rules of the 居宅 rows, each once: the Jakarta constraint validators of this package and
 * {@link dev.careplan.model.validation.RowRules} (the fast path the CSV validator takes per row) both call these.
 * Each method returns the Java name of the field a breach concerns, or empty when the rule holds.
 */
public final class CrossFieldRules {
    private CrossFieldRules() {
    }

    /** FLD-TAIS. */
    public static Optional<String> equipmentCode(EquipmentRentalLine row) {
        ServiceCode code = row.serviceCode();
        if (code.summary() != ServiceCode.Summary.DETAIL || !code.kind().requiresEquipmentCode()) {
            return Optional.empty();
        }
        boolean named = row.taisCode().filter(s -> !s.isBlank()).isPresent()
                || row.equipmentNotificationCode().filter(s -> !s.isBlank()).isPresent();
        return named ? Optional.empty() : Optional.of("taisCode");
    }

    /** MON-004. */
    public static Optional<String> serviceDateInMonth(ServiceUseRecord row) {
        return YearMonth.from(row.serviceDate()).equals(row.targetYearMonth()) ? Optional.empty()
                : Optional.of("serviceDate");
    }

    /** MON-005. */
    public static Optional<String> proratedDaysInMonth(ServiceUseRecord row) {
        return row.proratedDayFlags().filter(p -> p.marksDaysBeyond(row.targetYearMonth())).isPresent()
                ? Optional.of("proratedDayFlags") : Optional.empty();
    }

    /** FLD-MEISAI. */
    public static Optional<String> detailSeqOnlyForRental(ServiceUseRecord row) {
        if (row.detailSeqNo().isEmpty()) {
            return Optional.empty();
        }
        boolean rental = "17".equals(row.serviceCode().kind().code());
        return rental && row.detailSeqNo().get() >= 1 ? Optional.empty() : Optional.of("detailSeqNo");
    }

    /** FLD-TIMEORDER on a 第6表 row; 9999 rows are exempt. */
    public static Optional<String> timeOrder(ServiceUseRecord row) {
        return inOrder(row.serviceStartTime(), row.serviceEndTime()) ? Optional.empty()
                : Optional.of("serviceEndTime");
    }

    /** FLD-TIMEORDER on a 第3表 row: service times, then activity times. */
    public static Optional<String> timeOrder(WeeklyServicePlanRecord row) {
        if (!inOrder(row.serviceStartTime(), row.serviceEndTime())) {
            return Optional.of("serviceEndTime");
        }
        if (!inOrder(row.activityStartTime(), row.activityEndTime())) {
            return Optional.of("activityEndTime");
        }
        return Optional.empty();
    }

    /** MON-003. */
    public static Optional<String> supplementLink(SupplementaryUserRecord r) {
        return r.planCreatedDate().isPresent() != r.targetYearMonth().isPresent() ? Optional.empty()
                : Optional.of("targetYearMonth");
    }

    /** FLD-SLOT. */
    public static Optional<String> limitSlotsInOrder(SupplementaryUserRecord r) {
        boolean seenEmpty = false;
        for (KindLimitSlot slot : r.kindLimits()) {
            if (slot.isEmpty()) {
                seenEmpty = true;
                continue;
            }
            boolean kindOk = slot.serviceKindCode()
                    .map(k -> !k.code().equals("23") && !k.code().equals("2A"))
                    .orElse(false);
            if (seenEmpty || !kindOk) {
                return Optional.of("kindLimits");
            }
        }
        return Optional.empty();
    }

    /** FLD-7SUB. */
    public static Optional<String> summaryRowShape(ServiceUseAnnexRecord r) {
        if (r.serviceCode().isDetail()) {
            return Optional.empty();
        }
        if (r.units() != 0) {
            return Optional.of("units");
        }
        if (r.discountRate().isPresent()) {
            return Optional.of("discountRate");
        }
        return r.discountedUnits().isPresent() ? Optional.of("discountedUnits") : Optional.empty();
    }

    /** FLD-7FIXED. */
    public static boolean allNines(OfficeNumber office) {
        return office == null || office.equals(OfficeNumber.ALL_NINES);
    }

    private static boolean inOrder(Optional<ServiceTime> start, Optional<ServiceTime> end) {
        return start.isEmpty() || end.isEmpty() || inOrder(start.get(), end.get());
    }

    private static boolean inOrder(ServiceTime start, ServiceTime end) {
        return start.notAfter(end);
    }
}
