package dev.careplan.model.validation;

import dev.careplan.model.internal.SummaryRowShapeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-7SUB: a 第7表 subtotal or grand-total row has 単位数 0 and empty 割引後率 / 割引後単位数. */
@Documented
@Constraint(validatedBy = {SummaryRowShapeValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SummaryRowShape {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.summaryRowShape}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-7SUB";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
