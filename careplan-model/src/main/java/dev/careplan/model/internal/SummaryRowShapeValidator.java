package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.validation.SummaryRowShape;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-7SUB: subtotal and grand-total rows have 単位数 0 and no discount values. */
public final class SummaryRowShapeValidator implements ConstraintValidator<SummaryRowShape, ServiceUseAnnexRecord> {
    @Override
    public boolean isValid(ServiceUseAnnexRecord r, ConstraintValidatorContext context) {
        if (r == null || r.serviceCode().isDetail()) {
            return true;
        }
        if (r.units() != 0) {
            return Violations.at(context, "units");
        }
        if (r.discountRate().isPresent()) {
            return Violations.at(context, "discountRate");
        }
        if (r.discountedUnits().isPresent()) {
            return Violations.at(context, "discountedUnits");
        }
        return true;
    }
}
