package dev.careplan.model.internal;

import dev.careplan.model.validation.UniqueKeys;
import dev.careplan.model.yobo.DailyScheduleRecord;
import dev.careplan.model.yobo.MedicalHistoryRecord;
import dev.careplan.model.yobo.PreventionDocument;
import dev.careplan.model.yobo.PreventionKey;
import dev.careplan.model.yobo.PreventionRecord;
import dev.careplan.model.yobo.UserBasicInfoDeletionRecord;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/** REL-005: a key repeated in one 介護予防 file; every repetition after the first is reported at its key date. */
public final class UniqueKeysValidator implements ConstraintValidator<UniqueKeys, PreventionDocument> {
    @Override
    public boolean isValid(PreventionDocument doc, ConstraintValidatorContext context) {
        if (doc == null) {
            return true;
        }
        Set<PreventionKey> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < doc.rows().size(); i++) {
            PreventionRecord r = doc.rows().get(i);
            if (!seen.add(r.key())) {
                Violations.atRow(context, i, keyField(r));
                ok = false;
            }
        }
        return ok;
    }

    /** The name of the date field that completes the record's key. */
    static String keyField(PreventionRecord r) {
        return r instanceof UserBasicInfoRecord || r instanceof UserBasicInfoDeletionRecord
                || r instanceof DailyScheduleRecord || r instanceof MedicalHistoryRecord
                ? "consultationDate" : "planCreatedDate";
    }
}
