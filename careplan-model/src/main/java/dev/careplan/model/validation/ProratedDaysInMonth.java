package dev.careplan.model.validation;

import dev.careplan.model.internal.ProratedDaysInMonthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** MON-005: 日割対象日 marks no day after the last day of the 対象年月 (warning). */
@Documented
@Constraint(validatedBy = {ProratedDaysInMonthValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProratedDaysInMonth {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.proratedDaysInMonth}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "MON-005";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
