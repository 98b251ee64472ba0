package dev.careplan.model.validation;

import dev.careplan.model.internal.ClockTimeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-TIME: a clock time HHMM; 9999 (no time) is allowed only in 第6表 サービス開始/終了時刻. */
@Documented
@Constraint(validatedBy = {ClockTimeValidator.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ClockTime {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.clockTime}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-TIME";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
