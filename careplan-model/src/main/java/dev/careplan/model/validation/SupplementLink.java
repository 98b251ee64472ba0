package dev.careplan.model.validation;

import dev.careplan.model.internal.SupplementLinkValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** MON-003: a 利用者補足情報 record is tied either to a 第1表 (計画作成日 set, 対象年月 000000) or to a 第6表 (計画作成日 00000000, 対象年月 set), never both or neither. */
@Documented
@Constraint(validatedBy = {SupplementLinkValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SupplementLink {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.supplementLink}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "MON-003";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
