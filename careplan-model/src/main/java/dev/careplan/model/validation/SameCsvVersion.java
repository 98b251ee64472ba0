package dev.careplan.model.validation;

import dev.careplan.model.internal.SameCsvVersionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** VER-002: every row of a document carries the document's CSVバージョン. */
@Documented
@Constraint(validatedBy = {SameCsvVersionValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SameCsvVersion {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.sameCsvVersion}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "VER-002";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
