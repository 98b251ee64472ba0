package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.validation.SameCsvVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** VER-002: every row carries the document's CSVバージョン; each differing row is reported. */
public final class SameCsvVersionValidator implements ConstraintValidator<SameCsvVersion, CareplanDocument> {
    @Override
    public boolean isValid(CareplanDocument doc, ConstraintValidatorContext context) {
        if (doc == null) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < doc.rows().size(); i++) {
            if (!doc.rows().get(i).csvVersion().equals(doc.version())) {
                Violations.atRow(context, i, "csvVersion");
                ok = false;
            }
        }
        return ok;
    }
}
