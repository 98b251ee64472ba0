package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.KindLimitSlot;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.LimitSlotsInOrder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** FLD-SLOT: slots filled from slot 1 without gaps, each used slot with its kind, short-stay medical care as 22. */
public final class LimitSlotsInOrderValidator
        implements ConstraintValidator<LimitSlotsInOrder, SupplementaryUserRecord> {
    @Override
    public boolean isValid(SupplementaryUserRecord r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        List<KindLimitSlot> slots = r.kindLimits();
        boolean seenEmpty = false;
        for (KindLimitSlot slot : slots) {
            if (slot.isEmpty()) {
                seenEmpty = true;
                continue;
            }
            boolean kindOk = slot.serviceKindCode()
                    .map(k -> !k.code().equals("23") && !k.code().equals("2A"))
                    .orElse(false);
            if (seenEmpty || !kindOk) {
                return Violations.at(context, "kindLimits");
            }
        }
        return true;
    }
}
