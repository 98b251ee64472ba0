package dev.careplan.model.validation;

import dev.careplan.model.internal.KnownServiceKindValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-SVCCODE: the service code starts with a service kind the standard lists (第7表 summary code 999999 allowed). */
@Documented
@Constraint(validatedBy = {KnownServiceKindValidator.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownServiceKind {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.knownServiceKind}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-SVCCODE";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
