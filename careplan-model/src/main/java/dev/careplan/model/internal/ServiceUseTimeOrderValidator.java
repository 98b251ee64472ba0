package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-TIMEORDER on a 第6表 row with real times (9999 rows are exempt). */
public final class ServiceUseTimeOrderValidator implements ConstraintValidator<EndNotBeforeStart, ServiceUseRecord> {
    @Override
    public boolean isValid(ServiceUseRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.timeOrder(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
