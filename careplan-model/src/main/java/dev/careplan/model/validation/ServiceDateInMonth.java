package dev.careplan.model.validation;

import dev.careplan.model.internal.ServiceDateInMonthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** MON-004: the 第6表 サービス利用日 lies in the row's 対象年月. */
@Documented
@Constraint(validatedBy = {ServiceDateInMonthValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceDateInMonth {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.serviceDateInMonth}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "MON-004";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
