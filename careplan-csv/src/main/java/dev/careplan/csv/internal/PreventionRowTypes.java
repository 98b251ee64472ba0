package dev.careplan.csv.internal;

import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.yobo.DailyScheduleRecord;
import dev.careplan.model.yobo.MedicalHistoryRecord;
import dev.careplan.model.yobo.PreventionPlanDeletionRecord;
import dev.careplan.model.yobo.PreventionPlanRecord;
import dev.careplan.model.yobo.SupportPlanRecord;
import dev.careplan.model.yobo.UserBasicInfoDeletionRecord;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import java.util.Map;
import java.util.Optional;

/**
 * The typed rows of the 介護予防 file kinds, kept apart from the 居宅 table so that each flow registers its own
 * kinds. The family image ({@code UPKIHON_IMAGE}) has no rows: it is carried as a file of its unit.
 */
public final class PreventionRowTypes {

    private static final Map<FileKind, Class<? extends CareplanRecord>> TYPES = Map.of(
            FileKind.UPKIHON, UserBasicInfoRecord.class,
            FileKind.UPKIHON_SUB1, DailyScheduleRecord.class,
            FileKind.UPKIHON_SUB2, MedicalHistoryRecord.class,
            FileKind.DLTKIHON, UserBasicInfoDeletionRecord.class,
            FileKind.UPYOBO, PreventionPlanRecord.class,
            FileKind.UPYOBO_SUB, SupportPlanRecord.class,
            FileKind.DLTYOBO, PreventionPlanDeletionRecord.class);

    private PreventionRowTypes() {
    }

    /** The row type of a 介護予防 kind. */
    public static Optional<Class<? extends CareplanRecord>> of(FileKind kind) {
        return Optional.ofNullable(TYPES.get(kind));
    }
}
