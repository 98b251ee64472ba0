package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.EquipmentRentalLine;
import dev.careplan.model.validation.EquipmentCodeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-TAIS: a 17/67 detail row names its product by TAIS code or 福祉用具届出コード. */
public final class EquipmentCodeRequiredValidator implements ConstraintValidator<EquipmentCodeRequired, EquipmentRentalLine> {
    @Override
    public boolean isValid(EquipmentRentalLine row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        return CrossFieldRules.equipmentCode(row).map(field -> Violations.at(context, field)).orElse(true);
    }
}
