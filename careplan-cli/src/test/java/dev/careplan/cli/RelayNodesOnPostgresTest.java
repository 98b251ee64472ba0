package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.examples.ExportMonthExample;
import dev.careplan.model.Party;
import dev.careplan.relay.testing.TestPostgres;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code careplan relay serve} processes on one PostgreSQL database serve one set of offices: what is uploaded
 * through node A is listed, downloaded and acknowledged through node B, and a node killed with SIGKILL in the middle
 * of storing an upload leaves no partial unit, so the sender's retry on the other node succeeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelayNodesOnPostgresTest {

    private static final Pattern LISTENING = Pattern.compile("relay listening on https://127\\.0\\.0\\.1:(\\d+)/");
    private static final Party CM = Party.of("1310000001", "43");

    /** One folder, PKI, database and pair of nodes for the class: starting JVMs is the slow part. */
    @TempDir
    static Path dir;

    private final List<Process> nodes = new ArrayList<>();
    private final java.util.Map<String, Process> processes = new java.util.concurrent.ConcurrentHashMap<>();
    private Path pki;
    private Path offices;
    private String jdbc;
    private String nodeA;
    private String nodeB;

    @BeforeAll
    void setUp() throws Exception {
        pki = dir.resolve("pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--relay-host", "localhost").code()).isZero();
        offices = Files.createDirectories(dir.resolve("offices"));
        for (String party : List.of("1310000001-43", "1310000002-11")) {
            Files.copy(pki.resolve(party + ".pem"), offices.resolve(party + ".pem"));
        }
        jdbc = TestPostgres.newDatabase();
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> startNode("a"));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> startNode("b"));
        nodeA = a.get();
        nodeB = b.get();
    }

    @AfterAll
    void stopNodes() throws Exception {
        for (Process p : nodes) {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** {@code postgresql://HOST:PORT/DB?user=…} from the test database's JDBC URL; a password goes by environment. */
    private String storeUrl() {
        String rest = jdbc.substring("jdbc:".length());
        return rest.replaceAll("[?&]password=[^&]*", "");
    }

    private String password() {
        Matcher m = Pattern.compile("[?&]password=([^&]*)").matcher(jdbc);
        return m.find() ? m.group(1) : "";
    }

    /** Starts a relay node in its own JVM; returns its URL. */
    private String startNode(String name) {
        try {
            return startNodeOrFail(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start relay node " + name, e);
        }
    }

    private String startNodeOrFail(String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder b = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CareplanCli.class.getName(), "relay", "serve", "--store", storeUrl(), "--store-pool", "4",
                "--port", "0", "--tls-key", pki.resolve("relay.p12").toString(), "--password-file",
                pki.resolve("password.txt").toString(), "--trust", pki.resolve("ca.pem").toString(),
                "--register", offices.toString())
                .redirectError(dir.resolve(name + ".err").toFile());
        b.environment().put(RelayStoreOption.PASSWORD_VARIABLE, password());
        Process p = b.start();
        synchronized (nodes) {
            nodes.add(p);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("%s start-up line (stderr: %s)", name, Files.readString(dir.resolve(name + ".err")))
                .isNotNull();
        Matcher m = LISTENING.matcher(first);
        assertThat(m.find()).as(first).isTrue();
        // Keep reading the access log, so that the node never blocks on a full pipe.
        CompletableFuture.runAsync(() -> drain(p.getInputStream()));
        String url = "https://localhost:" + m.group(1) + "/";
        processes.put(url, p);
        return url;
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException ignored) {
            // The node stopped.
        }
    }

    private List<String> officeArgs(String command, String url, String office, String journal) {
        return new ArrayList<>(List.of(command, "--relay", url, "--key", pki.resolve(office + ".p12").toString(),
                "--password-file", pki.resolve("password.txt").toString(), "--trust", pki.resolve("ca.pem").toString(),
                "--journal", dir.resolve(journal).toString()));
    }

    @Test
    @Order(1)
    void aUnitSentThroughOneNodeIsReceivedThroughTheOther() throws Exception {
        List<Path> unit = ExportMonthExample.export(YearMonth.of(2026, 12), dir.resolve("outbox"));
        List<String> send = officeArgs("send", nodeA, "1310000001-43", "cm.jsonl");
        unit.forEach(p -> send.add(p.toString()));
        CliRun sent = CliRun.en(send.toArray(String[]::new));
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("(3 files) to 1310000002:11: WAITING");

        List<String> receive = officeArgs("receive", nodeB, "1310000002-11", "hh.jsonl");
        receive.addAll(List.of("--out", dir.resolve("hh-inbox").toString()));
        CliRun received = CliRun.en(receive.toArray(String[]::new));
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("from 1310000001:43: IMPORTED");
        for (Path p : unit) {
            assertThat(dir.resolve("hh-inbox").resolve(p.getFileName())).hasSameBinaryContentAs(p);
        }

        CliRun status = CliRun.en(officeArgs("status", nodeA, "1310000001-43", "cm.jsonl").toArray(String[]::new));
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).as("acknowledged through B, seen through A").contains("to 1310000002:11: DELIVERED");
        assertThat(count("SELECT count(*) FROM relay_chunk")).as("acknowledged bytes deleted").isZero();
    }

    @Test
    @Order(2)
    void aNodeKilledWhileStoringAnUploadLeavesNothingAndTheRetryOnTheOtherNodeSucceeds() throws Exception {
        Unit big = bigUnit(8 * 1024 * 1024);
        Transport throughA = client(nodeA);
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> throughA.send(big));

        // Wait until node A is inside the transaction that stores the unit, then kill it without warning.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()") == 0) {
            assertThat(System.nanoTime()).as("node A began storing the unit").isLessThan(deadline);
            assertThat(upload).as("the upload is still in progress").isNotDone();
            Thread.sleep(5);
        }
        Process a = nodeProcess(nodeA);
        a.destroyForcibly(); // SIGKILL
        assertThat(a.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(upload).failsWithin(Duration.ofSeconds(30));

        // The database notices the dead connection and rolls its transaction back.
        while (count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()") > 0) {
            assertThat(System.nanoTime()).as("node A's transaction ended").isLessThan(deadline);
            Thread.sleep(20);
        }
        Transport throughB = client(nodeB);
        assertThat(throughB.status(big.id())).as("no partial unit").isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(count("SELECT count(*) FROM relay_chunk")).isZero();

        throughB.send(big);
        assertThat(throughB.status(big.id())).isEqualTo(DeliveryStatus.WAITING);
        Transport receiver = client(nodeB, "1310000002-11");
        assertThat(receiver.inbox()).containsExactly(big.id());
        assertThat(receiver.download(big.id()).files()).isEqualTo(big.files());
        receiver.acknowledge(big.id());
        assertThat(throughB.status(big.id())).isEqualTo(DeliveryStatus.DELIVERED);
    }

    private Process nodeProcess(String url) {
        return processes.get(url);
    }

    /** A unit of one (unsealed: the relay treats bytes as opaque) file of {@code size} random bytes. */
    private static Unit bigUnit(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        String name = "UPPLAN_202612_1310000001_43_1310000002_11_20261201090000.CSV.p7m";
        return new Unit(Unit.idOf(name), List.of(new UnitFile(name, bytes)));
    }

    private Transport client(String url) throws Exception {
        return client(url, CM.office().value() + "-" + CM.kind().code());
    }

    private Transport client(String url, String office) {
        return TransportProvider.named("relay").orElseThrow().create(Map.of("url", url, "key",
                pki.resolve(office + ".p12").toString(), "password-file", pki.resolve("password.txt").toString(),
                "trust", pki.resolve("ca.pem").toString()));
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
