package dev.careplan.transport;

import dev.careplan.model.CareplanFileName;
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
        CareplanFileName name = CareplanFileName.parse(n);
        return new UnitId(name.sender(), name.receiver(), name.sequence());
    }

    /** Total size in bytes. */
    public long size() {
        return files.stream().mapToLong(UnitFile::size).sum();
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
