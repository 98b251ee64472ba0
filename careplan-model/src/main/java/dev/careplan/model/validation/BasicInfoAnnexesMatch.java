package dev.careplan.model.validation;

import dev.careplan.model.internal.BasicInfoAnnexesMatchValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REL-003: Every 別表1/別表2 row of a 介護予防 unit matches a 利用者基本情報 record (保険者番号 + 被保険者番号 + 相談日); every image a record names is in the unit, and every image of the unit is named by a record. */
@Documented
@Constraint(validatedBy = {BasicInfoAnnexesMatchValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BasicInfoAnnexesMatch {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.basicInfoAnnexesMatch}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (rules.md). */
    String ruleId() default "REL-003";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
