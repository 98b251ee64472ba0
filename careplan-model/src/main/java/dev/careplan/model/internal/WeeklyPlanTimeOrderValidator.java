package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import dev.careplan.model.validation.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-TIMEORDER on a 第3表 row: service times and activity times. */
public final class WeeklyPlanTimeOrderValidator
        implements ConstraintValidator<EndNotBeforeStart, WeeklyServicePlanRecord> {
    @Override
    public boolean isValid(WeeklyServicePlanRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.timeOrder(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
