package dev.careplan.model.validation;

import dev.careplan.model.internal.ServiceUseTimeOrderValidator;
import dev.careplan.model.internal.WeeklyPlanTimeOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-TIMEORDER: the end time is not before the start time (warning; overnight services excepted by the reviewer). */
@Documented
@Constraint(validatedBy = {ServiceUseTimeOrderValidator.class, WeeklyPlanTimeOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EndNotBeforeStart {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.endNotBeforeStart}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-TIMEORDER";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
