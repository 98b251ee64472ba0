package dev.careplan.benefit;

import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.util.List;
import java.util.Objects;

/**
 * A 予定 row and the 実績 row matched to it (the same visit), with what differs between them (empty when the visit
 * took place exactly as planned).
 *
 * @param planned the 予定 row
 * @param actual  the 実績 row
 * @param kinds   the differences, in {@link DifferenceKind} order
 */
public record MatchedVisit(ServiceUseRecord planned, ServiceUseRecord actual, List<DifferenceKind> kinds) {

    /** Checks that nothing is null and copies the list. */
    public MatchedVisit {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        kinds = List.copyOf(kinds);
    }

    /** True when the visit took place as planned. */
    public boolean asPlanned() {
        return kinds.isEmpty();
    }
}
