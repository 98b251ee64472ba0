package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.DetailSeqOnlyForRental;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-MEISAI: 明細判別コード only on kind 17 rows, and then a positive number. */
public final class DetailSeqOnlyForRentalValidator
        implements ConstraintValidator<DetailSeqOnlyForRental, ServiceUseRecord> {
    @Override
    public boolean isValid(ServiceUseRecord row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.detailSeqOnlyForRental(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
