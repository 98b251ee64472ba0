package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.validation.SummaryRowShape;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-7SUB: subtotal and grand-total rows have 単位数 0 and no discount values. */
public final class SummaryRowShapeValidator implements ConstraintValidator<SummaryRowShape, ServiceUseAnnexRecord> {
    @Override
    public boolean isValid(ServiceUseAnnexRecord r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        return CrossFieldRules.summaryRowShape(r).map(field -> Violations.at(context, field)).orElse(true);
    }
}
