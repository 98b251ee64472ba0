package dev.careplan.model.yobo;

import dev.careplan.model.kyotaku.CareplanDocument;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One file of the 介護予防 flow as a whole: its identity (kind, CSVバージョン, sender and receiver party, sequence
 * number), its rows and the keys they carry. None of these kinds has a month segment in its file name.
 */
public sealed interface PreventionDocument extends CareplanDocument permits UserBasicInfoDocument,
        DailyScheduleDocument, MedicalHistoryDocument, UserBasicInfoDeletionDocument, PreventionPlanDocument,
        SupportPlanDocument, PreventionPlanDeletionDocument {

    @Override
    List<? extends PreventionRecord> rows();

    /** Never a month segment: the 介護予防 file names have none. */
    @Override
    default Optional<YearMonth> monthSegment() {
        return Optional.empty();
    }

    /** The distinct keys of the rows, in file order. */
    default List<PreventionKey> keys() {
        return rows().stream().map(PreventionRecord::key).distinct().toList();
    }
}
