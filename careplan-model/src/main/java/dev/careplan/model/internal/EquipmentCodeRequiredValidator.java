package dev.careplan.model.internal;

import dev.careplan.model.ServiceCode;
import dev.careplan.model.kyotaku.EquipmentRentalLine;
import dev.careplan.model.validation.EquipmentCodeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** FLD-TAIS: a 17/67 detail row names its product by TAIS code or 福祉用具届出コード. */
public final class EquipmentCodeRequiredValidator implements ConstraintValidator<EquipmentCodeRequired, EquipmentRentalLine> {
    @Override
    public boolean isValid(EquipmentRentalLine row, ConstraintValidatorContext context) {
        if (row == null || row.serviceCode() == null) {
            return true;
        }
        ServiceCode code = row.serviceCode();
        if (code.summary() != ServiceCode.Summary.DETAIL || !code.kind().requiresEquipmentCode()) {
            return true;
        }
        boolean named = row.taisCode().filter(s -> !s.isBlank()).isPresent()
                || row.equipmentNotificationCode().filter(s -> !s.isBlank()).isPresent();
        return named || Violations.at(context, "taisCode");
    }
}
