package dev.careplan.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.ReceiverCertificates;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.internal.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The relay operator's folder of registered office certificates (登録事業所の証明書), which {@link Directory#fromFolder}
 * reads: registering, replacing and removing an office's certificate, each checked (issued to the office, by a trust
 * anchor, valid now, usable for encryption) and journalled as one JSON line in {@code registrations.jsonl} in the
 * folder (time, action, office, service kind, SHA-256 fingerprint). Certificate files are written completely under a
 * temporary name and renamed into place, so a relay reading the folder never sees half a file.
 */
public final class RegistrationFolder {

    /** The journal of registrations in the folder. */
    public static final String JOURNAL = "registrations.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final List<X509Certificate> anchors;
    private final Clock clock;

    /** The folder {@code folder} (created if missing), checking certificates against {@code anchors} at {@code clock}. */
    public RegistrationFolder(Path folder, List<X509Certificate> anchors, Clock clock) {
        this.folder = Objects.requireNonNull(folder);
        this.anchors = List.copyOf(anchors);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Registers an office's certificate. An office registered already is refused ({@link Reason#CONFLICT}: replace it)
     * unless {@code rollover}: then the new certificate is registered beside the old, both authenticate the office
     * and the new one is given to senders, until the old one is removed with {@link #replace}.
     *
     * @return the office the certificate names
     * @throws TransportException (REFUSED) when the certificate cannot be used, naming the check
     */
    public Party register(X509Certificate certificate, boolean rollover) {
        Party party = checked(certificate);
        List<Path> existing = filesOf(party);
        if (!existing.isEmpty() && !rollover) {
            throw new TransportException(Reason.CONFLICT, "the office " + party + " is registered already; replace its"
                    + " certificate, or register this one as a rollover");
        }
        write(party, certificate);
        journal(rollover && !existing.isEmpty() ? "ROLLOVER" : "REGISTERED", party, certificate);
        return party;
    }

    /** Replaces every certificate of a registered office with {@code certificate}; an office not registered is NOT_FOUND. */
    public Party replace(X509Certificate certificate) {
        Party party = checked(certificate);
        List<Path> old = filesOf(party);
        if (old.isEmpty()) {
            throw new TransportException(Reason.NOT_FOUND, "the office " + party + " is not registered; register it");
        }
        Path written = write(party, certificate);
        delete(old.stream().filter(p -> !p.equals(written)).toList());
        journal("REPLACED", party, certificate);
        return party;
    }

    /** Removes every certificate of an office; an office not registered is NOT_FOUND. */
    public void remove(Party party) {
        List<Path> files = filesOf(party);
        if (files.isEmpty()) {
            throw new TransportException(Reason.NOT_FOUND, "the office " + party + " is not registered");
        }
        List<X509Certificate> certs = files.stream().map(RegistrationFolder::read).flatMap(Optional::stream).toList();
        delete(files);
        for (X509Certificate c : certs) {
            journal("REMOVED", party, c);
        }
    }

    /** The directory this folder makes: its trusted certificates. */
    public Directory directory() {
        return Directory.fromFolder(folder).onlyTrusted(anchors, clock);
    }

    private Party checked(X509Certificate certificate) {
        Party party = Directory.partyOf(certificate).orElseThrow(() -> new TransportException(Reason.REFUSED,
                "the certificate names no office (serialNumber and OU of its subject)"));
        ReceiverCertificates.problem(certificate, party, anchors, clock).ifPresent(p -> {
            throw new TransportException(Reason.REFUSED, "the certificate of " + party + " cannot be registered: " + p);
        });
        return party;
    }

    /** The certificate files of the folder that name {@code party}, whatever their file names. */
    private List<Path> filesOf(Party party) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                read(p).flatMap(Directory::partyOf).filter(party::equals).ifPresent(x -> out.add(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return out;
    }

    private static Optional<X509Certificate> read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException | CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path write(Party party, X509Certificate certificate) {
        String fp = Directory.fingerprint(certificate);
        Path target = folder.resolve(party.office().value() + "-" + party.kind().code() + "-" + fp.substring(0, 16)
                + ".pem");
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".register", ".part");
            try {
                append(tmp, TestPki.pem(certificate).getBytes(StandardCharsets.US_ASCII));
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            Folders.force(folder);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void delete(List<Path> files) {
        try {
            for (Path p : files) {
                Files.deleteIfExists(p);
            }
            Folders.force(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a certificate from " + folder, e);
        }
    }

    private void journal(String action, Party party, X509Certificate certificate) {
        try {
            byte[] line = (JSON.writeValueAsString(JSON.createObjectNode().put("time", clock.instant().toString())
                    .put("action", action).put("office", party.office().value()).put("kind", party.kind().code())
                    .put("sha256", Directory.fingerprint(certificate))) + "\n").getBytes(StandardCharsets.UTF_8);
            append(folder.resolve(JOURNAL), line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the registration journal in " + folder, e);
        }
    }

    private static void append(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }
}
