package dev.careplan.transport;

import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a send unit (ファイル送信の単位): sender, receiver and the shared sequence number (ファイル連番).
 * Ordered by sequence number, the import order of the standard.
 *
 * @param sender   sending party
 * @param receiver receiving party
 * @param sequence sequence number
 */
public record UnitId(Party sender, Party receiver, SequenceNumber sequence) implements Comparable<UnitId> {

    private static final Comparator<UnitId> ORDER = Comparator.comparing(UnitId::sequence)
            .thenComparing(UnitId::sender).thenComparing(UnitId::receiver);

    /** Checks that nothing is null. */
    public UnitId {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
    }

    /** A path-safe text form: {@code SEQUENCE_SENDEROFFICE_KIND_RECEIVEROFFICE_KIND}. */
    public String key() {
        return sequence.value() + "_" + sender.office().value() + "_" + sender.kind().code() + "_"
                + receiver.office().value() + "_" + receiver.kind().code();
    }

    /** Parses {@link #key()}. */
    public static UnitId parse(String key) {
        String[] p = key.split("_");
        if (p.length != 5) {
            throw new IllegalArgumentException("not a unit id: " + key);
        }
        return new UnitId(Party.of(p[1], p[2]), Party.of(p[3], p[4]), SequenceNumber.of(p[0]));
    }

    @Override
    public int compareTo(UnitId o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return key();
    }
}
