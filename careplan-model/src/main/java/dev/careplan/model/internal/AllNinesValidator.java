package dev.careplan.model.internal;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.validation.AllNines;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-7FIXED: the office code is 9999999999. */
public final class AllNinesValidator implements ConstraintValidator<AllNines, OfficeNumber> {
    @Override
    public boolean isValid(OfficeNumber office, ConstraintValidatorContext context) {
        return CrossFieldRules.allNines(office);
    }
}
