package dev.careplan.model.validation;

import dev.careplan.model.internal.AllNinesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-7FIXED: 第7表 No.34 事業所コード is the fixed value 9999999999 (warning; the assignment to No.34 is AMBIGUOUS in the source). */
@Documented
@Constraint(validatedBy = {AllNinesValidator.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllNines {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.allNines}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-7FIXED";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
