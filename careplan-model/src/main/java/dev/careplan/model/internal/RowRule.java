package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import dev.careplan.model.validation.AllNines;
import dev.careplan.model.validation.DetailSeqOnlyForRental;
import dev.careplan.model.validation.EndNotBeforeStart;
import dev.careplan.model.validation.EquipmentCodeRequired;
import dev.careplan.model.validation.LimitSlotsInOrder;
import dev.careplan.model.validation.ProratedDaysInMonth;
import dev.careplan.model.validation.ServiceDateInMonth;
import dev.careplan.model.validation.SummaryRowShape;
import dev.careplan.model.validation.SupplementLink;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cross-field rules of one row as data: the constraint annotation that names the rule (its rule id, default
 * severity and message are the annotation's defaults, written there once), the fields the rule reads, by Java name
 * ({@code kindLimits} stands for every limit slot's fields), and the check. The Jakarta constraints and the fast
 * per-row path ({@link dev.careplan.model.validation.RowRules}) both take the rule from here; the order of the
 * constants is the order of the findings on a row.
 */
public enum RowRule {
    EQUIPMENT_CODE(EquipmentCodeRequired.class, Set.of("serviceCode", "taisCode", "equipmentNotificationCode"),
            r -> r instanceof ServiceUseRecord s ? CrossFieldRules.equipmentCode(s)
                    : r instanceof ServiceUseAnnexRecord a ? CrossFieldRules.equipmentCode(a) : Optional.empty()),
    SERVICE_DATE_IN_MONTH(ServiceDateInMonth.class, Set.of("targetYearMonth", "serviceDate"),
            r -> r instanceof ServiceUseRecord s ? CrossFieldRules.serviceDateInMonth(s) : Optional.empty()),
    PRORATED_DAYS_IN_MONTH(ProratedDaysInMonth.class, Set.of("targetYearMonth", "proratedDayFlags"),
            r -> r instanceof ServiceUseRecord s ? CrossFieldRules.proratedDaysInMonth(s) : Optional.empty()),
    DETAIL_SEQ_ONLY_FOR_RENTAL(DetailSeqOnlyForRental.class, Set.of("serviceCode", "detailSeqNo"),
            r -> r instanceof ServiceUseRecord s ? CrossFieldRules.detailSeqOnlyForRental(s) : Optional.empty()),
    END_NOT_BEFORE_START(EndNotBeforeStart.class,
            Set.of("serviceStartTime", "serviceEndTime", "activityStartTime", "activityEndTime"),
            r -> r instanceof ServiceUseRecord s ? CrossFieldRules.timeOrder(s)
                    : r instanceof WeeklyServicePlanRecord w ? CrossFieldRules.timeOrder(w) : Optional.empty()),
    SUMMARY_ROW_SHAPE(SummaryRowShape.class, Set.of("serviceCode", "units", "discountRate", "discountedUnits"),
            r -> r instanceof ServiceUseAnnexRecord a ? CrossFieldRules.summaryRowShape(a) : Optional.empty()),
    ALL_NINES(AllNines.class, Set.of("officeCode"),
            r -> r instanceof ServiceUseAnnexRecord a && a.officeCode().isPresent()
                    && !CrossFieldRules.allNines(a.officeCode().get()) ? Optional.of("officeCode") : Optional.empty()),
    SUPPLEMENT_LINK(SupplementLink.class, Set.of("planCreatedDate", "targetYearMonth"),
            r -> r instanceof SupplementaryUserRecord s ? CrossFieldRules.supplementLink(s) : Optional.empty()),
    LIMIT_SLOTS_IN_ORDER(LimitSlotsInOrder.class, Set.of("kindLimits"),
            r -> r instanceof SupplementaryUserRecord s ? CrossFieldRules.limitSlotsInOrder(s) : Optional.empty());

    private final String ruleId;
    private final boolean warning;
    private final String messageKey;
    private final Set<String> inputs;
    private final Function<CareplanRecord, Optional<String>> check;

    RowRule(Class<? extends Annotation> constraint, Set<String> inputs,
            Function<CareplanRecord, Optional<String>> check) {
        this.ruleId = (String) defaultOf(constraint, "ruleId");
        this.warning = (Boolean) defaultOf(constraint, "warning");
        String template = (String) defaultOf(constraint, "message");
        this.messageKey = template.substring(1, template.length() - 1);
        this.inputs = inputs;
        this.check = check;
    }

    private static Object defaultOf(Class<? extends Annotation> constraint, String attribute) {
        try {
            return constraint.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(constraint.getSimpleName() + " has no " + attribute, e);
        }
    }

    /** The rule id of the catalogue, as the constraint annotation declares it. */
    public String ruleId() {
        return ruleId;
    }

    /** Whether the rule's default severity is WARNING. */
    public boolean warning() {
        return warning;
    }

    /** The bundle key of the rule's message. */
    public String messageKey() {
        return messageKey;
    }

    /** The fields the rule reads, by Java name. */
    public Set<String> inputs() {
        return inputs;
    }

    /** The Java name of the field a breach concerns, or empty when the row keeps the rule. */
    public Optional<String> check(CareplanRecord row) {
        return check.apply(row);
    }
}
