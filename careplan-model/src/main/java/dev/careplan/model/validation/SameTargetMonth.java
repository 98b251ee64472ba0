package dev.careplan.model.validation;

import dev.careplan.model.internal.SameTargetMonthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** MON-001/MON-002: every row of a month-bound document is of the document's month. */
@Documented
@Constraint(validatedBy = {SameTargetMonthValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SameTargetMonth {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.sameTargetMonth}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "MON-001";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
