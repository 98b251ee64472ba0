package dev.careplan.model.validation;

import dev.careplan.model.internal.EquipmentCodeRequiredValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** FLD-TAIS: on a 福祉用具貸与 (17) or 介護予防福祉用具貸与 (67) detail row, TAISコード or 福祉用具届出コード is filled. */
@Documented
@Constraint(validatedBy = {EquipmentCodeRequiredValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EquipmentCodeRequired {

    /** Message template (ValidationMessages). */
    String message() default "{careplan.equipmentCodeRequired}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload, for the caller's own use. */
    Class<? extends Payload>[] payload() default {};

    /** Rule id of the standard's rule catalogue (docs/rules.md). */
    String ruleId() default "FLD-TAIS";

    /** True when the rule's default severity is WARNING rather than ERROR. */
    boolean warning() default false;
}
