package dev.careplan.model.validation;

import dev.careplan.model.internal.LinkedServiceKindValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-SCOPE: the service kind of the code is in the standard's scope (○ in codes.md §13), not 対象外. */
@Documented
@Constraint(validatedBy = {LinkedServiceKindValidator.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LinkedServiceKind {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.linkedServiceKind}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-SCOPE";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
