package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.validation.DistinctParties;
import dev.careplan.model.validation.SameCsvVersion;
import dev.careplan.model.validation.UniqueKeys;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * 介護予防サービス・支援計画書 file ({@code UPYOBO}), sent with its 別表 in a {@link PreventionSendUnit}.
 *
 * @param version  the CSVバージョン of every row
 * @param sender   sending party (office number + service kind)
 * @param receiver receiving party
 * @param sequence the file sequence number (ファイル連番) shared by the send unit
 * @param rows     the records, in file order
 */
@SameCsvVersion
@DistinctParties
@UniqueKeys
public record PreventionPlanDocument(
        CsvVersion version,
        Party sender,
        Party receiver,
        SequenceNumber sequence,
        List<@Valid PreventionPlanRecord> rows) implements PreventionDocument {

    /** Checks that nothing is null and copies the rows. */
    public PreventionPlanDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        rows = List.copyOf(rows);
    }

    @Override
    public FileKind fileKind() {
        return FileKind.UPYOBO;
    }
}
