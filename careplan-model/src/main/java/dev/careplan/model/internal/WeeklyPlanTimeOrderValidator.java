package dev.careplan.model.internal;

import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import dev.careplan.model.validation.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** FLD-TIMEORDER on a 第3表 row: service times and activity times. */
public final class WeeklyPlanTimeOrderValidator
        implements ConstraintValidator<EndNotBeforeStart, WeeklyServicePlanRecord> {
    @Override
    public boolean isValid(WeeklyServicePlanRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        if (!inOrder(row.serviceStartTime(), row.serviceEndTime())) {
            return Violations.at(context, "serviceEndTime");
        }
        if (!inOrder(row.activityStartTime(), row.activityEndTime())) {
            return Violations.at(context, "activityEndTime");
        }
        return true;
    }

    private static boolean inOrder(Optional<ServiceTime> start, Optional<ServiceTime> end) {
        return start.isEmpty() || end.isEmpty() || TimeOrder.inOrder(start.get(), end.get());
    }
}
