package dev.careplan.benefit;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the units over the 区分支給限度 (区分支給限度基準超単位数) are laid on the services of the month. The standard
 * leaves the choice to the care manager (the user pays the excess in full on the services chosen); this SDK offers
 * {@link #lastServicesFirst()} as the default and {@link #explicit(Map)} for the care manager's own choice, and
 * accepts any other implementation.
 */
@FunctionalInterface
public interface ExcessAllocation {

    /**
     * Distributes {@code excess} units over {@code rows} (the month's rows counted against the limit, with positive
     * units, in a fixed order).
     *
     * @return the excess units of each row, in the order of {@code rows}; each between 0 and the row's units
     *         (単位数 × 回数), summing to {@code excess}. The calculator checks this and refuses anything else.
     */
    int[] allocate(List<ServiceUseRecord> rows, int excess);

    /**
     * The default: the last services of the month bear the excess first — by service date, then start time, then
     * service code and office, latest first — each row fully before the next, the last one partly. This is the
     * common practice of care-management software (the excess falls on what was used after the limit ran out).
     */
    static ExcessAllocation lastServicesFirst() {
        return (rows, excess) -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                order.add(i);
            }
            Comparator<Integer> latest = Comparator.<Integer, java.time.LocalDate>comparing(i -> rows.get(i)
                    .serviceDate()).thenComparing(i -> rows.get(i).serviceStartTime())
                    .thenComparing(i -> rows.get(i).serviceCode()).thenComparing(i -> rows.get(i)
                            .serviceOfficeNumber()).thenComparingInt(i -> i);
            order.sort(latest.reversed());
            int[] out = new int[rows.size()];
            int left = excess;
            for (int i : order) {
                if (left == 0) {
                    break;
                }
                int take = Math.min(left, ServiceRows.totalUnits(rows.get(i)));
                out[i] = take;
                left -= take;
            }
            return out;
        };
    }

    /** Where the care manager lays excess units: a provider office and a service code (第7表 line). */
    record Target(OfficeNumber office, ServiceCode code) {
        /** Checks that nothing is null. */
        public Target {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * The care manager's own choice: so many excess units on each (office, service code). Within one target the
     * last rows bear them first. The amounts must add up to the month's excess and fit the target's units, else
     * the calculation fails with a {@link BenefitInputException}.
     */
    static ExcessAllocation explicit(Map<Target, Integer> units) {
        Map<Target, Integer> copy = Map.copyOf(units);
        return (rows, excess) -> {
            int sum = copy.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != excess) {
                throw new BenefitInputException("the excess allocated (" + sum + " units) is not the month's excess ("
                        + excess + " units)");
            }
            int[] out = new int[rows.size()];
            Map<Target, List<ServiceUseRecord>> byTarget = new HashMap<>();
            Map<ServiceUseRecord, Integer> index = new java.util.IdentityHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                ServiceUseRecord r = rows.get(i);
                byTarget.computeIfAbsent(new Target(r.serviceOfficeNumber(), r.serviceCode()),
                        k -> new ArrayList<>()).add(r);
                index.put(r, i);
            }
            for (Map.Entry<Target, Integer> e : copy.entrySet()) {
                List<ServiceUseRecord> own = byTarget.getOrDefault(e.getKey(), List.of());
                int available = own.stream().mapToInt(ServiceRows::totalUnits).sum();
                if (e.getValue() < 0 || e.getValue() > available) {
                    throw new BenefitInputException("excess of " + e.getValue() + " units on " + e.getKey().office()
                            + " " + e.getKey().code() + ", which has " + available + " units counted against the limit");
                }
                int[] part = lastServicesFirst().allocate(own, e.getValue());
                for (int k = 0; k < own.size(); k++) {
                    out[index.get(own.get(k))] = part[k];
                }
            }
            return out;
        };
    }
}
