package dev.careplan.model.validation;

import dev.careplan.model.internal.PlanAnnexMatchesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REL-004: Every 別表 row of a 介護予防 unit matches a 介護予防サービス・支援計画書 record (保険者番号 + 被保険者番号 + 計画作成(変更)日). */
@Documented
@Constraint(validatedBy = {PlanAnnexMatchesValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlanAnnexMatches {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.planAnnexMatches}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (rules.md). */
    String ruleId() default "REL-004";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
