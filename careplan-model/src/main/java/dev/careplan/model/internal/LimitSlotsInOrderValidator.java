package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.LimitSlotsInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-SLOT: slots filled from slot 1 without gaps, each used slot with its kind, short-stay medical care as 22. */
public final class LimitSlotsInOrderValidator
        implements ConstraintValidator<LimitSlotsInOrder, SupplementaryUserRecord> {
    @Override
    public boolean isValid(SupplementaryUserRecord r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        return CrossFieldRules.limitSlotsInOrder(r).map(field -> Violations.at(context, field)).orElse(true);
    }
}
