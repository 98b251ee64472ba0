package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.ProratedDaysInMonth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** MON-005: 日割対象日 marks no day after the end of the 対象年月. */
public final class ProratedDaysInMonthValidator implements ConstraintValidator<ProratedDaysInMonth, ServiceUseRecord> {
    @Override
    public boolean isValid(ServiceUseRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.proratedDaysInMonth(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
