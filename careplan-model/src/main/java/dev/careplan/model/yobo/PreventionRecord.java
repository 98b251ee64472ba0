package dev.careplan.model.yobo;

import dev.careplan.model.kyotaku.CareplanRecord;

/**
 * A record (one CSV row) of a 介護予防 file kind: besides the user part every layout starts with, each carries the
 * date that completes its key (相談日 for 利用者基本情報 and its 別表, 計画作成(変更)日 for the 計画書 and its 別表).
 */
public sealed interface PreventionRecord extends CareplanRecord permits UserBasicInfoRecord, DailyScheduleRecord,
        MedicalHistoryRecord, UserBasicInfoDeletionRecord, PreventionPlanRecord, SupportPlanRecord,
        PreventionPlanDeletionRecord {

    /** The key this record belongs to (an annex record: the key of its parent). */
    PreventionKey key();
}
