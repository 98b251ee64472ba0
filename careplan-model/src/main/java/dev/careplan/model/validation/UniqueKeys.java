package dev.careplan.model.validation;

import dev.careplan.model.internal.UniqueKeysValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REL-005: At most one record per key (保険者番号 + 被保険者番号 + 相談日 or 計画作成(変更)日) in a 介護予防 file; each repeated row is reported (warning). */
@Documented
@Constraint(validatedBy = {UniqueKeysValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueKeys {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.uniqueKeys}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (rules.md). */
    String ruleId() default "REL-005";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
