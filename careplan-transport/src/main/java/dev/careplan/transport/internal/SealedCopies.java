package dev.careplan.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The envelopes a sender sealed, kept per unit beside the journal ({@code JOURNAL.sealed/<unit>/}), so that a
 * retry sends the same bytes: sealing is randomised, and only an identical re-send is harmless to the relay. They
 * are reused only for the same plain files sealed for the same receiver certificate. They hold ciphertext only.
 */
public final class SealedCopies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "unit.json";

    private final Path root;

    /** The copies kept beside {@code journal}. */
    public SealedCopies(Path journal) {
        this.root = journal.resolveSibling(journal.getFileName() + ".sealed");
    }

    /** What the envelopes of a unit were made from: each plain file's SHA-256 and the receiver certificate's. */
    public static Map<String, String> sources(List<Path> plainFiles, X509Certificate receiver) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (Path f : plainFiles) {
            m.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
        }
        try {
            m.put("receiver-certificate", sha256(receiver.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the receiver certificate", e);
        }
        return m;
    }

    /** The envelopes sealed earlier from exactly these sources, if any. */
    public Optional<List<UnitFile>> reuse(UnitId id, Map<String, String> sources) throws IOException {
        Path dir = root.resolve(id.key());
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            return Optional.empty();
        }
        JsonNode m = JSON.readTree(dir.resolve(MANIFEST).toFile());
        Map<String, String> kept = new TreeMap<>();
        m.get("sources").fields().forEachRemaining(e -> kept.put(e.getKey(), e.getValue().asText()));
        if (!kept.equals(sources)) {
            return Optional.empty();
        }
        List<UnitFile> files = new ArrayList<>();
        for (JsonNode n : m.get("envelopes")) {
            files.add(new UnitFile(n.asText(), Files.readAllBytes(dir.resolve(n.asText()))));
        }
        return Optional.of(files);
    }

    /** Keeps a unit's envelopes (replacing older ones of the same unit), complete before they count. */
    public void keep(UnitId id, Map<String, String> sources, List<UnitFile> envelopes) throws IOException {
        Files.createDirectories(root);
        Path tmp = root.resolve("." + UUID.randomUUID());
        Files.createDirectories(tmp);
        ObjectNode m = JSON.createObjectNode();
        ObjectNode s = m.putObject("sources");
        sources.forEach(s::put);
        var names = m.putArray("envelopes");
        for (UnitFile f : envelopes) {
            Files.write(tmp.resolve(f.name()), f.bytes());
            names.add(f.name());
        }
        Files.write(tmp.resolve(MANIFEST), JSON.writeValueAsBytes(m));
        Path dir = root.resolve(id.key());
        delete(dir);
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
