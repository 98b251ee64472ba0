package dev.careplan.model.internal;

import dev.careplan.model.ServiceCode;
import dev.careplan.model.validation.LinkedServiceKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * FLD-SCOPE: a known kind must be linked (○) in at least one flow. Unknown kinds are left to FLD-SVCCODE so that
 * one bad code gives one violation.
 */
public final class LinkedServiceKindValidator implements ConstraintValidator<LinkedServiceKind, ServiceCode> {
    @Override
    public boolean isValid(ServiceCode code, ConstraintValidatorContext context) {
        if (code == null || code.summary() == ServiceCode.Summary.GRAND_TOTAL || !code.kind().isKnown()) {
            return true;
        }
        return code.kind().isLinked();
    }
}
