package dev.careplan.transport.folder;

import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Hand-off to the national desktop client (ケアプランデータ連携クライアント) through folders: outgoing files are
 * written into an outbox folder, each complete before it appears under its final name (temporary hidden file, forced
 * to disk, atomic rename; all files of a unit are written before the first is renamed, so a unit appears within
 * moments), and incoming files are picked up from an inbox folder, grouped into units by their names.
 * Acknowledging a unit deletes its files from the inbox.
 *
 * <p>What was sent is remembered in the hidden folder {@code .careplan-sent} of the outbox (one small record per
 * unit): a unit counts as delivered once the desktop client has taken its files out of the outbox, sending an
 * identical unit again is harmless even after that, and a unit never sent is {@link DeliveryStatus#UNKNOWN}. The
 * folders keep no retention, so {@link DeliveryStatus#EXPIRED} does not occur here.
 */
public final class FolderTransport implements Transport {

    private final Path outbox;
    private final Path inbox;
    private final Path sent;
    private static final String PENDING = "PENDING:";

    /** A transport writing to {@code outbox} and reading from {@code inbox} (both created if missing). */
    public FolderTransport(Path outbox, Path inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.sent = outbox.resolve(".careplan-sent");
        try {
            Files.createDirectories(outbox);
            Files.createDirectories(inbox);
            Files.createDirectories(sent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the hand-off folders", e);
        }
    }

    @Override
    public void send(Unit unit) {
        String fingerprint = Fingerprint.of(unit);
        Path record = sent.resolve(unit.id().key());
        try {
            if (Files.exists(record)) {
                String was = Files.readString(record);
                if (was.equals(fingerprint)) {
                    return;
                }
                if (was.equals(PENDING + fingerprint)) {
                    // A send of this unit stopped while moving its files: move what is still staged, no more.
                    publish(unit);
                    writeDurably(record, fingerprint);
                    return;
                }
                throw new TransportException(TransportException.Reason.CONFLICT, "unit " + unit.id()
                        + " was sent before with other content; use a new sequence number");
            }
            // Conflicts first, so that nothing is staged for a unit that cannot go.
            for (UnitFile f : unit.files()) {
                Path target = outbox.resolve(f.name());
                if (Files.exists(target) && !java.util.Arrays.equals(Files.readAllBytes(target), f.bytes())) {
                    throw new TransportException(TransportException.Reason.CONFLICT, f.name()
                            + " already waits in the outbox with other content");
                }
            }
            boolean recorded = false;
            try {
                for (UnitFile f : unit.files()) {
                    if (!Files.exists(outbox.resolve(f.name()))) {
                        writeDurably(staged(f.name()), f.bytes());
                    }
                }
                writeDurably(record, PENDING + fingerprint);
                recorded = true;
            } finally {
                if (!recorded) {
                    for (UnitFile f : unit.files()) {
                        Files.deleteIfExists(staged(f.name()));
                    }
                }
            }
            publish(unit);
            writeDurably(record, fingerprint);
        } catch (IOException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE, "cannot write unit " + unit.id()
                    + " into the outbox", e);
        }
    }

    /** The hidden name a file of a unit is staged under until the unit is recorded as pending. */
    private Path staged(String name) {
        return outbox.resolve("." + name + ".part");
    }

    /**
     * Renames the staged files of a pending unit into place. A staged file that is gone was moved before (and may
     * since have been taken by the desktop client), so it is not written again.
     */
    private void publish(Unit unit) throws IOException {
        for (UnitFile f : unit.files()) {
            Path part = staged(f.name());
            if (Files.exists(part)) {
                try {
                    Files.move(part, outbox.resolve(f.name()), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(part, outbox.resolve(f.name()));
                }
            }
        }
    }

    private void writeDurably(Path target, String text) throws IOException {
        writeDurably(target, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Writes a file complete under a temporary name, forced to disk, then renamed into place in one step. */
    private void writeDurably(Path target, byte[] bytes) throws IOException {
        Path tmp = writeHidden(bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path writeHidden(byte[] bytes) throws IOException {
        Path tmp = outbox.resolve("." + UUID.randomUUID() + ".part");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        return tmp;
    }

    private Map<UnitId, List<Path>> units(Path folder) {
        Map<UnitId, List<Path>> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) {
                    continue;
                }
                try {
                    out.computeIfAbsent(Unit.idOf(name), k -> new ArrayList<>()).add(p);
                } catch (IllegalArgumentException e) {
                    // Not a file of the standard: not ours to move.
                }
            }
        } catch (IOException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE, "cannot list " + folder, e);
        }
        return out;
    }

    @Override
    public List<UnitId> inbox() {
        return List.copyOf(units(inbox).keySet());
    }

    @Override
    public Unit download(UnitId id) {
        List<Path> files = units(inbox).get(id);
        if (files == null) {
            throw new TransportException(TransportException.Reason.NOT_FOUND, "no unit " + id + " in the inbox");
        }
        List<UnitFile> out = new ArrayList<>();
        try {
            for (Path p : files) {
                out.add(new UnitFile(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE, "cannot read unit " + id, e);
        }
        return new Unit(id, out);
    }

    @Override
    public void acknowledge(UnitId id) {
        List<Path> files = units(inbox).get(id);
        if (files == null) {
            throw new TransportException(TransportException.Reason.NOT_FOUND, "no unit " + id + " in the inbox");
        }
        try {
            for (Path p : files) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE, "cannot remove unit " + id, e);
        }
    }

    @Override
    public DeliveryStatus status(UnitId id) {
        if (units(outbox).containsKey(id)) {
            return DeliveryStatus.WAITING;
        }
        return Files.exists(sent.resolve(id.key())) ? DeliveryStatus.DELIVERED : DeliveryStatus.UNKNOWN;
    }
}
