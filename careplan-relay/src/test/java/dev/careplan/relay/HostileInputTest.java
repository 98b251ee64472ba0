package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Tls;
import dev.careplan.transport.relay.RelayClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of a security review on the relay and the receiver, each kept as a regression test (hostile-input
 * suite; the row numbers are those of the review's table), on real sockets on 127.0.0.1 with a generated PKI and
 * short time limits, so each attack takes seconds.
 */
@Timeout(60)
class HostileInputTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");
    static final Party DAY = Party.of("1310000003", "15");
    static final char[] PW = "test-pw".toCharArray();

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials hh;
    static OfficeCredentials day;
    static OfficeCredentials relayTls;

    @TempDir
    Path dir;

    MutableClock clock;
    UnitStore store;
    RelayServer server;

    /** The store of this test: the folder store here, PostgreSQL in {@link PostgresHostileInputTest}. */
    UnitStore openStore() {
        return new FileSystemUnitStore(dir.resolve("store"));
    }

    /** Releases the store (its connections). */
    void closeStore() {
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
        server = startServer();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Short time limits, so that an attack is over in seconds. */
    static final RelayServer.Limits LIMITS = RelayServer.Limits.defaults().withHandshakeTimeout(Duration.ofSeconds(1))
            .withIdleTimeout(Duration.ofSeconds(2));

    Directory directory;
    Relay.Quotas quotas = Relay.Quotas.defaults();

    void restartWith(Relay.Quotas q) throws Exception {
        server.close();
        quotas = q;
        server = startServer();
    }

    RelayServer startServer() throws Exception {
        return startServer(LIMITS);
    }

    RelayServer startServer(RelayServer.Limits limits) throws Exception {
        directory = new Directory().register(CM, cm.certificate()).register(HH, hh.certificate())
                .register(DAY, day.certificate());
        Relay relay = new Relay(store, directory, clock, Relay.DEFAULT_RETENTION, Relay.DEFAULT_MAX_UNIT_BYTES, quotas);
        return RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay, pki.keyStore(relayTls, "relay", PW),
                PW, List.of(pki.caCertificate()), limits);
    }

    /** A plain TCP connection to the relay from {@code from} (another loopback address is another client). */
    Socket tcp(String from) throws Exception {
        Socket s = new Socket();
        try {
            s.bind(new InetSocketAddress(from, 0));
        } catch (java.io.IOException e) {
            s.close();
            assumeTrue(false, "this system cannot bind " + from);
        }
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
        s.setSoTimeout(5000);
        return s;
    }

    /** A TLS connection authenticated as {@code office}, handshake done. */
    SSLSocket tls(OfficeCredentials office) throws Exception {
        return tls(office, server);
    }

    /** A TLS connection to {@code node} authenticated as {@code office}, handshake done. */
    SSLSocket tls(OfficeCredentials office, RelayServer node) throws Exception {
        SSLContext ctx = Tls.context(pki.keyStore(office, "office", PW), PW, List.of(pki.caCertificate()));
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", node.port());
        s.setSoTimeout(5000);
        s.startHandshake();
        return s;
    }

    /** True when the peer closed {@code s} (end of stream or reset) within the socket's read time limit. */
    static boolean closedByPeer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** The status code of the HTTP answer on {@code s}. */
    static int statusOf(Socket s) throws Exception {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                StandardCharsets.US_ASCII)).readLine();
        assertThat(line).startsWith("HTTP/1.1 ");
        return Integer.parseInt(line.substring(9, 12));
    }

    /** Row 1: 32 connections that each send 6 bytes of a ClientHello and stall. */
    @Test
    void aGenuineClientIsServedWhileHandshakesStall() throws Exception {
        List<Socket> attack = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                Socket s = tcp("127.0.0.2");
                s.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01});
                s.getOutputStream().flush();
                attack.add(s);
            }
            long t0 = System.nanoTime();
            assertThat(client(hh).inbox()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            long t1 = System.nanoTime();
            for (Socket s : attack) {
                assertThat(closedByPeer(s)).as("a stalled handshake is closed").isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - t1)).as("within the handshake time limit")
                    .isLessThan(LIMITS.handshakeTimeout().plusSeconds(2));
        } finally {
            for (Socket s : attack) {
                s.close();
            }
        }
    }

    @Test
    void connectionsFromOneAddressAreBounded() throws Exception {
        // Time limits far beyond the wait below: a close seen within it is the per-address bound, never a timeout,
        // however slow the machine is. Which connections are over the bound is the relay's choice (it sees them
        // opened on several threads), so the test counts them rather than expecting the last ones.
        server.close();
        server = startServer(LIMITS.withHandshakeTimeout(Duration.ofSeconds(60)).withIdleTimeout(Duration.ofSeconds(60)));
        int bound = LIMITS.maxConnectionsPerAddress();
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < bound + 4; i++) {
                Socket s = tcp("127.0.0.3");
                s.setSoTimeout(20);
                sockets.add(s);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            java.util.Set<Socket> closed = new java.util.HashSet<>();
            while (closed.size() < 4 && System.nanoTime() < deadline) {
                for (Socket s : sockets) {
                    if (!closed.contains(s) && closedByPeer(s)) {
                        closed.add(s);
                    }
                }
            }
            assertThat(closed).as("the connections over the bound are closed at once").hasSize(4);
            for (Socket s : sockets) {
                if (!closed.contains(s)) {
                    assertThat(closedByPeer(s)).as("the connections within the bound stay open").isFalse();
                }
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        // Closed connections give their count back: the address can open as many again (the relay sees the
        // closes on its own threads, so a few tries).
        boolean reopened = false;
        for (int attempt = 0; attempt < 40 && !reopened; attempt++) {
            Thread.sleep(250);
            List<Socket> again = new ArrayList<>();
            try {
                for (int i = 0; i < bound; i++) {
                    Socket s = tcp("127.0.0.3");
                    s.setSoTimeout(300);
                    again.add(s);
                }
                reopened = again.stream().noneMatch(HostileInputTest::closedByPeer);
            } finally {
                for (Socket s : again) {
                    s.close();
                }
            }
        }
        assertThat(reopened).as("the bound counts open connections, not connections ever opened").isTrue();
    }

    /** Row 3: one office keeps 4 uploads stalled (announces 1 MB, sends 10 bytes). */
    @Test
    void anotherOfficeUploadsWhileOneOfficeStallsItsUploads() throws Exception {
        Unit unit = sealedUnit(day, DAY, HH, "20250525093001");
        List<SSLSocket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SSLSocket s = tls(cm);
                s.getOutputStream().write((partRequest("2025052509300" + (5 + i)) + "Content-Length: 1000000\r\n\r\n"
                        + "0123456789").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            // Two uploads per office at once: two of the four hold their slots, the other two are refused at once
            // (which two depends on the order the relay's threads take them in).
            // The refusals are polled in short rounds rather than waited for one socket after another, so that a slow
            // machine delays them without turning a refused upload into a "holding" one.
            java.util.Set<SSLSocket> refusedSockets = new java.util.HashSet<>();
            long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            while (refusedSockets.size() < 2 && System.nanoTime() < deadline) {
                for (SSLSocket s : stalled) {
                    if (refusedSockets.contains(s)) {
                        continue;
                    }
                    s.setSoTimeout(50);
                    try {
                        assertThat(statusOf(s)).isEqualTo(429);
                        refusedSockets.add(s);
                    } catch (SocketTimeoutException e) {
                        // Still holding its slot, or its answer is on the way.
                    }
                }
            }
            assertThat(refusedSockets).hasSize(2);
            List<SSLSocket> holding = new ArrayList<>(stalled);
            holding.removeAll(refusedSockets);
            long t0 = System.nanoTime();
            client(day).send(unit);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            assertThat(client(day).status(unit.id())).isEqualTo(DeliveryStatus.WAITING);
            for (SSLSocket s : holding) {
                s.setSoTimeout(5000);
                assertThat(closedByPeer(s)).as("a stalled upload is dropped").isTrue();
            }
            Unit next = sealedUnit(cm, CM, HH, "20250525093002");
            client(cm).send(next);
            assertThat(client(cm).status(next.id())).as("its slots are free again").isEqualTo(DeliveryStatus.WAITING);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /**
     * Issue 12: a relay whose upload slots are taken reads the body and answers 503 with {@code Retry-After} on a
     * connection it keeps open (a client no longer sees "cannot be reached"), and the client waits with jitter
     * instead of reconnecting at once, a bounded number of times.
     */
    @Test
    void aBusyRelayReadsTheBodyAnswers503WithRetryAfterAndTheClientBacksOff() throws Exception {
        server.close();
        server = startServer(LIMITS.withIdleTimeout(Duration.ofSeconds(10)).withCounts(16, 16, 1, 1));
        SSLSocket holder = tls(day);
        try {
            // DAY holds the only upload slot: 1 MB announced, 10 bytes sent.
            String file = name("UPPLAN_202506", DAY, HH, "20250525093000") + ".p7m";
            holder.getOutputStream().write(("PUT /units/" + Unit.idOf(file).key() + "/files/" + file
                    + " HTTP/1.1\r\nHost: relay\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 1000000\r\n\r\n0123456789").getBytes(StandardCharsets.US_ASCII));
            holder.getOutputStream().flush();
            Thread.sleep(300);

            SSLSocket busy = tls(cm);
            byte[] body = new byte[200_000];
            busy.getOutputStream().write((partRequest("20250525093001") + "Content-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            busy.getOutputStream().write(body);
            busy.getOutputStream().flush();
            java.io.BufferedReader answer = new java.io.BufferedReader(new java.io.InputStreamReader(
                    busy.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(answer.readLine()).startsWith("HTTP/1.1 503");
            List<String> headers = new ArrayList<>();
            for (String h = answer.readLine(); h != null && !h.isEmpty(); h = answer.readLine()) {
                headers.add(h.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(headers).contains("retry-after: 1").noneMatch(h -> h.startsWith("connection: close"));
            busy.close();

            List<Duration> waits = new ArrayList<>();
            dev.careplan.transport.relay.RetryPolicy three = new dev.careplan.transport.relay.RetryPolicy(3,
                    Duration.ofMillis(200), Duration.ofSeconds(10));
            RelayClient patient = RelayClient.connect(URI.create("https://127.0.0.1:" + server.port() + "/"),
                    pki.keyStore(cm, "office", PW), PW, List.of(pki.caCertificate()), three, new java.util.Random(7),
                    waits::add);
            Unit unit = sealedUnit(cm, CM, HH, "20250525093002");
            assertThatThrownBy(() -> patient.send(unit)).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.UNAVAILABLE))
                    .hasMessageContaining("busy");
            // Three attempts, two waits between them, each at least the relay's Retry-After.
            assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(1))
                    .isLessThanOrEqualTo(Duration.ofSeconds(10)));
        } finally {
            holder.close();
        }
        // The slot is free once the stalled upload is dropped: the same client gets through.
        Unit later = sealedUnit(cm, CM, HH, "20250525093003");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                client(cm).send(later);
                break;
            } catch (TransportException e) {
                assertThat(System.nanoTime()).as(e.getMessage()).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        assertThat(client(cm).status(later.id())).isEqualTo(DeliveryStatus.WAITING);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        closeStore();
    }

    /**
     * A commit that reaches a node without the unit's parts (they went to another node) is refused with its own
     * code, PART_MISSING, on which the client uploads the unit again; nothing becomes visible.
     */
    @Test
    void aCommitWithoutItsPartsOnThisNodeIsRefusedAsPartMissing() throws Exception {
        RelayServer other = startServer(LIMITS);
        try {
            String file = name("UPPLAN_202506", CM, HH, "20250525093007") + ".p7m";
            byte[] bytes = "sealed bytes".getBytes(StandardCharsets.US_ASCII);
            SSLSocket put = tls(cm);
            put.getOutputStream().write((partRequest("20250525093007") + "Content-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            put.getOutputStream().write(bytes);
            put.getOutputStream().flush();
            assertThat(statusOf(put)).isEqualTo(201);
            put.close();

            com.fasterxml.jackson.databind.node.ObjectNode doc = JSON.createObjectNode();
            doc.putArray("files").addObject().put("name", file).put("size", bytes.length).put("sha256",
                    java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(bytes)));
            String manifest = JSON.writeValueAsString(doc);
            SSLSocket commit = tls(cm, other);
            commit.getOutputStream().write(("POST /units/" + Unit.idOf(file).key() + " HTTP/1.1\r\nHost: relay\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + manifest.getBytes(StandardCharsets.US_ASCII).length + "\r\n\r\n" + manifest)
                    .getBytes(StandardCharsets.US_ASCII));
            commit.getOutputStream().flush();
            String answer = new String(commit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            commit.close();
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"PART_MISSING\"");
            assertThat(client(hh).inbox()).isEmpty();
        } finally {
            other.close();
        }
    }

    /**
     * The client's side of PART_MISSING: a part taken away from the node between its upload and the commit (as if
     * it had gone to another node) makes the client upload the whole unit again, and the unit arrives whole.
     */
    @Test
    void theClientUploadsTheUnitAgainWhenItsCommitFindsAPartMissing() throws Exception {
        int[] opens = new int[1];
        Unit unit = unitWhoseSecondFileTakesAwayTheFirstsPart("20250525093008", () -> ++opens[0] == 1);
        client(cm).send(unit);
        assertThat(opens[0]).as("the second file was uploaded again").isEqualTo(2);
        RelayClient receiver = client(hh);
        assertThat(receiver.inbox()).containsExactly(unit.id());
        Unit received = receiver.download(unit.id());
        assertThat(received.files()).hasSize(2);
        for (UnitFile got : received.files()) {
            UnitFile sent = unit.files().stream().filter(f -> f.name().equals(got.name())).findFirst().orElseThrow();
            try (InputStream sentBytes = sent.open(); InputStream gotBytes = got.open()) {
                assertThat(gotBytes.readAllBytes()).as(got.name()).isEqualTo(sentBytes.readAllBytes());
            }
        }
    }

    /** A node that never holds every part: the client gives up after its rounds, and nothing becomes visible. */
    @Test
    void theClientGivesUpWhenEveryCommitFindsAPartMissing() throws Exception {
        int[] opens = new int[1];
        Unit unit = unitWhoseSecondFileTakesAwayTheFirstsPart("20250525093009", () -> {
            opens[0]++;
            return true;
        });
        assertThatThrownBy(() -> client(cm).send(unit)).isInstanceOf(TransportException.class)
                .satisfies(e -> assertThat(((TransportException) e).reason())
                        .isEqualTo(TransportException.Reason.UNAVAILABLE));
        assertThat(opens[0]).as("whole-unit uploads").isEqualTo(3);
        assertThat(client(hh).inbox()).isEmpty();
    }

    /**
     * A unit of two files whose second file, each time its upload starts and {@code takeAway} says so, deletes the
     * node's part of the first (uploaded just before) from the node's parts folder.
     */
    private Unit unitWhoseSecondFileTakesAwayTheFirstsPart(String seq, java.util.function.BooleanSupplier takeAway) {
        String plan = name("UPPLAN_202506", CM, HH, seq) + ".p7m";
        String supplement = name("UPHOSOKU_202506", CM, HH, seq) + ".p7m";
        byte[] first = "first sealed bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "second sealed bytes".getBytes(StandardCharsets.US_ASCII);
        UnitId id = Unit.idOf(plan);
        UnitFile.Source source = () -> {
            if (takeAway.getAsBoolean()) {
                try (java.util.stream.Stream<Path> parts = Files.list(server.partsFolder().resolve(id.key()))) {
                    for (Path p : parts.filter(p -> p.getFileName().toString().startsWith(plan)).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return new ByteArrayInputStream(second);
        };
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(second));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // Its SHA-256 given, so that the source is opened for uploads only.
        return new Unit(id, List.of(new UnitFile(plan, first),
                UnitFile.streamed(supplement, second.length, sha256, source)));
    }

    RelayClient client(OfficeCredentials office) {
        return RelayClient.connect(URI.create("https://127.0.0.1:" + server.port() + "/"),
                pki.keyStore(office, "office", PW), PW, List.of(pki.caCertificate()));
    }

    /** The head of a raw upload of one file of a unit of CM for HH, without its length. */
    static String partRequest(String seq) {
        String file = name("UPPLAN_202506", CM, HH, seq) + ".p7m";
        return "PUT /units/" + Unit.idOf(file).key() + "/files/" + file + " HTTP/1.1\r\nHost: relay\r\n"
                + "Content-Type: application/octet-stream\r\n";
    }

    static String name(String prefix, Party sender, Party receiver, String seq) {
        return prefix + "_" + sender.office().value() + "_" + sender.kind().code() + "_" + receiver.office().value()
                + "_" + receiver.kind().code() + "_" + seq + ".CSV";
    }

    Unit sealedUnit(OfficeCredentials from, Party sender, Party receiver, String seq) throws Exception {
        String name = name("UPPLAN_202506", sender, receiver, seq);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sealer.of(from, List.of(client(from).certificateOf(receiver).orElseThrow())).seal(new ByteArrayInputStream(
                "202407,131045,1\r\n".getBytes(Charset.forName("windows-31j"))), name, out);
        return new Unit(Unit.idOf(name + ".p7m"), List.of(new UnitFile(name + ".p7m", out.toByteArray())));
    }

    /** Row 3, slower: an upload that trickles a byte now and then (never idle long enough to time out). */
    @Test
    void anUploadBelowTheMinimumRateIsDropped() throws Exception {
        server.close();
        server = RelayServer.start(new InetSocketAddress("127.0.0.1", 0), new Relay(store, directory, clock,
                Relay.DEFAULT_RETENTION, Relay.DEFAULT_MAX_UNIT_BYTES), pki.keyStore(relayTls, "relay", PW), PW,
                List.of(pki.caCertificate()), LIMITS.withMinUploadBytesPerSecond(1000));
        SSLSocket s = tls(cm);
        s.getOutputStream().write((partRequest("20250525093009") + "Content-Length: 100000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        long t0 = System.nanoTime();
        boolean dropped = false;
        try {
            for (int i = 0; i < 40 && !dropped; i++) {
                s.getOutputStream().write('[');
                s.getOutputStream().flush();
                Thread.sleep(250);
            }
        } catch (java.io.IOException e) {
            dropped = true;
        }
        s.setSoTimeout(2000);
        assertThat(dropped || closedByPeer(s) || statusOf(s) >= 400).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
        s.close();
    }

    /** Row 4: a second certificate of an office from the trusted CA, not the registered one. */
    @Test
    void anotherCertificateOfARegisteredOfficeIsRefused() throws Exception {
        Unit forCm = sealedUnit(hh, HH, CM, "20250525093000");
        client(hh).send(forCm);
        RelayClient impostor = client(pki.issueOffice(CM, KeyType.EC_P256));
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert
                .ThrowingCallable>of(impostor::inbox, () -> impostor.download(forCm.id()),
                    () -> impostor.acknowledge(forCm.id()), () -> impostor.send(sealedUnit(cm, CM, HH, "20250525093001")))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED))
                    .hasMessageContaining("not the one registered");
        }
        assertThat(client(cm).inbox()).as("the office's mail is untouched").containsExactly(forCm.id());
        assertThat(client(hh).status(forCm.id())).isEqualTo(DeliveryStatus.WAITING);
    }

    /** Row 4: a registered (rollover) certificate that a CRL revokes, the CRL file replaced while the relay runs. */
    @Test
    void aCertificateRevokedByTheCrlFileIsRefusedOnTheNextRequest() throws Exception {
        OfficeCredentials second = pki.issueOffice(CM, KeyType.EC_P256);
        directory.registerAlso(CM, second.certificate());
        Path crl = Files.write(dir.resolve("ca.crl"), pki.crl(List.of()).getEncoded());
        directory.checkRevocation(CrlFile.watch(crl, List.of(pki.caCertificate())));
        RelayClient rolledOver = client(second);
        assertThat(rolledOver.inbox()).isEmpty();

        Files.write(crl, pki.crl(List.of(second.certificate())).getEncoded());
        assertThatThrownBy(rolledOver::inbox).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED))
                .hasMessageContaining("revoked");
        assertThat(client(cm).inbox()).as("the office's other certificate").isEmpty();

        Files.write(crl, "not a CRL".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(rolledOver::inbox).as("a broken replacement lifts no revocation")
                .isInstanceOf(TransportException.class).hasMessageContaining("revoked");
    }

    Unit junk(Party sender, Party receiver, int n) {
        String name = name("UPPLAN_202506", sender, receiver, String.format("202501010000%02d", n)) + ".p7m";
        return new Unit(Unit.idOf(name), List.of(new UnitFile(name, ("junk " + n).getBytes(StandardCharsets.US_ASCII))));
    }

    /** Row 5, scaled down: a registered office floods one receiver with junk units. */
    @Test
    void aJunkFloodIsBoundedPerSenderAndRejectedJunkIsNotDownloadedAgain() throws Exception {
        restartWith(new Relay.Quotas(64, 5, 1L << 30));
        RelayClient attacker = client(cm);
        for (int i = 0; i < 5; i++) {
            attacker.send(junk(CM, HH, i));
        }
        assertThatThrownBy(() -> attacker.send(junk(CM, HH, 5))).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TOO_MANY))
                .hasMessageContaining("at most 5");
        attacker.send(junk(CM, HH, 0)); // an identical re-send is no new unit
        Unit genuine = sealedUnit(day, DAY, HH, "20250525093001");
        client(day).send(genuine);

        RelayClient victim = client(hh);
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        SafeReceiver receiver = new SafeReceiver(victim, Opener.of(hh, List.of(pki.caCertificate())), dir.resolve("in"),
                journal, clock);
        assertThat(receiver.receiveAll()).extracting(SafeReceiver.Received::outcome).containsExactly(
                "REJECTED:MALFORMED", "REJECTED:MALFORMED", "REJECTED:MALFORMED", "REJECTED:MALFORMED",
                "REJECTED:MALFORMED", "IMPORTED");
        assertThat(receiver.receiveAll()).as("the next run downloads nothing again").isEmpty();
        attacker.send(junk(CM, HH, 6)); // the rejected units no longer count
    }

    @Test
    void bytesWaitingForOneReceiverAreBounded() throws Exception {
        restartWith(new Relay.Quotas(64, 500, 20));
        client(cm).send(junk(CM, HH, 10)); // 7 bytes
        client(day).send(junk(DAY, HH, 11));
        assertThatThrownBy(() -> client(day).send(junk(DAY, HH, 12))).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TOO_MANY))
                .hasMessageContaining("would exceed 20 bytes");
        client(cm).send(junk(CM, DAY, 13)); // another receiver's mailbox
    }

    /** Row 7, scaled down: a unit of 1,001 empty files (default limit: 64) is refused before any is stored. */
    @Test
    void aUnitOfTooManyFilesIsRefusedWithoutStoringAny() throws Exception {
        List<UnitFile> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String name = String.format("UPKIHON_IMAGE_1310000001_43_1310000002_11_20250101000000_%04d.jpg.p7m", i);
            files.add(new UnitFile(name, new byte[0]));
        }
        String first = name("UPPLAN_202506", CM, HH, "20250101000000") + ".p7m";
        files.add(0, new UnitFile(first, new byte[0]));
        Unit unit = new Unit(Unit.idOf(first), files);
        assertThat(server.port()).isPositive();
        assertThatThrownBy(() -> client(cm).send(unit)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.TOO_LARGE))
                .hasMessageContaining("files");
        assertThat(client(hh).inbox()).isEmpty();
        assertThat(store.status(unit.id())).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(store.waitingFor(HH)).isEmpty();
    }

    /** The 114 bytes of row 2: AuthEnvelopedData whose inner length claims 2^62 bytes. */
    static byte[] poison() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x30, (byte) 0x80, 0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x09, 0x10, 0x01, 0x17, (byte) 0xA0, (byte) 0x80, 0x30, (byte) 0x88, 0x40, 0, 0, 0, 0, 0, 0,
            0, 0x02, 0x01, 0x00, 0x31, (byte) 0x80});
        while (b.size() < 114) {
            b.write(0x30);
        }
        return b.toByteArray();
    }

    /** Row 2: a poisoned unit first in line neither stops the run nor blocks the genuine units behind it. */
    @Test
    void aPoisonedUnitIsRejectedAndTheGenuineUnitsBehindItAreImported() throws Exception {
        RelayClient attacker = client(cm);
        String poisoned = name("UPPLAN_202506", CM, HH, "20250101000000") + ".p7m";
        Unit bad = new Unit(Unit.idOf(poisoned), List.of(new UnitFile(poisoned, poison())));
        attacker.send(bad);
        Unit genuine1 = sealedUnit(cm, CM, HH, "20250525093000");
        Unit genuine2 = sealedUnit(day, DAY, HH, "20250525093001");
        attacker.send(genuine1);
        client(day).send(genuine2);

        RelayClient victim = client(hh);
        Journal journal = new Journal(dir.resolve("hh.jsonl"));
        Path in = dir.resolve("in");
        var received = new SafeReceiver(victim, Opener.of(hh, List.of(pki.caCertificate())), in, journal, clock)
                .receiveAll();

        assertThat(received).extracting(SafeReceiver.Received::outcome)
                .containsExactly("REJECTED:MALFORMED", "IMPORTED", "IMPORTED");
        assertThat(in.resolve(name("UPPLAN_202506", CM, HH, "20250525093000"))).exists();
        assertThat(in.resolve(name("UPPLAN_202506", DAY, HH, "20250525093001"))).exists();
        assertThat(journal.entries()).filteredOn(e -> e.unit().equals(bad.id()))
                .extracting(Journal.Entry::outcome).containsExactly("REJECTED:MALFORMED");
        assertThat(victim.inbox()).as("nothing to download again").isEmpty();
        assertThat(attacker.status(bad.id())).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(attacker.rejection(bad.id())).contains("MALFORMED");
        assertThat(attacker.status(genuine1.id())).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(attacker.rejection(genuine1.id())).isEmpty();
    }
}
