package dev.careplan.conformance;

import dev.careplan.model.kyotaku.CareplanRecord;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a vendor's importer did with a delivery (取込結果): accepted it, with the rows it imported, or refused it,
 * with the rule ids it cites or a reason.
 */
public sealed interface ImportOutcome permits ImportOutcome.Accepted, ImportOutcome.Rejected {

    /**
     * The delivery was imported.
     *
     * @param rows the rows imported, as the SDK's typed rows, file by file in file-name order and in file order
     *             within a file
     */
    record Accepted(List<CareplanRecord> rows) implements ImportOutcome {
        /** Copies the rows. */
        public Accepted {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The delivery was refused and nothing of it imported.
     *
     * @param ruleIds the catalogue's rule ids the importer cites; empty when it gives only a reason
     * @param reason  the importer's reason, for the report
     */
    record Rejected(Set<String> ruleIds, String reason) implements ImportOutcome {
        /** Checks that nothing is null and copies the rule ids. */
        public Rejected {
            ruleIds = Set.copyOf(ruleIds);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Accepted with these rows. */
    static ImportOutcome accepted(List<? extends CareplanRecord> rows) {
        return new Accepted(List.copyOf(rows));
    }

    /** Refused, citing rule ids. */
    static ImportOutcome rejected(Set<String> ruleIds, String reason) {
        return new Rejected(ruleIds, reason);
    }

    /** Refused with a reason only. */
    static ImportOutcome rejected(String reason) {
        return new Rejected(Set.of(), reason);
    }
}
