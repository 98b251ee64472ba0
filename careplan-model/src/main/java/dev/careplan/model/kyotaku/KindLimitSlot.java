package dev.careplan.model.kyotaku;

import dev.careplan.model.ServiceKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import dev.careplan.model.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the nine per-service-kind limit slots of the 利用者補足情報 (No.20–55: サービス種類コード, 支給限度基準額,
 * 合計単位数, 限度超単位数). Slots are filled from slot 1 upward when per-kind limit management is needed; for
 * 短期入所療養介護 the kind is reported as {@code 22}.
 *
 * @param serviceKindCode the slot's service kind (slot field 1)
 * @param limitUnits      kind limit in units (slot field 2)
 * @param totalUnits      total units of the kind (slot field 3)
 * @param excessUnits     units over the kind limit (slot field 4)
 */
public record KindLimitSlot(
        Optional<ServiceKind> serviceKindCode,
        Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> limitUnits,
        Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> totalUnits,
        Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> excessUnits) {

    /** Number of slots in a 利用者補足情報 record. */
    public static final int SLOT_COUNT = 9;

    /** A slot with no value. */
    public static final KindLimitSlot EMPTY =
            new KindLimitSlot(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that no field is null. */
    public KindLimitSlot {
        Objects.requireNonNull(serviceKindCode, "serviceKindCode");
        Objects.requireNonNull(limitUnits, "limitUnits");
        Objects.requireNonNull(totalUnits, "totalUnits");
        Objects.requireNonNull(excessUnits, "excessUnits");
    }

    /** A filled slot. */
    public static KindLimitSlot of(ServiceKind kind, int limitUnits, int totalUnits, int excessUnits) {
        return new KindLimitSlot(Optional.of(kind), Optional.of(limitUnits), Optional.of(totalUnits),
                Optional.of(excessUnits));
    }

    /** True when no field of the slot has a value. */
    public boolean isEmpty() {
        return serviceKindCode.isEmpty() && limitUnits.isEmpty() && totalUnits.isEmpty() && excessUnits.isEmpty();
    }

    /**
     * The given slots followed by empty ones up to nine; the order and empty slots in between are kept.
     *
     * @throws IllegalArgumentException when more than nine slots are given
     */
    public static List<KindLimitSlot> nineSlots(List<KindLimitSlot> slots) {
        if (slots.size() > SLOT_COUNT) {
            throw new IllegalArgumentException("利用者補足情報 has 9 limit slots, got " + slots.size());
        }
        List<KindLimitSlot> out = new ArrayList<>(SLOT_COUNT);
        for (KindLimitSlot s : slots) {
            out.add(Objects.requireNonNull(s, "slot"));
        }
        while (out.size() < SLOT_COUNT) {
            out.add(EMPTY);
        }
        return List.copyOf(out);
    }
}
