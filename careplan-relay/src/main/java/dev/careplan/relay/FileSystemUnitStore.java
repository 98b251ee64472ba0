package dev.careplan.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Fingerprint;
import dev.careplan.transport.internal.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded, durable {@link UnitStore}: one folder per waiting unit under {@code waiting/}, written completely
 * in {@code tmp/} (every file forced to disk) and then renamed into place in one atomic step, so a relay killed at
 * any moment restarts with no partial unit visible and no accepted unit lost. Acknowledged and expired units leave
 * only a small status record under {@code status/} (for the sender's status query and idempotent re-sends); their
 * bytes are deleted.
 *
 * <p>Requests proceed side by side: a unit's files are written and forced to disk outside any lock; only the steps
 * that make a unit visible or take it away (the renames and the index) are serialized, and folders are forced after
 * them, outside the lock, before the request is answered. The quotas are answered from an index of the waiting units
 * by receiver, built when the store is opened and kept with every change, so they cost the same whatever the
 * mailboxes hold. The index is why a store folder belongs to one
 * relay process at a time (several relay nodes share a PostgreSQL store instead).
 */
public final class FileSystemUnitStore implements UnitStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileSystemUnitStore.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String META = "unit.meta.json";

    private final Path waiting;
    private final Path status;
    private final Path tmp;
    /** The waiting units by receiver, with the bytes of their files; guarded by {@code this}. */
    private final Map<Party, NavigableMap<UnitId, Long>> index = new HashMap<>();

    /** Opens (or creates) a store in {@code root}; leftovers of interrupted writes are removed. */
    public FileSystemUnitStore(Path root) {
        this.waiting = root.resolve("waiting");
        this.status = root.resolve("status");
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(waiting);
            Files.createDirectories(status);
            Files.createDirectories(tmp);
            Folders.deleteTree(tmp, false);
            quarantineStrays(root.resolve("quarantine"));
            try (Stream<Path> s = Files.list(waiting)) {
                for (Path p : s.toList()) {
                    Optional<UnitId> id = unitOf(p);
                    if (id.isPresent()) {
                        indexed(id.get(), bytesIn(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the unit store in " + root, e);
        }
    }

    @Override
    public PutResult put(Unit unit, Instant acceptedAt) {
        String fp = Fingerprint.of(unit);
        Optional<PutResult> before;
        synchronized (this) {
            before = knownAs(unit.id(), fp);
        }
        if (before.isPresent()) {
            return durably(before.get());
        }
        // Written and forced outside the lock: other units are stored meanwhile.
        Path work = tmp.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(work);
            ObjectNode meta = JSON.createObjectNode().put("fingerprint", fp).put("acceptedAt", acceptedAt.toString());
            ObjectNode sums = meta.putObject("files");
            long bytes = 0;
            for (UnitFile f : unit.files()) {
                try (InputStream in = f.open()) {
                    bytes += writeDurably(work.resolve(f.name()), in);
                }
                sums.putObject(f.name()).put("size", f.size()).put("sha256", f.sha256());
            }
            writeDurably(work.resolve(META), JSON.writeValueAsBytes(meta));
            Folders.force(work);
            Optional<PutResult> known;
            synchronized (this) {
                // The same unit may have been stored by a request running beside this one.
                known = knownAs(unit.id(), fp);
                if (known.isEmpty()) {
                    move(work, waiting.resolve(unit.id().key()));
                    indexed(unit.id(), bytes);
                }
            }
            if (known.isPresent()) {
                Folders.deleteTree(work, true);
                return durably(known.get());
            }
            // Forced outside the lock, so that units stored side by side share the forcing of the folder. A unit is
            // visible a moment before its rename is durable, which costs nothing: the sender hears STORED only
            // after this, and a receiver's acknowledgement forces the folder again before it is answered, so a crash
            // in between can at most make a unit not yet acknowledged reappear or, unacknowledged, be sent again.
            Folders.force(waiting);
            return PutResult.STORED;
        } catch (IOException e) {
            try {
                Folders.deleteTree(work, true);
            } catch (IOException ignored) {
                // The next start removes it.
            }
            throw new UncheckedIOException("cannot store unit " + unit.id(), e);
        }
    }

    /**
     * {@code result} for a unit stored before, once its storing is durable: the request that stored it may not have
     * forced the folder yet.
     */
    private PutResult durably(PutResult result) {
        Folders.force(waiting);
        return result;
    }

    /** What putting unit {@code id} of fingerprint {@code fp} comes to when it was stored before; empty if not. */
    private Optional<PutResult> knownAs(UnitId id, String fp) {
        return knownFingerprint(id).map(known -> known.equals(fp) ? PutResult.DUPLICATE : PutResult.CONFLICT);
    }

    private void indexed(UnitId id, long bytes) {
        index.computeIfAbsent(id.receiver(), r -> new TreeMap<>()).put(id, bytes);
    }

    private void unindexed(UnitId id) {
        NavigableMap<UnitId, Long> units = index.get(id.receiver());
        if (units != null) {
            units.remove(id);
            if (units.isEmpty()) {
                index.remove(id.receiver());
            }
        }
    }

    @Override
    public synchronized List<UnitId> waitingFor(Party receiver) {
        NavigableMap<UnitId, Long> units = index.get(receiver);
        return units == null ? List.of() : List.copyOf(units.keySet());
    }

    /**
     * The unit a folder of {@code waiting/} holds; empty (and said in the log) for anything else that appeared
     * there while the relay ran, e.g. a folder a file-system check created: one stray entry must not stop the relay.
     */
    private static Optional<UnitId> unitOf(Path p) {
        try {
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(META))) {
                return Optional.of(UnitId.parse(p.getFileName().toString()));
            }
        } catch (RuntimeException e) {
            // Not a unit id: fall through.
        }
        LOG.warn("unit store: {} is not a stored unit and is ignored", p.getFileName());
        return Optional.empty();
    }

    /** At start: entries of {@code waiting/} that are not complete units move aside, kept for the operator. */
    private void quarantineStrays(Path quarantine) throws IOException {
        List<Path> strays;
        try (Stream<Path> s = Files.list(waiting)) {
            strays = s.filter(p -> unitOf(p).isEmpty()).toList();
        }
        for (Path p : strays) {
            Files.createDirectories(quarantine);
            Files.move(p, quarantine.resolve(p.getFileName().toString() + "-" + UUID.randomUUID()));
        }
    }

    /** The sizes of the files on disk, summed when each unit was stored (or the store opened). */
    @Override
    public synchronized long bytesWaitingFor(Party receiver) {
        NavigableMap<UnitId, Long> units = index.get(receiver);
        return units == null ? 0 : units.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The bytes of a stored unit's files on disk, without reading them. */
    private static long bytesIn(Path unitFolder) throws IOException {
        long sum = 0;
        try (Stream<Path> s = Files.list(unitFolder)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().equals(META)).toList()) {
                sum += Files.size(p);
            }
        }
        return sum;
    }

    @Override
    public synchronized Optional<Unit> get(UnitId id) {
        Path dir = waiting.resolve(id.key());
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<UnitFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            JsonNode sums = JSON.readTree(dir.resolve(META).toFile()).path("files");
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(META)) {
                    continue;
                }
                // Streamed from disk when sent: the relay holds a buffer, not the unit.
                JsonNode sum = sums.path(name);
                files.add(sum.has("sha256") ? UnitFile.streamed(name, Files.size(p), sum.get("sha256").asText(),
                        () -> Files.newInputStream(p)) : UnitFile.ofPath(name, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Unit(id, files));
    }

    @Override
    public boolean acknowledge(UnitId id, Instant at) {
        return finish(id, DeliveryStatus.DELIVERED, Optional.empty(), at);
    }

    @Override
    public boolean reject(UnitId id, String reasonCode, Instant at) {
        return finish(id, DeliveryStatus.REJECTED, Optional.of(reasonCode), at);
    }

    @Override
    public synchronized Optional<String> rejection(UnitId id) {
        Path st = status.resolve(id.key() + ".json");
        if (Files.isDirectory(waiting.resolve(id.key())) || !Files.exists(st)) {
            return Optional.empty();
        }
        try {
            JsonNode reason = JSON.readTree(st.toFile()).get("reason");
            return reason == null ? Optional.empty() : Optional.of(reason.asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the waiting units without the lock (a sweep must not hold up requests); each expiry takes it. */
    @Override
    public List<UnitId> expire(Instant cutoff) {
        List<UnitId> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(waiting)) {
            for (Path p : s.toList()) {
                Optional<UnitId> id;
                try {
                    id = Optional.of(UnitId.parse(p.getFileName().toString()));
                } catch (RuntimeException e) {
                    continue;   // not a unit: strays were set aside when the store was opened
                }
                JsonNode meta;
                try {
                    meta = JSON.readTree(p.resolve(META).toFile());
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
                    continue;   // taken by its receiver since the listing
                }
                if (Instant.parse(meta.get("acceptedAt").asText()).isBefore(cutoff)
                        && finish(id.get(), DeliveryStatus.EXPIRED, Optional.empty(), cutoff)) {
                    out.add(id.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public synchronized DeliveryStatus status(UnitId id) {
        if (Files.isDirectory(waiting.resolve(id.key()))) {
            return DeliveryStatus.WAITING;
        }
        Path st = status.resolve(id.key() + ".json");
        if (!Files.exists(st)) {
            return DeliveryStatus.UNKNOWN;
        }
        try {
            return DeliveryStatus.valueOf(JSON.readTree(st.toFile()).get("status").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of waiting units and of writes in progress exist and are writable. */
    @Override
    public boolean reachable() {
        return Files.isDirectory(waiting) && Files.isWritable(waiting) && Files.isDirectory(tmp)
                && Files.isWritable(tmp);
    }

    /** The folder of a waiting unit, for operators and tests (its files are the unit's bytes). */
    public Path folderOf(UnitId id) {
        return waiting.resolve(id.key());
    }

    /**
     * Ends a waiting unit with {@code outcome}: its status record is written and forced outside the lock, then, under
     * it, put in place as the unit's folder leaves {@code waiting/}; the bytes are deleted outside it again. False
     * when the unit no longer waits (taken by another request meanwhile).
     */
    private boolean finish(UnitId id, DeliveryStatus outcome, Optional<String> reason, Instant at) {
        Path dir = waiting.resolve(id.key());
        Path work = tmp.resolve(UUID.randomUUID() + ".json");
        Path gone = tmp.resolve(UUID.randomUUID().toString());
        try {
            JsonNode meta;
            try {
                meta = JSON.readTree(dir.resolve(META).toFile());
            } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
                return false;
            }
            ObjectNode st = JSON.createObjectNode().put("status", outcome.name())
                    .put("fingerprint", meta.get("fingerprint").asText()).put("at", at.toString());
            reason.ifPresent(r -> st.put("reason", r));
            writeDurably(work, JSON.writeValueAsBytes(st));
            synchronized (this) {
                if (!Files.isDirectory(dir)) {
                    Files.deleteIfExists(work);
                    return false;
                }
                move(work, status.resolve(id.key() + ".json"));
                move(dir, gone);
                unindexed(id);
            }
            Folders.force(status);
            Folders.force(waiting);
            Folders.deleteTree(gone, true);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish unit " + id, e);
        }
    }

    private Optional<String> knownFingerprint(UnitId id) {
        try {
            Path meta = waiting.resolve(id.key()).resolve(META);
            if (Files.exists(meta)) {
                return Optional.of(JSON.readTree(meta.toFile()).get("fingerprint").asText());
            }
            Path st = status.resolve(id.key() + ".json");
            if (Files.exists(st)) {
                return Optional.of(JSON.readTree(st.toFile()).get("fingerprint").asText());
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code in} into the new file {@code p} with a constant buffer, forced to disk; returns its bytes. */
    private static long writeDurably(Path p, InputStream in) throws IOException {
        long written = 0;
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                written += n;
            }
            ch.force(true);
        }
        return written;
    }

    private static void writeDurably(Path p, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
