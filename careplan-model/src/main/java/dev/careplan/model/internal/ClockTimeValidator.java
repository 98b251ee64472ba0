package dev.careplan.model.internal;

import dev.careplan.model.ServiceTime;
import dev.careplan.model.validation.ClockTime;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-TIME: 9999 (no time) where only a clock time is allowed. */
public final class ClockTimeValidator implements ConstraintValidator<ClockTime, ServiceTime> {
    @Override
    public boolean isValid(ServiceTime time, ConstraintValidatorContext context) {
        return time == null || !time.isNone();
    }
}
