package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.validation.DistinctParties;
import dev.careplan.model.validation.SameCsvVersion;
import dev.careplan.model.validation.SameTargetMonth;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 居宅サービス計画3表 (週間サービス計画表) file ({@code UP3KYO}), sent in the plan send unit.
 *
 * @param version  the CSVバージョン of every row
 * @param sender   sending party (office number + service kind)
 * @param receiver receiving party
 * @param sequence the file sequence number (ファイル連番) shared by the send unit
 * @param rows     the records, in file order
 */
@SameCsvVersion
@DistinctParties
public record WeeklyServicePlanDocument(
        CsvVersion version,
        Party sender,
        Party receiver,
        SequenceNumber sequence,
        List<@Valid WeeklyServicePlanRecord> rows) implements CareplanDocument {

    /** Checks that nothing is null and copies the rows. */
    public WeeklyServicePlanDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        rows = List.copyOf(rows);
    }

    @Override
    public FileKind fileKind() {
        return FileKind.UP3KYO;
    }

    @Override
    public Optional<YearMonth> monthSegment() {
        return Optional.empty();
    }
}
