package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.ServiceDateInMonth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** MON-004: the サービス利用日 lies in the row's 対象年月. */
public final class ServiceDateInMonthValidator implements ConstraintValidator<ServiceDateInMonth, ServiceUseRecord> {
    @Override
    public boolean isValid(ServiceUseRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.serviceDateInMonth(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
