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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded, durable {@link UnitStore}: one folder per waiting unit under {@code waiting/}, written completely
 * in {@code tmp/} (every file forced to disk) and then renamed into place in one atomic step, so a relay killed at
 * any moment restarts with no partial unit visible and no accepted unit lost. Acknowledged and expired units leave
 * only a small status record under {@code status/} (for the sender's status query and idempotent re-sends); their
 * bytes are deleted.
 */
public final class FileSystemUnitStore implements UnitStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileSystemUnitStore.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String META = "unit.meta.json";

    private final Path waiting;
    private final Path status;
    private final Path tmp;

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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the unit store in " + root, e);
        }
    }

    @Override
    public synchronized PutResult put(Unit unit, Instant acceptedAt) {
        String fp = Fingerprint.of(unit);
        Optional<String> known = knownFingerprint(unit.id());
        if (known.isPresent()) {
            return known.get().equals(fp) ? PutResult.DUPLICATE : PutResult.CONFLICT;
        }
        Path work = tmp.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(work);
            ObjectNode meta = JSON.createObjectNode().put("fingerprint", fp).put("acceptedAt", acceptedAt.toString());
            ObjectNode sums = meta.putObject("files");
            for (UnitFile f : unit.files()) {
                try (InputStream in = f.open()) {
                    writeDurably(work.resolve(f.name()), in);
                }
                sums.putObject(f.name()).put("size", f.size()).put("sha256", f.sha256());
            }
            writeDurably(work.resolve(META), JSON.writeValueAsBytes(meta));
            Folders.force(work);
            move(work, waiting.resolve(unit.id().key()));
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

    @Override
    public synchronized List<UnitId> waitingFor(Party receiver) {
        List<UnitId> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(waiting)) {
            s.forEach(p -> unitOf(p).filter(id -> id.receiver().equals(receiver)).ifPresent(out::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
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

    /** Sums the sizes of the files on disk, without reading them. */
    @Override
    public synchronized long bytesWaitingFor(Party receiver) {
        long sum = 0;
        try {
            for (UnitId id : waitingFor(receiver)) {
                try (Stream<Path> s = Files.list(waiting.resolve(id.key()))) {
                    for (Path p : s.filter(p -> !p.getFileName().toString().equals(META)).toList()) {
                        sum += Files.size(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
    public synchronized boolean acknowledge(UnitId id, Instant at) {
        return finish(id, DeliveryStatus.DELIVERED, Optional.empty(), at);
    }

    @Override
    public synchronized boolean reject(UnitId id, String reasonCode, Instant at) {
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

    @Override
    public synchronized List<UnitId> expire(Instant cutoff) {
        List<UnitId> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(waiting)) {
            for (Path p : s.toList()) {
                Optional<UnitId> id = unitOf(p);
                if (id.isEmpty()) {
                    continue;
                }
                JsonNode meta = JSON.readTree(p.resolve(META).toFile());
                if (Instant.parse(meta.get("acceptedAt").asText()).isBefore(cutoff)) {
                    finish(id.get(), DeliveryStatus.EXPIRED, Optional.empty(), cutoff);
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

    private boolean finish(UnitId id, DeliveryStatus outcome, Optional<String> reason, Instant at) {
        Path dir = waiting.resolve(id.key());
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            JsonNode meta = JSON.readTree(dir.resolve(META).toFile());
            ObjectNode st = JSON.createObjectNode().put("status", outcome.name())
                    .put("fingerprint", meta.get("fingerprint").asText()).put("at", at.toString());
            reason.ifPresent(r -> st.put("reason", r));
            Path work = tmp.resolve(UUID.randomUUID() + ".json");
            writeDurably(work, JSON.writeValueAsBytes(st));
            move(work, status.resolve(id.key() + ".json"));
            Path gone = tmp.resolve(UUID.randomUUID().toString());
            move(dir, gone);
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

    /** Copies {@code in} into the new file {@code p} with a constant buffer, forced to disk. */
    private static void writeDurably(Path p, InputStream in) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            ch.force(true);
        }
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
