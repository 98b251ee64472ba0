package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.validation.DistinctParties;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FN-010: sender and receiver differ as parties (office numbers alone may be equal). */
public final class DistinctPartiesValidator implements ConstraintValidator<DistinctParties, CareplanDocument> {
    @Override
    public boolean isValid(CareplanDocument doc, ConstraintValidatorContext context) {
        return doc == null || !doc.sender().equals(doc.receiver());
    }
}
