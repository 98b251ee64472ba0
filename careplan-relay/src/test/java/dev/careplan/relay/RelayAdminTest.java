package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.relay.testing.TestPostgres;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.relay.RelayClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay's admin port on 127.0.0.1: {@code /health} over the folder and PostgreSQL stores, {@code /metrics}
 * scraped before and after real uploads, downloads, acknowledgements and an expiry.
 */
class RelayAdminTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials hh;
    static OfficeCredentials relayTls;

    final List<AutoCloseable> open = new ArrayList<>();
    MutableClock clock = new MutableClock(java.time.Instant.parse("2025-06-01T00:00:00Z"));

    @BeforeAll
    static void pki() {
        pki = TestPki.create(Clock.systemUTC());
        cm = pki.issueOffice(RelayTest.CM, KeyType.EC_P256);
        hh = pki.issueOffice(RelayTest.HH, KeyType.EC_P256);
        relayTls = pki.issueTlsServer("localhost");
    }

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** The relay of the last server started: its expiry sweep runs in the background, the tests run it at once. */
    Relay relay;

    RelayServer start(UnitStore store) throws Exception {
        Directory directory = new Directory().register(RelayTest.CM, cm.certificate())
                .register(RelayTest.HH, hh.certificate());
        relay = new Relay(store, directory, clock, Duration.ofDays(30), Relay.DEFAULT_MAX_UNIT_BYTES);
        RelayServer server = RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay,
                pki.keyStore(relayTls, "relay", RelayTest.PW), RelayTest.PW,
                List.of(pki.caCertificate()), RelayServer.Limits.defaults(),
                Optional.of(new InetSocketAddress("127.0.0.1", 0)));
        open.add(server);
        return server;
    }

    static HttpResponse<String> get(RelayServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort().orElseThrow()
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    RelayClient client(RelayServer server, OfficeCredentials office) {
        return RelayClient.connect(URI.create("https://127.0.0.1:" + server.port() + "/"),
                pki.keyStore(office, "office", RelayTest.PW), RelayTest.PW,
                List.of(pki.caCertificate()));
    }

    /** The value of the sample {@code name{labels}} (labels as a substring); 0 when the series does not exist yet. */
    static double sample(String scrape, String name, String labels) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$").matcher(scrape);
        while (m.find()) {
            if (labels.isEmpty() || (m.group(1) != null && m.group(1).contains(labels))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    /**
     * The metrics once {@code ready} holds (within 5 s): a request's latency is recorded just after its answer is
     * handed to the connection, so the client may scrape a moment before it is.
     */
    static String scrapeUntil(RelayServer server, java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String s = get(server, "/metrics").body();
        while (!ready.test(s) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            s = get(server, "/metrics").body();
        }
        return s;
    }

    @Test
    void countersMoveWithUploadDownloadAcknowledgeAndExpiryAndNoLabelNamesAnOffice() throws Exception {
        RelayServer server = start(new FileSystemUnitStore(dir.resolve("store")));
        String before = get(server, "/metrics").body();
        assertThat(sample(before, "careplan_relay_units_stored_total", "")).isZero();

        RelayClient office = client(server, cm);
        RelayClient provider = client(server, hh);
        RelayTest helper = new RelayTest();
        Unit plan = helper.sealedUnit(cm, RelayTest.CM, RelayTest.HH, office, RelayTest.SEQ,
                "UPPLAN_202506");
        office.send(plan);
        office.send(plan); // an identical re-send is no new unit
        UnitId id = provider.inbox().get(0);
        assertThat(provider.download(id).files()).hasSize(1);
        provider.acknowledge(id);
        Unit late = helper.sealedUnit(cm, RelayTest.CM, RelayTest.HH, office, "20250526093000",
                "UPPLAN_202506");
        office.send(late);
        clock.advance(Duration.ofDays(31));
        relay.sweep(); // what the background sweep does within a minute
        assertThat(provider.inbox()).isEmpty();

        HttpResponse<String> r = get(server, "/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        String after = scrapeUntil(server, s -> sample(s, "careplan_relay_requests_seconds_count",
                "route=\"/inbox\"") >= 2);
        assertThat(sample(after, "careplan_relay_units_stored_total", "")).isEqualTo(2.0);
        assertThat(sample(after, "careplan_relay_stored_bytes_total", "")).isEqualTo(plan.size() + late.size());
        assertThat(sample(after, "careplan_relay_units_delivered_total", "")).isEqualTo(1.0);
        assertThat(sample(after, "careplan_relay_units_expired_total", "")).isEqualTo(1.0);
        // Three sends of one file each: three parts and three commits.
        assertThat(sample(after, "careplan_relay_requests_seconds_count", "route=\"/units/{unit}/files/{name}\""))
                .isEqualTo(3.0);
        assertThat(sample(after, "careplan_relay_requests_seconds_count", "route=\"/units/{unit}\"")).isEqualTo(3.0);
        assertThat(sample(after, "careplan_relay_requests_seconds_count", "route=\"/inbox/{unit}/ack\""))
                .isEqualTo(1.0);
        assertThat(sample(after, "careplan_relay_requests_seconds_count", "route=\"/inbox/{unit}\""))
                .isEqualTo(1.0);
        assertThat(after).as("a latency histogram, not only a count")
                .contains("careplan_relay_requests_seconds_bucket{");
        assertThat(sample(after, "careplan_relay_connections_open", "")).isGreaterThanOrEqualTo(1.0);
        assertThat(after).contains("careplan_relay_uploads_in_progress ").contains("jvm_memory_used_bytes{");

        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^[a-z_]+\\{(.*)} \\S+$").matcher(after);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertThat(labels).isNotEmpty().noneMatch(l -> l.matches("(?s).*\\d{10}.*"))
                .noneMatch(l -> l.contains(RelayTest.CM.office().value()) || l.contains(RelayTest.HH.office().value())
                        || l.contains(RelayTest.SEQ));
    }

    @Test
    void refusalsAndUnknownPathsAreLabelledByTemplateOnly() throws Exception {
        RelayServer server = start(new FileSystemUnitStore(dir.resolve("store")));
        RelayClient provider = client(server, hh);
        UnitId someone = UnitId.parse("20250525093000_1310000001_43_1310000002_11");
        assertThatThrownBy(() -> provider.download(
                UnitId.parse("20250525093000_1310000002_11_1310000001_43")));
        assertThatThrownBy(() -> provider.acknowledge(someone));
        String scrape = scrapeUntil(server, s -> sample(s, "careplan_relay_requests_seconds_count",
                "status=\"404\"") >= 2);
        assertThat(sample(scrape, "careplan_relay_requests_seconds_count", "status=\"404\"")).isEqualTo(2.0);
        assertThat(scrape).doesNotContain("1310000001").doesNotContain("1310000002");
    }

    @Test
    void healthIsUpWhileTheFolderCanBeWrittenAndTheAdminPortServesNothingElse() throws Exception {
        RelayServer server = start(new FileSystemUnitStore(dir.resolve("store")));
        HttpResponse<String> up = get(server, "/health");
        assertThat(up.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(up.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("store").asText()).isEqualTo("UP");
        assertThat(get(server, "/inbox").statusCode()).isEqualTo(404);
        assertThat(get(server, "/units").statusCode()).isEqualTo(404);

        try (Stream<Path> s = Files.walk(dir.resolve("store"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        HttpResponse<String> down = get(server, "/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void healthQueriesPostgresqlAndIsDownOnceTheDatabaseCannotBeReached() throws Exception {
        PostgresUnitStore store = TestPostgres.newStore();
        RelayServer server = start(store);
        assertThat(get(server, "/health").statusCode()).isEqualTo(200);
        store.close();
        HttpResponse<String> down = get(server, "/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("store").asText()).isEqualTo("DOWN");
    }

    @Test
    void withoutAnAdminAddressThereIsNoAdminPort() throws Exception {
        Relay relay = Relay.of(new InMemoryUnitStore(), new Directory(), clock);
        try (RelayServer server = RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay,
                pki.keyStore(relayTls, "relay", RelayTest.PW), RelayTest.PW,
                List.of(pki.caCertificate()))) {
            assertThat(server.adminPort()).isEmpty();
        }
    }
}
