package dev.careplan.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.transport.internal.Folders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local journal of an office (送受信記録): an append-only file of JSON lines, one per unit sent or received, with
 * the parties, each file's name and SHA-256, the time and the outcome: the evidence an office keeps for audits
 * (運営指導). Each entry is forced to disk before {@link #record} returns. Contains office numbers and file names,
 * no care data.
 */
public final class Journal {

    /** Direction of a journal entry. */
    public enum Direction {
        /** A unit this office sent. */
        SENT,
        /** A unit this office received. */
        RECEIVED
    }

    /** A file of a journalled unit. */
    public record FileEntry(String name, String sha256) {
    }

    /**
     * One journal line.
     *
     * @param time      when
     * @param direction sent or received
     * @param unit      the unit id
     * @param files     the files with their SHA-256
     * @param outcome   e.g. {@code SENT}, {@code DUPLICATE}, {@code IMPORTED}, {@code ALREADY_IMPORTED},
     *                  {@code REJECTED:TAMPERED}
     */
    public record Entry(Instant time, Direction direction, UnitId unit, List<FileEntry> files, String outcome) {
        /** Copies the files. */
        public Entry {
            Objects.requireNonNull(time);
            Objects.requireNonNull(direction);
            Objects.requireNonNull(unit);
            files = List.copyOf(files);
            Objects.requireNonNull(outcome);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final java.util.Map<Path, Object> WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;

    /** A journal in {@code file} (created on first record). */
    public Journal(Path file) {
        this.file = file;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Appends an entry durably. */
    public synchronized void record(Entry e) {
        ObjectNode o = JSON.createObjectNode().put("time", e.time().toString()).put("direction", e.direction().name())
                .put("unit", e.unit().key()).put("sender", e.unit().sender().toString())
                .put("receiver", e.unit().receiver().toString()).put("sequence", e.unit().sequence().value())
                .put("outcome", e.outcome());
        ArrayNode files = o.putArray("files");
        for (FileEntry f : e.files()) {
            files.addObject().put("name", f.name()).put("sha256", f.sha256());
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            boolean created = !Files.exists(file);
            byte[] line = (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
            Path key = file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName());
            synchronized (WRITERS.computeIfAbsent(key, k -> new Object())) {
                append(line);
            }
            if (created && file.toAbsolutePath().getParent() != null) {
                Folders.force(file.toAbsolutePath().getParent());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the journal " + file, ex);
        }
    }

    /**
     * Appends one line under a file lock (across processes too: a send and a receive may share one journal), because
     * the torn-line check and the write must see the same end of file. File locks are per JVM, so writers of this
     * JVM queue on a shared monitor first.
     */
    private void append(byte[] entry) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                var lock = lock(ch)) {
            long end = ch.size();
            byte[] line = entry;
            if (end > 0 && !endsWithNewline(ch, end)) {
                // A crash tore the last line: end it, so that it cannot swallow this entry.
                line = new byte[entry.length + 1];
                line[0] = '\n';
                System.arraycopy(entry, 0, line, 1, entry.length);
            }
            ch.position(end);
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    /** The file lock; held by another channel of this JVM (the same file under another name), it is waited for. */
    private static java.nio.channels.FileLock lock(FileChannel ch) throws IOException {
        while (true) {
            try {
                return ch.lock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the journal lock", ie);
                }
            }
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** Every entry, oldest first (a torn last line from a crash is skipped). */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                try {
                    var o = JSON.readTree(line);
                    List<FileEntry> files = new ArrayList<>();
                    o.get("files").forEach(f -> files.add(new FileEntry(f.get("name").asText(),
                            f.get("sha256").asText())));
                    out.add(new Entry(Instant.parse(o.get("time").asText()),
                            Direction.valueOf(o.get("direction").asText()), UnitId.parse(o.get("unit").asText()),
                            files, o.get("outcome").asText()));
                } catch (IOException | RuntimeException e) {
                    // A line cut short by a crash: the entries around it stand. Said, as evidence must not vanish
                    // silently; the line number only (the line may hold file names, which are not personal data).
                    if (!line.isBlank()) {
                        LOG.warn("journal {}: line {} is not a complete entry and is skipped", file, number);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file, e);
        }
        return out;
    }

    /**
     * The outcome a receiver journalled as pending for this unit with these files, when nothing final followed:
     * the unit's files were being moved into place when the receiver stopped.
     */
    public Optional<String> pendingOutcome(UnitId unit, List<FileEntry> files) {
        Optional<String> pending = Optional.empty();
        for (Entry e : entries()) {
            if (e.direction() == Direction.RECEIVED && e.unit().equals(unit) && e.files().equals(files)) {
                pending = e.outcome().startsWith("PENDING:")
                        ? Optional.of(e.outcome().substring("PENDING:".length())) : Optional.empty();
            }
        }
        return pending;
    }

    /** True when a file with this name and SHA-256 was already imported. */
    public boolean imported(String name, String sha256) {
        return entries().stream().filter(e -> e.direction() == Direction.RECEIVED && e.outcome().startsWith("IMPORTED"))
                .flatMap(e -> e.files().stream()).anyMatch(f -> f.name().equals(name) && f.sha256().equals(sha256));
    }
}
