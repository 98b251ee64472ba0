package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.SupplementLink;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** MON-003: exactly one of 計画作成日 (No.4) and 対象年月 (No.63) is real. */
public final class SupplementLinkValidator implements ConstraintValidator<SupplementLink, SupplementaryUserRecord> {
    @Override
    public boolean isValid(SupplementaryUserRecord r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        return CrossFieldRules.supplementLink(r).map(field -> Violations.at(context, field)).orElse(true);
    }
}
