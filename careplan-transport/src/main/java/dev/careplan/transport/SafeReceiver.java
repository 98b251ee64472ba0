package dev.careplan.transport;

import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import dev.careplan.transport.internal.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Receives safely, because the relay deletes what is acknowledged. For each waiting unit, in import order
 * (ascending sequence number): download it; open and verify every file ({@link Opener}) into a staging folder of
 * the unit ({@code DEST/.staging/<unit>}); check the files; journal the unit as pending; move the files into the
 * destination; journal it as imported; and only then acknowledge.
 *
 * <p>So a unit appears in the destination only when every one of its files opened: a rejected unit publishes
 * nothing. A rejected unit is journalled with its reason ({@code REJECTED:<failure>}) and rejected on the channel
 * ({@link Transport#reject}): the channel deletes it and its sender sees the reason, and the next unit is received.
 * Whatever a sender puts in a unit, the unit is imported or rejected, never the end of the run. Only a failure this
 * office can cure itself keeps a unit waiting, to be received again: {@code ALREADY_EXISTS} (a different file of
 * that name is in the destination) and {@code REVOCATION_UNKNOWN} (no current CRL here). A unit downloaded again after a crash is recognised in the journal: imported before (same names and
 * SHA-256) it is only acknowledged; pending (the crash fell between journalling and acknowledging) only the files
 * still in its staging folder are moved, so a file the office's software already took is not written again.
 */
public final class SafeReceiver {

    /** Journal outcome of a unit whose files all opened and passed the check. */
    public static final String IMPORTED = "IMPORTED";
    /** Journal outcome of a unit whose files all opened but one failed the check (e.g. the CSV validation). */
    public static final String IMPORTED_WITH_ERRORS = "IMPORTED_WITH_ERRORS";
    /** Journal outcome of a unit recognised as imported before. */
    public static final String ALREADY_IMPORTED = "ALREADY_IMPORTED";
    private static final String PENDING = "PENDING:";
    /** Failures this office cures itself (move the old file away, update its CRLs): the unit stays waiting. */
    private static final java.util.Set<String> LOCAL_FAILURES = java.util.Set.of(
            EnvelopeException.Failure.ALREADY_EXISTS.name(), EnvelopeException.Failure.REVOCATION_UNKNOWN.name());

    /** What happened to one unit; {@code files} are the files published now (none for a rejected unit). */
    public record Received(UnitId unit, List<OpenedFile> files, String outcome) {
        /** Copies the files. */
        public Received {
            files = List.copyOf(files);
        }

        /** True when the unit's files are in the destination (now or from before). */
        public boolean imported() {
            return outcome.startsWith(IMPORTED) || outcome.equals(ALREADY_IMPORTED);
        }
    }

    private final Transport transport;
    private final Opener opener;
    private final Path destination;
    private final Journal journal;
    private final Clock clock;
    private final Predicate<OpenedFile> check;

    /** A receiver over {@code transport} opening with {@code opener} into {@code destination}. */
    public SafeReceiver(Transport transport, Opener opener, Path destination, Journal journal, Clock clock) {
        this(transport, opener, destination, journal, clock, f -> true);
    }

    private SafeReceiver(Transport transport, Opener opener, Path destination, Journal journal, Clock clock,
            Predicate<OpenedFile> check) {
        this.transport = Objects.requireNonNull(transport);
        this.opener = Objects.requireNonNull(opener);
        this.destination = Objects.requireNonNull(destination);
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
        this.check = Objects.requireNonNull(check);
    }

    /**
     * This receiver with a check of each opened file before it is published (e.g. the conformance validation):
     * a unit with a file that fails is still imported and acknowledged, as its sender's data, but journalled and
     * reported as {@link #IMPORTED_WITH_ERRORS}.
     */
    public SafeReceiver withCheck(Predicate<OpenedFile> fileCheck) {
        return new SafeReceiver(transport, opener, destination, journal, clock, fileCheck);
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
        Path staging = destination.resolve(".staging").resolve(id.key());
        try {
            if (unit.files().stream().allMatch(f -> journal.imported(f.name(), f.sha256()))) {
                Folders.deleteTree(staging, true);
                return finish(id, entries, ALREADY_IMPORTED, List.of());
            }
            Optional<String> pending = journal.pendingOutcome(id, entries);
            if (pending.isPresent()) {
                publish(staging);
                return finish(id, entries, pending.get(), List.of());
            }
            Folders.deleteTree(staging, true);
            Files.createDirectories(staging);
            // The envelopes come to disk first, streamed: a unit of any size takes a buffer in memory, and a
            // connection lost on the way is a transport failure (the unit stays waiting), not a bad envelope.
            Path fetched = destination.resolve(".staging").resolve(id.key() + ".download");
            List<OpenedFile> opened = new ArrayList<>();
            try {
                Map<UnitFile, Path> local = fetch(unit, fetched);
                try {
                    for (UnitFile f : unit.files()) {
                        String delivered = f.name().endsWith(".p7m") ? f.name().substring(0, f.name().length() - 4)
                                : f.name();
                        try (InputStream in = Files.newInputStream(local.get(f))) {
                            opened.add(opener.open(in, delivered, staging));
                        }
                    }
                } catch (EnvelopeException e) {
                    return reject(id, entries, staging, e.failure().name());
                } catch (RuntimeException e) {
                    // Not a refusal the opener foresaw, but still caused by the unit's bytes: this unit only.
                    return reject(id, entries, staging, EnvelopeException.Failure.MALFORMED.name());
                }
            } finally {
                Folders.deleteTree(fetched, true);
            }
            for (OpenedFile o : opened) {
                Path target = destination.resolve(o.fileName());
                if (Files.exists(target) && Files.mismatch(o.file(), target) != -1) {
                    // Checked before the unit is journalled as pending, so that no file of it is published.
                    return reject(id, entries, staging, "ALREADY_EXISTS");
                }
            }
            // Every file is checked (no short cut at the first failure), so that each gets its result.
            long failing = opened.stream().filter(o -> !passes(o)).count();
            String outcome = failing == 0 ? IMPORTED : IMPORTED_WITH_ERRORS;
            journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries,
                    PENDING + outcome));
            publish(staging);
            List<OpenedFile> published = opened.stream().map(o -> new OpenedFile(destination.resolve(o.fileName()),
                    o.fileName(), o.nameSigned(), o.sender(), o.signer(), o.signingTime())).toList();
            return finish(id, entries, outcome, published);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write unit " + id + " into " + destination, e);
        }
    }

    /** A check that fails by throwing (say on a file it cannot read) counts as failed, for this file only. */
    private boolean passes(OpenedFile o) {
        try {
            return check.test(o);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A unit that is not imported: nothing of it is published or kept. It is journalled, then rejected on the
     * channel with its reason, unless this office can cure the failure itself: then it stays waiting.
     */
    private Received reject(UnitId id, List<Journal.FileEntry> entries, Path staging, String failure)
            throws IOException {
        Folders.deleteTree(staging, true);
        String outcome = "REJECTED:" + failure;
        journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries, outcome));
        if (!LOCAL_FAILURES.contains(failure)) {
            transport.reject(id, failure);
        }
        return new Received(id, List.of(), outcome);
    }

    private Received finish(UnitId id, List<Journal.FileEntry> entries, String outcome, List<OpenedFile> files) {
        journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, id, entries, outcome));
        transport.acknowledge(id);
        return new Received(id, files, outcome);
    }

    /**
     * Moves the staged files into the destination, each atomically, then forces the folder. A file already there
     * with the same bytes (moved before a crash) is kept; one with other bytes is never replaced.
     */
    /** Streams each file of {@code unit} into {@code folder}; a failure on the way is {@link TransportException}. */
    private static Map<UnitFile, Path> fetch(Unit unit, Path folder) throws IOException {
        Folders.deleteTree(folder, true);
        Files.createDirectories(folder);
        Map<UnitFile, Path> out = new java.util.IdentityHashMap<>();
        for (UnitFile f : unit.files()) {
            Path p = folder.resolve(f.name());
            try (InputStream in = f.open()) {
                Files.copy(in, p);
            } catch (IOException | UncheckedIOException e) {
                throw new TransportException(TransportException.Reason.UNAVAILABLE, "unit " + unit.id()
                        + " could not be downloaded whole (" + f.name() + "); it stays waiting", e);
            }
            out.put(f, p);
        }
        return out;
    }

    private void publish(Path staging) throws IOException {
        if (Files.isDirectory(staging)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(staging)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                Path target = destination.resolve(f.getFileName().toString());
                if (Files.exists(target)) {
                    if (Files.mismatch(f, target) != -1) {
                        throw new IOException(target.getFileName() + " already exists in " + destination
                                + " with other content; it was not replaced");
                    }
                    Files.delete(f);
                } else {
                    Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(staging);
        }
        Folders.force(destination);
    }

}
