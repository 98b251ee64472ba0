package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.relay.RelayClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference relay on real sockets on 127.0.0.1 with a generated PKI, over the folder store; {@link
 * PostgresRelayTest} runs every behaviour again over PostgreSQL.
 */
class RelayTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");
    static final Party DAY = Party.of("1310000003", "15");
    static final Party UNREGISTERED = Party.of("1310000009", "16");
    static final char[] PW = "test-pw".toCharArray();
    static final String SEQ = "20250525093000";

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials hh;
    static OfficeCredentials day;
    static OfficeCredentials relayTls;

    @TempDir
    Path dir;

    MutableClock clock;
    Relay relay;
    UnitStore store;
    RelayServer server;

    /** Opens the store of this test; called again after a simulated restart, on the same data. */
    UnitStore openStore() {
        return new FileSystemUnitStore(dir.resolve("store"));
    }

    /** Releases the store (its connections). */
    void closeStore() {
    }

    /** How many files of a unit the store holds (bytes not deleted). */
    long storedFiles(UnitId id) throws Exception {
        Path folder = ((FileSystemUnitStore) store).folderOf(id);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals("unit.meta.json")).count();
        }
    }

    /** Leaves what a relay killed while storing {@code unit} leaves behind. */
    void leaveInterruptedWrite(Unit unit) throws Exception {
        Files.createDirectories(dir.resolve("store/tmp/half-written-unit"));
        Files.writeString(dir.resolve("store/tmp/half-written-unit/UPPLAN.CSV.p7m"), "partial");
    }

    /** After a restart: what the interrupted write left is gone. */
    void assertInterruptedWriteCleared(Unit unit) {
        assertThat(dir.resolve("store/tmp/half-written-unit")).doesNotExist();
    }

    @BeforeAll
    static void pki() {
        pki = TestPki.create(Clock.systemUTC());
        cm = pki.issueOffice(CM, KeyType.EC_P256);
        hh = pki.issueOffice(HH, KeyType.EC_P256);
        day = pki.issueOffice(DAY, KeyType.EC_P256);
        relayTls = pki.issueTlsServer("localhost");
    }

    @BeforeEach
    void start() throws Exception {
        clock = new MutableClock(java.time.Instant.now());
        store = openStore();
        server = startServer(Relay.DEFAULT_MAX_UNIT_BYTES);
    }

    RelayServer startServer(long maxBytes) throws Exception {
        Directory directory = new Directory().register(CM, cm.certificate()).register(HH, hh.certificate())
                .register(DAY, day.certificate());
        relay = new Relay(store, directory, clock, Relay.DEFAULT_RETENTION, maxBytes);
        return RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay, pki.keyStore(relayTls, "relay", PW),
                PW, List.of(pki.caCertificate()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        closeStore();
    }

    RelayClient client(OfficeCredentials office) {
        return RelayClient.connect(URI.create("https://127.0.0.1:" + server.port() + "/"),
                pki.keyStore(office, "office", PW), PW, List.of(pki.caCertificate()));
    }

    static byte[] csv(String line) {
        return (line + "\r\n").getBytes(Charset.forName("windows-31j"));
    }

    Unit sealedUnit(OfficeCredentials from, Party sender, Party receiver, RelayClient lookup, String seq,
            String... prefixes) throws Exception {
        var cert = lookup.certificateOf(receiver).orElseThrow();
        List<UnitFile> files = new ArrayList<>();
        for (String prefix : prefixes) {
            String name = prefix + "_" + sender.office().value() + "_" + sender.kind().code() + "_"
                    + receiver.office().value() + "_" + receiver.kind().code() + "_" + seq + ".CSV";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Sealer.of(from, List.of(cert)).seal(new ByteArrayInputStream(csv("202407,131045,\"髙﨑\"," + prefix)),
                    name, out);
            files.add(new UnitFile(name + ".p7m", out.toByteArray()));
        }
        return new Unit(Unit.idOf(files.get(0).name()), files);
    }

    static String name(Party s, Party r) {
        return "UPJSK_202506_" + s.office().value() + "_" + s.kind().code() + "_" + r.office().value() + "_"
                + r.kind().code() + "_" + SEQ + ".CSV.p7m";
    }

    SafeReceiver receiver(Transport c, OfficeCredentials me, Path inbox, Journal journal) {
        return new SafeReceiver(c, Opener.of(me, List.of(pki.caCertificate())), inbox, journal, clock);
    }

    @Test
    void planGoesToTheProviderAndActualsComeBack() throws Exception {
        RelayClient office = client(cm);
        RelayClient provider = client(hh);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506", "UPHOSOKU_202506");
        office.send(plan);
        assertThat(office.status(plan.id())).isEqualTo(DeliveryStatus.WAITING);
        assertThat(storedFiles(plan.id())).isEqualTo(3);

        Journal providerJournal = new Journal(dir.resolve("hh-journal.jsonl"));
        var received = receiver(provider, hh, dir.resolve("hh-inbox"), providerJournal).receiveAll();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("IMPORTED");
            assertThat(r.files()).hasSize(3).allSatisfy(f -> assertThat(f.sender()).isEqualTo(CM));
        });
        assertThat(dir.resolve("hh-inbox").resolve("UPPLAN_202506_1310000001_43_1310000002_11_" + SEQ + ".CSV"))
                .hasBinaryContent(csv("202407,131045,\"髙﨑\",UPPLAN_202506"));
        assertThat(storedFiles(plan.id())).as("acknowledged bytes are deleted").isZero();
        assertThat(office.status(plan.id())).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(providerJournal.entries()).extracting(Journal.Entry::outcome)
                .containsExactly("PENDING:IMPORTED", "IMPORTED");

        Unit actuals = sealedUnit(hh, HH, CM, provider, "20250701100000", "UPJSK_202506");
        provider.send(actuals);
        var back = receiver(office, cm, dir.resolve("cm-inbox"), new Journal(dir.resolve("cm.jsonl"))).receiveAll();
        assertThat(back).singleElement().satisfies(r -> assertThat(r.files()).singleElement()
                .satisfies(f -> assertThat(f.sender()).isEqualTo(HH)));
    }

    @Test
    void anotherOfficeCanNeitherListNorDownload() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        RelayClient other = client(day);
        assertThat(other.inbox()).isEmpty();
        assertThatThrownBy(() -> other.download(plan.id())).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> other.acknowledge(plan.id())).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThat(other.status(plan.id())).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(client(hh).inbox()).containsExactly(plan.id());
    }

    @Test
    void spoofedSenderAndUnknownReceiverAndSelfAreRefused() throws Exception {
        RelayClient c = client(day);
        // Unsealed: the Sealer refuses to sign a name whose sender is another office; the relay must refuse it alone.
        Unit spoofed = new Unit(Unit.idOf(name(HH, CM)), List.of(new UnitFile(name(HH, CM), csv("x"))));
        assertThatThrownBy(() -> c.send(spoofed)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
        Unit toNobody = new Unit(Unit.idOf(name(DAY, UNREGISTERED)), List.of(new UnitFile(name(DAY, UNREGISTERED),
                csv("x"))));
        assertThatThrownBy(() -> c.send(toNobody)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_RECEIVER));
        Unit self = new Unit(Unit.idOf(name(DAY, DAY)), List.of(new UnitFile(name(DAY, DAY), csv("x"))));
        assertThatThrownBy(() -> c.send(self)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
    }

    @Test
    void resendingAnIdenticalUnitIsHarmlessButNewContentConflicts() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        office.send(plan);
        assertThat(client(hh).inbox()).containsExactly(plan.id());
        Unit other = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        assertThatThrownBy(() -> office.send(other)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void unacknowledgedUnitsExpireAfterTheRetention() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        clock.advance(Duration.ofDays(29));
        relay.sweep();
        assertThat(office.status(plan.id())).isEqualTo(DeliveryStatus.WAITING);
        clock.advance(Duration.ofDays(2));
        // Requests never sweep (they cost the same however full the mailboxes are): the background sweep does.
        assertThat(office.status(plan.id())).isEqualTo(DeliveryStatus.WAITING);
        relay.sweep();
        assertThat(office.status(plan.id())).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(client(hh).inbox()).isEmpty();
        assertThat(storedFiles(plan.id())).isZero();
    }

    @Test
    void aRelayRemovesUnitsThatExpiredWhileItWasDownWithoutARequest() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        server.close();
        assertThat(storedFiles(plan.id())).isEqualTo(1);
        clock.advance(Duration.ofDays(31));
        server = startServer(Relay.DEFAULT_MAX_UNIT_BYTES);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (storedFiles(plan.id()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(storedFiles(plan.id())).as("expired unit's bytes").isZero();
        assertThat(client(cm).status(plan.id())).isEqualTo(DeliveryStatus.EXPIRED);
    }

    @Test
    void unitsAreListedInSequenceOrder() throws Exception {
        RelayClient office = client(cm);
        Unit later = sealedUnit(cm, CM, HH, office, "20250601000000", "DLTPLAN_202506");
        Unit earlier = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(later);
        office.send(earlier);
        assertThat(client(hh).inbox()).containsExactly(earlier.id(), later.id());
    }

    @Test
    void aCrashBetweenWritingAndAcknowledgingDoesNotImportTwice() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        RelayClient provider = client(hh);
        Transport crashing = new Transport() {
            @Override
            public void send(Unit unit) {
                provider.send(unit);
            }

            @Override
            public List<UnitId> inbox() {
                return provider.inbox();
            }

            @Override
            public Unit download(UnitId id) {
                return provider.download(id);
            }

            @Override
            public void acknowledge(UnitId id) {
                throw new IllegalStateException("power failure");
            }

            @Override
            public DeliveryStatus status(UnitId id) {
                return provider.status(id);
            }
        };
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        assertThatThrownBy(() -> receiver(crashing, hh, dir.resolve("in"), journal).receiveAll())
                .hasMessageContaining("power failure");
        assertThat(provider.inbox()).containsExactly(plan.id());
        var again = receiver(provider, hh, dir.resolve("in"), journal).receiveAll();
        assertThat(again).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("ALREADY_IMPORTED"));
        assertThat(provider.inbox()).isEmpty();
        assertThat(journal.entries()).extracting(Journal.Entry::outcome).containsExactly("PENDING:IMPORTED",
                "IMPORTED", "ALREADY_IMPORTED");
    }

    @Test
    void aCrashWhileMovingFilesIntoPlaceDoesNotWriteAgainWhatTheOfficeAlreadyTook() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506");
        office.send(plan);
        RelayClient provider = client(hh);
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        // The state a crash leaves after the pending entry: the files were moved and the office's software took
        // them (the destination is empty again), but the unit was neither journalled as imported nor acknowledged.
        journal.record(new Journal.Entry(clock.instant(), Journal.Direction.RECEIVED, plan.id(),
                plan.files().stream().map(f -> new Journal.FileEntry(f.name(), f.sha256())).toList(),
                "PENDING:IMPORTED"));
        Files.createDirectories(dir.resolve("in"));
        var again = receiver(provider, hh, dir.resolve("in"), journal).receiveAll();
        assertThat(again).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("IMPORTED"));
        try (var left = Files.list(dir.resolve("in"))) {
            assertThat(left.filter(p -> !p.getFileName().toString().equals(".staging"))).as("nothing written twice")
                    .isEmpty();
        }
        assertThat(provider.inbox()).isEmpty();
    }

    @Test
    void aNameTakenInTheDestinationRejectsTheUnitWithoutPublishingAnyOfIt() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506");
        office.send(plan);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("UPSIKYU_202506_1310000001_43_1310000002_11_" + SEQ + ".CSV"), "other");
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        var received = receiver(client(hh), hh, in, journal).receiveAll();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("REJECTED:ALREADY_EXISTS");
            assertThat(r.files()).isEmpty();
        });
        assertThat(in.resolve("UPPLAN_202506_1310000001_43_1310000002_11_" + SEQ + ".CSV")).doesNotExist();
        assertThat(client(hh).inbox()).containsExactly(plan.id());
        assertThat(journal.pendingOutcome(plan.id(), journal.entries().get(0).files())).isEmpty();
    }

    @Test
    void aUnitWithARejectedFilePublishesNothing() throws Exception {
        RelayClient office = client(cm);
        Unit good = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506");
        List<UnitFile> files = new ArrayList<>(good.files());
        files.set(1, new UnitFile(files.get(1).name(), "not an envelope".getBytes(StandardCharsets.US_ASCII)));
        Unit broken = new Unit(good.id(), files);
        office.send(broken);
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        var received = receiver(client(hh), hh, dir.resolve("in"), journal).receiveAll();
        assertThat(received).singleElement().satisfies(r -> assertThat(r.outcome()).startsWith("REJECTED:"));
        try (var left = Files.walk(dir.resolve("in"))) {
            assertThat(left.filter(Files::isRegularFile)).as("no file of a rejected unit").isEmpty();
        }
        assertThat(client(hh).inbox()).as("rejected on the relay, not received again").isEmpty();
        assertThat(office.status(good.id())).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(office.rejection(good.id())).contains("MALFORMED");
    }

    @Test
    void aRestartedRelayKeepsEveryAcceptedUnit() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506");
        office.send(plan);
        Unit interrupted = sealedUnit(cm, CM, HH, office, "20250601000000", "UPPLAN_202506");
        server.close();
        leaveInterruptedWrite(interrupted);
        closeStore();
        store = openStore();
        server = startServer(Relay.DEFAULT_MAX_UNIT_BYTES);
        assertInterruptedWriteCleared(interrupted);
        RelayClient provider = client(hh);
        assertThat(provider.inbox()).containsExactly(plan.id());
        assertThat(client(cm).status(interrupted.id())).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(provider.download(plan.id()).files()).isEqualTo(plan.files());
    }

    @Test
    void anOfficeWithATrustedButUnregisteredCertificateIsRefused() {
        OfficeCredentials stranger = pki.issueOffice(Party.of("1310000009", "11"), KeyType.EC_P256);
        assertThatThrownBy(() -> client(stranger).inbox()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.getMessage()).contains("not registered"));
    }

    @Test
    void aMalformedUploadIsA400WithTheExpectedShape() throws Exception {
        String unit = "units/" + Unit.idOf(name(CM, HH)).key();
        for (String body : new String[] {"{not json", "{\"files\":[1]}", "{\"files\":[{\"name\":\"x\",\"size\":5}]}",
                "{\"files\":[{\"name\":\"" + name(CM, HH) + "\",\"size\":1,\"sha256\":\"***\"}]}"}) {
            java.net.http.HttpResponse<String> r = rawPost(unit, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(r.body()).as(body).contains("\"error\":\"BAD_REQUEST\"").contains("the body");
        }
        // A manifest naming a file that was never uploaded commits nothing.
        java.net.http.HttpResponse<String> r = rawPost(unit, "{\"files\":[{\"name\":\"" + name(CM, HH)
                + "\",\"size\":3,\"sha256\":\"" + "0".repeat(64) + "\"}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("was not uploaded");
        assertThat(client(hh).inbox()).isEmpty();
    }

    private java.net.http.HttpResponse<String> rawPost(String path, String body) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .sslContext(dev.careplan.transport.internal.Tls.context(pki.keyStore(cm, "office", PW), PW,
                        List.of(pki.caCertificate())))
                .build();
        return http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("https://127.0.0.1:" + server.port() + "/" + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void connectionsThatStallBeforeTheirHandshakeDoNotBlockTheRelay() throws Exception {
        List<java.net.Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00});
                s.getOutputStream().flush();
                stalled.add(s);
            }
            long start = System.nanoTime();
            assertThat(client(cm).inbox()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            for (java.net.Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void theAccessLogCannotBeForgedWithControlCharacters() {
        assertThat(RelayServer.printable("/x\n2026 INFO access - forged")).doesNotContain("\n").contains("\\x0A");
    }

    @Test
    void aStrayFolderInTheStoreDoesNotStopTheRelay() throws Exception {
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506");
        office.send(plan);
        Files.createDirectories(dir.resolve("store/waiting/lost+found"));
        assertThat(client(hh).inbox()).containsExactly(plan.id());
        server.close();
        closeStore();
        store = openStore();
        server = startServer(Relay.DEFAULT_MAX_UNIT_BYTES);
        assertThat(client(hh).inbox()).containsExactly(plan.id());
        assertThat(dir.resolve("store/waiting/lost+found")).doesNotExist();
        try (var q = Files.list(dir.resolve("store/quarantine"))) {
            assertThat(q).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("lost+found"));
        }
    }

    @Test
    void aTooLargeUnitIsRefusedWith413() throws Exception {
        server.close();
        server = startServer(2_000);
        RelayClient office = client(cm);
        Unit plan = sealedUnit(cm, CM, HH, office, SEQ, "UPPLAN_202506", "UPSIKYU_202506", "UPHOSOKU_202506");
        assertThat(plan.size()).isGreaterThan(2_000);
        assertThatThrownBy(() -> office.send(plan)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
}
