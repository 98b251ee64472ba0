package dev.careplan.transport;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.SealingRefusedException;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.Party;
import dev.careplan.model.validation.Violation;
import dev.careplan.transport.internal.SealedCopies;
import dev.careplan.transport.relay.RelayClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sends safely (安全な送信), the twin of {@link SafeReceiver}. For a batch of plain care-plan files: validate them all
 * (the producer profile by default; with an ERROR nothing is sent unless forced); then, per send unit (files sharing a
 * sequence number): fetch the receiver's certificate and check it against this office's own trust anchors
 * ({@link ReceiverCertificates}: the directory's word is not enough), seal every file for it, send, and journal.
 *
 * <p>Sealing is randomised, so a retry of the same files would be new bytes, which the channel must refuse as a
 * conflict. With {@link Builder#keepSealedCopies}, the envelopes are kept beside the journal and a retry of the same
 * plain files for the same receiver certificate sends the same envelopes again, byte for byte: a harmless duplicate.
 */
public final class SafeSender {

    /** What became of one unit. */
    public enum Outcome {
        /** The channel accepted the unit (or already held it, identical). */
        SENT,
        /** Validation found ERROR violations in the batch: nothing was sent. */
        INVALID,
        /** The receiver is not registered on the channel. */
        RECEIVER_UNKNOWN,
        /** The receiver's certificate failed a check (chain to the anchors, key usage, name): nothing was sealed. */
        RECEIVER_CERTIFICATE_REFUSED,
        /** The sealer refused (e.g. this office's key or the receiver's key is not acceptable). */
        SEALING_REFUSED,
        /** The channel holds a different unit with this id. */
        CONFLICT,
        /** The channel refused the unit for another reason ({@link SendReport#refusal()}). */
        REFUSED
    }

    /**
     * The report of one unit.
     *
     * @param unit       the unit
     * @param outcome    what became of it
     * @param envelopes  the sealed files sent (or refused); empty when nothing was sealed
     * @param violations the ERROR violations of the unit's files (for {@link Outcome#INVALID})
     * @param status     the channel's status of the unit after sending ({@link DeliveryStatus#UNKNOWN} when not sent)
     * @param refusal    how the channel or the sealer refused, when it did
     * @param detail     the refusal's message (no personal data), empty when sent
     */
    public record SendReport(UnitId unit, Outcome outcome, List<UnitFile> envelopes, List<Violation> violations,
            DeliveryStatus status, Optional<Refusal> refusal, Optional<String> detail) {
        /** Copies the lists. */
        public SendReport {
            Objects.requireNonNull(unit);
            Objects.requireNonNull(outcome);
            envelopes = List.copyOf(envelopes);
            violations = List.copyOf(violations);
            Objects.requireNonNull(status);
            Objects.requireNonNull(refusal);
            Objects.requireNonNull(detail);
        }

        /** True when the channel holds the unit. */
        public boolean sent() {
            return outcome == Outcome.SENT;
        }
    }

    /**
     * Why a unit was refused: by the channel ({@link TransportException.Reason}) or by the sealer
     * ({@link SealingRefusedException.Reason}); exactly one is present.
     */
    public record Refusal(Optional<TransportException.Reason> channel, Optional<SealingRefusedException.Reason> sealer) {
        /** Checks that exactly one is present. */
        public Refusal {
            if (channel.isPresent() == sealer.isPresent()) {
                throw new IllegalArgumentException("a refusal is by the channel or by the sealer");
            }
        }
    }

    private final Transport transport;
    private final OfficeCredentials me;
    private final List<X509Certificate> anchors;
    private final Function<Party, Optional<X509Certificate>> directory;
    private final Journal journal;
    private final ConformanceValidator validator;
    private final Clock clock;
    private final boolean force;
    private final Optional<SealedCopies> copies;

    private SafeSender(Builder b) {
        this.transport = b.transport;
        this.me = b.me;
        this.anchors = List.copyOf(b.anchors);
        this.directory = b.directory;
        this.journal = b.journal;
        this.validator = b.validator;
        this.clock = b.clock;
        this.force = b.force;
        this.copies = b.keepSealedCopies ? Optional.of(new SealedCopies(b.journal.file())) : Optional.empty();
    }

    /**
     * A builder for a sender over {@code transport} as {@code me}, encrypting only to receiver certificates that
     * chain to {@code trustAnchors}, found through {@code directory} (e.g. {@link RelayClient#certificateOf}).
     */
    public static Builder builder(Transport transport, OfficeCredentials me, List<X509Certificate> trustAnchors,
            Function<Party, Optional<X509Certificate>> directory, Journal journal) {
        return new Builder(transport, me, trustAnchors, directory, journal);
    }

    /** Options of a {@link SafeSender}. */
    public static final class Builder {
        private final Transport transport;
        private final OfficeCredentials me;
        private final List<X509Certificate> anchors;
        private final Function<Party, Optional<X509Certificate>> directory;
        private final Journal journal;
        private ConformanceValidator validator = ConformanceValidator.producer();
        private Clock clock = Clock.systemUTC();
        private boolean force;
        private boolean keepSealedCopies;

        private Builder(Transport transport, OfficeCredentials me, List<X509Certificate> anchors,
                Function<Party, Optional<X509Certificate>> directory, Journal journal) {
            this.transport = Objects.requireNonNull(transport);
            this.me = Objects.requireNonNull(me);
            this.anchors = List.copyOf(anchors);
            this.directory = Objects.requireNonNull(directory);
            this.journal = Objects.requireNonNull(journal);
        }

        /** The validator (default: the producer profile). */
        public Builder validator(ConformanceValidator v) {
            this.validator = Objects.requireNonNull(v);
            return this;
        }

        /** The clock of certificate checks, seals and journal entries (default: the system's, UTC). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** Send even when validation finds ERROR violations (default: false). */
        public Builder force(boolean f) {
            this.force = f;
            return this;
        }

        /** Keep the envelopes beside the journal ({@code JOURNAL.sealed/}), so a retry sends the same bytes. */
        public Builder keepSealedCopies(boolean keep) {
            this.keepSealedCopies = keep;
            return this;
        }

        /** The sender. */
        public SafeSender build() {
            return new SafeSender(this);
        }
    }

    /** The validation of {@code files} this sender applies before sending them. */
    public ValidationReport validate(List<Path> files) {
        return validator.validate(files);
    }

    /**
     * Sends {@code files} (plain care-plan files; those sharing a sequence number form one unit), one report per unit
     * in ascending unit order.
     *
     * @throws IllegalArgumentException when a file's name is not a standard name
     * @throws TransportException (UNAVAILABLE) when the channel cannot be reached: the units before were sent
     * @throws java.io.UncheckedIOException when a file cannot be read or the journal written
     */
    public List<SendReport> sendAll(List<Path> files) {
        return sendAll(files, validate(files));
    }

    /**
     * As {@link #sendAll(List)}, with the caller's {@link #validate validation} of the same files (e.g. shown to the
     * user first), so they are not validated twice.
     */
    public List<SendReport> sendAll(List<Path> files, ValidationReport report) {
        Map<UnitId, List<Path>> units = new TreeMap<>();
        for (Path f : files) {
            units.computeIfAbsent(Unit.idOf(f.getFileName().toString()), k -> new ArrayList<>()).add(f);
        }
        List<Violation> errors = report.violations().stream().filter(Violation::isError).toList();
        List<SendReport> out = new ArrayList<>();
        if (!errors.isEmpty() && !force) {
            // All or nothing: a month's files go together, and half of them sent is harder to mend than none.
            for (Map.Entry<UnitId, List<Path>> e : units.entrySet()) {
                List<String> names = e.getValue().stream().map(p -> p.getFileName().toString()).toList();
                List<Violation> mine = errors.stream().filter(v -> names.contains(fileName(v.file()))).toList();
                out.add(new SendReport(e.getKey(), Outcome.INVALID, List.of(), mine, DeliveryStatus.UNKNOWN,
                        Optional.empty(), Optional.empty()));
            }
            return out;
        }
        for (Map.Entry<UnitId, List<Path>> e : units.entrySet()) {
            out.add(sendUnit(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }

    private SendReport sendUnit(UnitId id, List<Path> files) {
        Optional<X509Certificate> cert = directory.apply(id.receiver());
        if (cert.isEmpty()) {
            return notSent(id, Outcome.RECEIVER_UNKNOWN, List.of(), Optional.empty(),
                    "receiver " + id.receiver() + " is not registered");
        }
        List<UnitFile> sealed;
        try {
            // The directory's word is not enough: a certificate of its own making would let it read the files.
            ReceiverCertificates.verify(cert.get(), id.receiver(), anchors, clock);
            sealed = seal(id, files, cert.get());
        } catch (SealingRefusedException ex) {
            return notSent(id, Outcome.SEALING_REFUSED, List.of(),
                    Optional.of(new Refusal(Optional.empty(), Optional.of(ex.reason()))), ex.getMessage());
        } catch (TransportException ex) {
            return notSent(id, Outcome.RECEIVER_CERTIFICATE_REFUSED, List.of(), Optional.empty(), ex.getMessage());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        Unit unit = new Unit(id, sealed);
        try {
            transport.send(unit);
        } catch (TransportException ex) {
            if (ex.reason() == TransportException.Reason.UNAVAILABLE) {
                throw ex;
            }
            Outcome o = ex.reason() == TransportException.Reason.CONFLICT ? Outcome.CONFLICT : Outcome.REFUSED;
            record(id, sealed, "REFUSED:" + ex.reason());
            DeliveryStatus status = o == Outcome.CONFLICT ? transport.status(id) : DeliveryStatus.UNKNOWN;
            return new SendReport(id, o, sealed, List.of(), status,
                    Optional.of(new Refusal(Optional.of(ex.reason()), Optional.empty())),
                    Optional.ofNullable(ex.getMessage()));
        }
        record(id, sealed, "SENT");
        return new SendReport(id, Outcome.SENT, sealed, List.of(), transport.status(id), Optional.empty(),
                Optional.empty());
    }

    private List<UnitFile> seal(UnitId id, List<Path> files, X509Certificate cert) throws IOException {
        Map<String, String> sources = SealedCopies.sources(files, cert);
        if (copies.isPresent()) {
            Optional<List<UnitFile>> before = copies.get().reuse(id, sources);
            if (before.isPresent()) {
                return before.get(); // a retry: the same envelopes, a duplicate to a channel that has them
            }
        }
        Sealer sealer = Sealer.of(me, List.of(cert)).withClock(clock);
        List<UnitFile> sealed = new ArrayList<>();
        for (Path f : files) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(f)) {
                sealer.seal(in, f.getFileName().toString(), buf);
            }
            sealed.add(new UnitFile(f.getFileName() + ".p7m", buf.toByteArray()));
        }
        if (copies.isPresent()) {
            copies.get().keep(id, sources, sealed);
        }
        return sealed;
    }

    private void record(UnitId id, List<UnitFile> sealed, String outcome) {
        journal.record(new Journal.Entry(clock.instant(), Journal.Direction.SENT, id,
                sealed.stream().map(s -> new Journal.FileEntry(s.name(), s.sha256())).toList(), outcome));
    }

    private static SendReport notSent(UnitId id, Outcome o, List<UnitFile> envelopes, Optional<Refusal> refusal,
            String detail) {
        return new SendReport(id, o, envelopes, List.of(), DeliveryStatus.UNKNOWN, refusal, Optional.of(detail));
    }
}
