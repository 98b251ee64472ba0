package dev.careplan.model.internal;

import dev.careplan.model.validation.PlanAnnexMatches;
import dev.careplan.model.yobo.PreventionKey;
import dev.careplan.model.yobo.PreventionSendUnit;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/** REL-004 on a send unit: 別表 rows without a 介護予防サービス・支援計画書 record of their key. */
public final class PlanAnnexMatchesValidator implements ConstraintValidator<PlanAnnexMatches, PreventionSendUnit> {
    @Override
    public boolean isValid(PreventionSendUnit unit, ConstraintValidatorContext context) {
        if (unit == null || unit.plan().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Set<PreventionKey> keys = new HashSet<>(unit.plan().get().keys());
        return BasicInfoAnnexesMatchValidator.annexRows(context, "supportPlan", unit.supportPlan(), keys);
    }
}
