package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.SafeSender;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.UnitFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The send workflow: validate, check the receiver's certificate, seal (reusing sealed copies), send, journal. */
class SafeSenderTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");
    static final String PLAN = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials hh;

    @TempDir
    Path dir;

    InMemoryExchange exchange;
    Transport office;
    Journal journal;
    Path plan;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        cm = pki.issueOffice(CM, KeyType.EC_P256);
        hh = pki.issueOffice(HH, KeyType.EC_P256);
    }

    @BeforeEach
    void setUp() throws Exception {
        exchange = new InMemoryExchange(CLOCK).register(CM, cm.certificate()).register(HH, hh.certificate());
        office = exchange.transportFor(CM);
        journal = new Journal(dir.resolve("cm.jsonl"));
        plan = dir.resolve("out").resolve(PLAN);
        Files.createDirectories(plan.getParent());
        try (InputStream in = SafeSenderTest.class.getResourceAsStream(PLAN)) {
            Files.copy(in, plan);
        }
    }

    /**
     * A sender whose validator sets aside SU-002 (a unit's companion files): the test unit is one 計画 file. The
     * default, strict preset is tested in {@link #invalidFilesAreNotSentUnlessForced}.
     */
    SafeSender.Builder sender(Function<Party, Optional<X509Certificate>> directory) {
        return SafeSender.builder(office, cm, List.of(pki.caCertificate()), directory, journal).clock(CLOCK)
                .validator(ConformanceValidator.with(ValidationPolicy.strict().without("SU-002")));
    }

    Function<Party, Optional<X509Certificate>> directory() {
        return exchange.relay().directory()::certificateOf;
    }

    @Test
    void aValidUnitIsSealedForItsReceiverSentAndJournalled() throws Exception {
        List<SafeSender.SendReport> reports = sender(directory()).build().sendAll(List.of(plan));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(SafeSender.Outcome.SENT);
            assertThat(r.status()).isEqualTo(DeliveryStatus.WAITING);
            assertThat(r.envelopes()).extracting(UnitFile::name).containsExactly(PLAN + ".p7m");
        });
        assertThat(journal.entries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("SENT");
            assertThat(e.direction()).isEqualTo(Journal.Direction.SENT);
        });
        var received = new SafeReceiver(exchange.transportFor(HH), Opener.of(hh, List.of(pki.caCertificate()))
                .withClock(CLOCK), dir.resolve("hh-in"), new Journal(dir.resolve("hh.jsonl")), CLOCK).receiveAll();
        assertThat(received).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("IMPORTED"));
        assertThat(dir.resolve("hh-in").resolve(PLAN)).hasSameBinaryContentAs(plan);
    }

    @Test
    void aRetryWithSealedCopiesSendsTheSameBytesWhileAFreshSealConflicts() {
        SafeSender keeping = sender(directory()).keepSealedCopies(true).build();
        SafeSender.SendReport first = keeping.sendAll(List.of(plan)).get(0);
        SafeSender.SendReport retry = keeping.sendAll(List.of(plan)).get(0);
        assertThat(retry.outcome()).isEqualTo(SafeSender.Outcome.SENT);
        assertThat(retry.envelopes()).isEqualTo(first.envelopes());

        SafeSender.SendReport fresh = sender(directory()).build().sendAll(List.of(plan)).get(0);
        assertThat(fresh.outcome()).as("sealing is randomised: new bytes under the same id")
                .isEqualTo(SafeSender.Outcome.CONFLICT);
        assertThat(fresh.refusal().flatMap(SafeSender.Refusal::channel)).contains(TransportException.Reason.CONFLICT);
        assertThat(fresh.status()).isEqualTo(DeliveryStatus.WAITING);
        assertThat(journal.entries()).extracting(Journal.Entry::outcome)
                .containsExactly("SENT", "SENT", "REFUSED:CONFLICT");
    }

    @Test
    void aCertificateTheSenderDoesNotTrustIsNeverEncryptedTo() {
        TestPki other = TestPki.create(CLOCK);
        X509Certificate forged = other.issueOffice(HH, KeyType.EC_P256).certificate();
        SafeSender.SendReport r = sender(p -> Optional.of(forged)).build().sendAll(List.of(plan)).get(0);
        assertThat(r.outcome()).isEqualTo(SafeSender.Outcome.RECEIVER_CERTIFICATE_REFUSED);
        assertThat(r.envelopes()).isEmpty();
        assertThat(exchange.transportFor(HH).inbox()).isEmpty();
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void anUnregisteredReceiverIsReported() {
        SafeSender.SendReport r = sender(p -> Optional.empty()).build().sendAll(List.of(plan)).get(0);
        assertThat(r.outcome()).isEqualTo(SafeSender.Outcome.RECEIVER_UNKNOWN);
        assertThat(r.status()).isEqualTo(DeliveryStatus.UNKNOWN);
    }

    @Test
    void invalidFilesAreNotSentUnlessForced() throws Exception {
        SafeSender strict = SafeSender.builder(office, cm, List.of(pki.caCertificate()), directory(), journal)
                .clock(CLOCK).build();
        SafeSender.SendReport r = strict.sendAll(List.of(plan)).get(0);
        assertThat(r.outcome()).isEqualTo(SafeSender.Outcome.INVALID);
        assertThat(r.violations()).extracting(dev.careplan.model.validation.Violation::ruleId).containsExactly("SU-002");
        assertThat(exchange.transportFor(HH).inbox()).isEmpty();
        assertThat(journal.entries()).isEmpty();

        SafeSender.SendReport forced = SafeSender.builder(office, cm, List.of(pki.caCertificate()), directory(),
                journal).clock(CLOCK).force(true).build().sendAll(List.of(plan)).get(0);
        assertThat(forced.outcome()).isEqualTo(SafeSender.Outcome.SENT);
        assertThat(exchange.transportFor(HH).inbox()).containsExactly(forced.unit());
    }
}
