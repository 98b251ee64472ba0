package dev.careplan.model.internal;

import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.MonthBoundRecord;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.SameTargetMonth;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** MON-001/MON-002: every row's month equals the document's month segment; each differing row is reported. */
public final class SameTargetMonthValidator implements ConstraintValidator<SameTargetMonth, CareplanDocument> {
    @Override
    public boolean isValid(CareplanDocument doc, ConstraintValidatorContext context) {
        if (doc == null) {
            return true;
        }
        boolean ok = true;
        for (int i = 0; i < doc.rows().size(); i++) {
            if (doc.rows().get(i) instanceof MonthBoundRecord r && !r.recordMonth().equals(doc.monthSegment())) {
                Violations.atRow(context, i, monthField(r));
                ok = false;
            }
        }
        return ok;
    }

    private static String monthField(MonthBoundRecord r) {
        return r instanceof ServiceUseRecord || r instanceof ServiceUseAnnexRecord
                || r instanceof SupplementaryUserRecord ? "targetYearMonth" : "deleteTargetYearMonth";
    }
}
