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
 * 利用者補足情報 file ({@code UPHOSOKU}): its month segment is the service month of a 利用票 send unit, or {@code 000000} (empty here) in a plan send unit.
 *
 * @param version  the CSVバージョン of every row
 * @param sender   sending party (office number + service kind)
 * @param receiver receiving party
 * @param sequence the file sequence number (ファイル連番) shared by the send unit
 * @param targetMonth the month segment of the file name (提供年月), empty for {@code 000000}
 * @param rows     the records, in file order
 */
@SameCsvVersion
@DistinctParties
@SameTargetMonth
public record SupplementaryUserDocument(
        CsvVersion version,
        Party sender,
        Party receiver,
        SequenceNumber sequence,
        Optional<YearMonth> targetMonth,
        List<@Valid SupplementaryUserRecord> rows) implements CareplanDocument {

    /** Checks that nothing is null and copies the rows. */
    public SupplementaryUserDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(targetMonth, "targetMonth");
        rows = List.copyOf(rows);
    }

    @Override
    public FileKind fileKind() {
        return FileKind.UPHOSOKU;
    }

    @Override
    public Optional<YearMonth> monthSegment() {
        return targetMonth;
    }
}
