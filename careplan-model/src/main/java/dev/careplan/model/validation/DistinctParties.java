package dev.careplan.model.validation;

import dev.careplan.model.internal.DistinctPartiesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FN-010: sender and receiver are different parties (office + kind) (warning). */
@Documented
@Constraint(validatedBy = {DistinctPartiesValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctParties {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.distinctParties}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FN-010";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
