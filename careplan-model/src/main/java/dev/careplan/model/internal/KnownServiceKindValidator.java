package dev.careplan.model.internal;

import dev.careplan.model.ServiceCode;
import dev.careplan.model.validation.KnownServiceKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-SVCCODE: the code's first two characters are a service kind the standard lists. */
public final class KnownServiceKindValidator implements ConstraintValidator<KnownServiceKind, ServiceCode> {
    @Override
    public boolean isValid(ServiceCode code, ConstraintValidatorContext context) {
        return code == null || code.summary() == ServiceCode.Summary.GRAND_TOTAL || code.kind().isKnown();
    }
}
