package dev.careplan.transport;

import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Receives safely, because the relay deletes what is acknowledged: for each waiting unit, in import order
 * (ascending sequence number), download it, open and verify every file ({@link Opener}), write the plain files
 * durably into the destination, journal the unit, and only then acknowledge. A unit downloaded again after a crash
 * between writing and acknowledging is recognised by name and SHA-256 in the journal and not imported twice. A
 * unit with a rejected file is journalled as rejected, left unacknowledged on the channel, and reported.
 */
public final class SafeReceiver {

    /** What happened to one unit. */
    public record Received(UnitId unit, List<OpenedFile> files, String outcome) {
        /** Copies the files. */
        public Received {
            files = List.copyOf(files);
        }
    }

    private final Transport transport;
    private final Opener opener;
    private final Path destination;
    private final Journal journal;
    private final Clock clock;

    /** A receiver over {@code transport} opening with {@code opener} into {@code destination}. */
    public SafeReceiver(Transport transport, Opener opener, Path destination, Journal journal, Clock clock) {
        this.transport = Objects.requireNonNull(transport);
        this.opener = Objects.requireNonNull(opener);
        this.destination = Objects.requireNonNull(destination);
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Receives everything waiting, in import order. */
    public List<Received> receiveAll() {
        List<Received> out = new ArrayList<>();
        for (UnitId id : transport.inbox()) {
            out.add(receive(id));
        }
        return out;
    }

    /** Receives one unit. */
    public Received receive(UnitId id) {
        Unit unit = transport.download(id);
        List<Journal.FileEntry> entries = unit.files().stream()
                .map(f -> new Journal.FileEntry(f.name(), f.sha256())).toList();
        boolean all = unit.files().stream().allMatch(f -> journal.imported(f.name(), f.sha256()));
        if (all) {
            journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries,
                    "ALREADY_IMPORTED"));
            transport.acknowledge(id);
            return new Received(id, List.of(), "ALREADY_IMPORTED");
        }
        List<OpenedFile> opened = new ArrayList<>();
        try {
            Files.createDirectories(destination);
            for (UnitFile f : unit.files()) {
                Path staging = Files.createTempDirectory(destination, ".staging");
                try {
                    Path env = staging.resolve(f.name());
                    Files.write(env, f.bytes());
                    opened.add(opener.open(env, destination));
                } finally {
                    try (var s = Files.list(staging)) {
                        for (Path p : s.toList()) {
                            Files.delete(p);
                        }
                    }
                    Files.delete(staging);
                }
            }
        } catch (EnvelopeException e) {
            journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries,
                    "REJECTED:" + e.failure()));
            return new Received(id, opened, "REJECTED:" + e.failure());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write unit " + id + " into " + destination, e);
        }
        journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries, "IMPORTED"));
        transport.acknowledge(id);
        return new Received(id, opened, "IMPORTED");
    }
}
