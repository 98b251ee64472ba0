package dev.careplan.model.validation;

import dev.careplan.model.internal.DetailSeqOnlyForRentalValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-MEISAI: 明細判別コード is used only on 福祉用具貸与 (17) rows and is a positive number (warning). */
@Documented
@Constraint(validatedBy = {DetailSeqOnlyForRentalValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DetailSeqOnlyForRental {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.detailSeqOnlyForRental}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-MEISAI";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default true;
}
