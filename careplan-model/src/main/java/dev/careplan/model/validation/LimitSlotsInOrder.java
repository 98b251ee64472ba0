package dev.careplan.model.validation;

import dev.careplan.model.internal.LimitSlotsInOrderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-SLOT: 利用者補足情報 per-kind limit slots are filled from slot 1 without gaps, every used slot has its サービス種類コード, and short-stay medical care is reported as kind 22 (warning). */
@Documented
@Constraint(validatedBy = {LimitSlotsInOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LimitSlotsInOrder {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.limitSlotsInOrder}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-SLOT";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
