package dev.careplan.transport;

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
 * to disk, atomic rename), and incoming files are picked up from an inbox folder, grouped into units by their names.
 * Acknowledging a unit deletes its files from the inbox; a sent unit counts as delivered once the desktop client has
 * taken its files out of the outbox.
 */
public final class FolderTransport implements Transport {

    private final Path outbox;
    private final Path inbox;

    /** A transport writing to {@code outbox} and reading from {@code inbox} (both created if missing). */
    public FolderTransport(Path outbox, Path inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
        try {
            Files.createDirectories(outbox);
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the hand-off folders", e);
        }
    }

    @Override
    public void send(Unit unit) {
        for (UnitFile f : unit.files()) {
            Path target = outbox.resolve(f.name());
            try {
                if (Files.exists(target)) {
                    if (java.util.Arrays.equals(Files.readAllBytes(target), f.bytes())) {
                        continue;
                    }
                    throw new TransportException(TransportException.Reason.CONFLICT, f.name()
                            + " already waits in the outbox with other content");
                }
                Path tmp = outbox.resolve("." + UUID.randomUUID() + ".part");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(f.bytes());
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                    ch.force(true);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
            } catch (IOException e) {
                throw new TransportException(TransportException.Reason.UNAVAILABLE, "cannot write " + f.name()
                        + " into the outbox", e);
            }
        }
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
        return units(outbox).containsKey(id) ? DeliveryStatus.WAITING : DeliveryStatus.DELIVERED;
    }
}
