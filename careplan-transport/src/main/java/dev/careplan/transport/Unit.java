package dev.careplan.transport;

import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A send unit on the wire: its identity and its (sealed) files. Every file name must be a standard name (with an
 * optional {@code .p7m}) whose sender, receiver and sequence are the unit's, so that a transport can refuse a unit
 * that names another sender.
 *
 * @param id    the unit's identity
 * @param files the files, at least one, names unique
 */
public record Unit(UnitId id, List<UnitFile> files) {

    /** Checks the files against the identity. */
    public Unit {
        Objects.requireNonNull(id, "id");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a send unit has at least one file");
        }
        Set<String> names = new HashSet<>();
        for (UnitFile f : files) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("file twice in one unit: " + f.name());
            }
            UnitId named = idOf(f.name());
            if (!named.equals(id)) {
                throw new IllegalArgumentException(f.name() + " belongs to unit " + named + ", not " + id);
            }
        }
    }

    /**
     * The unit a standard file name belongs to: {@code PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_SEQUENCE.CSV[.p7m]}.
     *
     * @throws IllegalArgumentException when the name is not a standard name
     */
    public static UnitId idOf(String fileName) {
        String n = fileName.endsWith(".p7m") ? fileName.substring(0, fileName.length() - 4) : fileName;
        FileKind kind = FileKind.matchName(n).orElseThrow(() -> new IllegalArgumentException(
                "not a file name of the care-plan standard: " + fileName));
        int dot = n.lastIndexOf('.');
        String[] p = n.substring(kind.prefix().length() + 1, dot < 0 ? n.length() : dot).split("_");
        int i = kind.hasMonthSegment() ? 1 : 0;
        if (p.length < i + 5) {
            throw new IllegalArgumentException("not a file name of the care-plan standard: " + fileName);
        }
        return new UnitId(Party.of(p[i], p[i + 1]), Party.of(p[i + 2], p[i + 3]), SequenceNumber.of(p[i + 4]));
    }

    /** Total size in bytes. */
    public long size() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    /** Sender of the unit. */
    public Party sender() {
        return id.sender();
    }

    /** Receiver of the unit. */
    public Party receiver() {
        return id.receiver();
    }

    /** Sequence number of the unit. */
    public SequenceNumber sequence() {
        return id.sequence();
    }
}
