package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One file of the 居宅 or 介護予防 flow as a whole: its identity (kind, CSVバージョン, sender and receiver party, sequence number,
 * month segment where the kind has one) and its rows. One implementation per file kind; the CSV module reads
 * and writes them.
 */
public sealed interface CareplanDocument permits SupplementaryUserDocument, CarePlanSheet1Document, CarePlanSheet1DeletionDocument, CarePlanSheet2Document, WeeklyServicePlanDocument, ServiceUsePlanDocument, ActualsDocument, ServiceUsePlanDeletionDocument, ActualsDeletionDocument, ServiceUseAnnexDocument,
        dev.careplan.model.yobo.PreventionDocument {

    /** The file kind (prefix of the file name). */
    FileKind fileKind();

    /** The CSVバージョン of the file. */
    CsvVersion version();

    /** Sending party. */
    Party sender();

    /** Receiving party. */
    Party receiver();

    /** File sequence number (ファイル連番). */
    SequenceNumber sequence();

    /**
     * The month segment of the file name: the service month for month-bound kinds; empty for kinds without a month
     * segment and for a plan-bound 利用者補足情報 ({@code 000000}).
     */
    Optional<YearMonth> monthSegment();

    /** The records, in file order. */
    List<? extends CareplanRecord> rows();
}
