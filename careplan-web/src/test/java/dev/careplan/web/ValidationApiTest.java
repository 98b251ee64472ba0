package dev.careplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import dev.careplan.web.json.ValidationReportJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/validate} over a real socket on 127.0.0.1, with the JDK's HTTP client. */
class ValidationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static List<Path> files;
    static CareplanServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        files = DemoFiles.write(dir);
        server = CareplanServer.builder().limits(new UploadLimits(40, 64 * 1024, 256 * 1024)).build().start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI api(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static List<String> schemaProblems(JsonNode report) throws IOException {
        try (java.io.InputStream in = ValidationReportJson.schema()) {
            com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
                    .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(in);
            List<String> out = new ArrayList<>();
            schema.validate(report).forEach(e -> out.add(e.toString()));
            return out;
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void theReportIsTheValidatorsReportInTheCommandsJsonShape() throws Exception {
        HttpResponse<String> r = Multipart.send(client, api("/api/validate"), Multipart.parts(files));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("schema").asText()).isEqualTo("careplan-report/1");
        assertThat(schemaProblems(report)).as("the report of careplan validate --format json: same schema").isEmpty();
        assertThat(report.get("profile").asText()).isEqualTo("producer");
        ValidationReport expected = ConformanceValidator.producer().validate(files);
        assertThat(report.get("files")).hasSize(expected.files().size());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(expected.files().size());
        assertThat(report.at("/summary/valid").asLong()).isEqualTo(expected.validFiles());
        assertThat(report.get("units")).hasSize(expected.units().size());
        Set<String> names = new TreeSet<>();
        report.get("files").forEach(f -> names.add(f.get("file").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(files.stream().map(p -> p.getFileName().toString())
                .toList());
        assertThat(r.body()).doesNotContain("1000012345");
    }

    @Test
    void violationsCarryRuleRecordLineFieldAndAMessageInTheLanguageAsked() throws Exception {
        Path plan = files.stream().filter(p -> p.getFileName().toString().startsWith("UPPLAN_")).findFirst()
                .orElseThrow();
        String text = new String(Files.readAllBytes(plan), "MS932");
        // The second record's 単位数 (No.8) becomes letters: a field-level violation with a record and a line.
        String[] lines = text.split("\r\n", -1);
        String[] fields = lines[1].split(",", -1);
        fields[7] = "\"abc\"";
        lines[1] = String.join(",", fields);
        byte[] broken = String.join("\r\n", lines).getBytes("MS932");
        FileReport expected = ConformanceValidator.producer().validate(plan.getFileName().toString(),
                new java.io.ByteArrayInputStream(broken));
        assertThat(expected.violations()).isNotEmpty();
        Violation first = expected.violations().get(0);
        for (String lang : List.of("ja", "en")) {
            HttpResponse<String> r = Multipart.send(client, api("/api/validate?lang=" + lang),
                    List.of(new Multipart.Part(plan.getFileName().toString(), broken)));
            JsonNode v = json(r).at("/files/0/violations/0");
            assertThat(v.get("rule").asText()).isEqualTo(first.ruleId());
            assertThat(v.get("record").asLong()).isEqualTo(first.record().orElseThrow());
            assertThat(v.get("line").asLong()).isEqualTo(first.line().orElseThrow());
            assertThat(v.get("field").asText()).isEqualTo(String.valueOf(first.field().orElseThrow()));
            assertThat(v.get("message").asText()).isEqualTo(first.message(lang));
        }
    }

    @Test
    void theConsumerProfileIsTheLenientImportPolicy() throws Exception {
        // A 利用票 unit without its 第7表: incomplete (SU-002), judged by each policy as the CLI judges it.
        List<Path> partial = files.stream().filter(p -> !p.getFileName().toString().startsWith("UPSIKYU_")).toList();
        for (String profile : List.of("producer", "consumer")) {
            ValidationPolicy policy = profile.equals("producer") ? ValidationPolicy.producer()
                    : ValidationPolicy.consumer();
            ValidationReport expected = ConformanceValidator.with(policy).validate(partial);
            JsonNode report = json(Multipart.send(client, api("/api/validate?profile=" + profile),
                    Multipart.parts(partial)));
            assertThat(severities(report)).isEqualTo(severities(expected));
            assertThat(report.get("profile").asText()).isEqualTo(profile);
            assertThat(report.at("/summary/exitCode").asInt()).isEqualTo(expected.hasErrors() ? 1 : 0);
            assertThat(schemaProblems(report)).isEmpty();
        }
    }

    private static List<String> severities(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("files").forEach(f -> f.get("violations").forEach(v -> out.add(f.get("file").asText() + " "
                + v.get("rule").asText() + " " + v.get("severity").asText())));
        return out;
    }

    private static List<String> severities(ValidationReport report) {
        List<String> out = new ArrayList<>();
        report.files().forEach(f -> f.violations().forEach(v -> out.add(f.file() + " " + v.ruleId() + " "
                + v.severity().name())));
        return out;
    }

    @Test
    void aZipOfTheWorkFolderIsTakenWithItsCsvFilesAtAnyDepth() throws Exception {
        Path envelope = Files.writeString(dir.resolve("journal.jsonl"), "{}\n");
        List<Path> all = new ArrayList<>(files);
        all.add(envelope);
        byte[] zip = Multipart.zip(dir, all);
        HttpResponse<String> asBody = client.send(HttpRequest.newBuilder(api("/api/validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(asBody.statusCode()).isEqualTo(200);
        assertThat(json(asBody).at("/summary/files").asInt()).isEqualTo(files.size());
        HttpResponse<String> asPart = Multipart.send(client, api("/api/validate"),
                List.of(new Multipart.Part("month.zip", zip)));
        assertThat(json(asPart).at("/summary/files").asInt()).isEqualTo(files.size());
        Files.delete(envelope);
    }

    @Test
    void zipEntriesCannotClimbOutOfTheUploadFolder() throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(buf)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escaped-" + server.port() + ".csv"));
            zip.write("x".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(api("/api/validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(
                        buf.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(json(r).at("/files/0/file").asText()).isEqualTo("escaped-" + server.port() + ".csv");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(tmp.resolve("escaped-" + server.port() + ".csv")).doesNotExist();
        assertThat(tmp.getParent() == null ? tmp : tmp.getParent().resolve("escaped-" + server.port() + ".csv"))
                .doesNotExist();
    }

    @Test
    void nothingIsLeftOnDiskAfterTheAnswer() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = spools(tmp);
        assertThat(Multipart.send(client, api("/api/validate"), Multipart.parts(files)).statusCode()).isEqualTo(200);
        assertThat(Multipart.send(client, api("/api/validate"), Multipart.parts(List.of(files.get(0),
                files.get(0), files.get(0)))).statusCode()).isEqualTo(200);
        assertThat(Multipart.send(client, api("/api/validate"), List.of(new Multipart.Part("big.csv",
                new byte[100 * 1024]))).statusCode()).isEqualTo(413);
        assertThat(spools(tmp)).isEqualTo(before);
    }

    private static Set<Path> spools(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return new TreeSet<>(s.filter(p -> p.getFileName().toString().startsWith("careplan-web-")).toList());
        }
    }

    @Test
    void limitsAreAnsweredWithJsonErrors() throws Exception {
        HttpResponse<String> big = Multipart.send(client, api("/api/validate"),
                List.of(new Multipart.Part("big.csv", new byte[100 * 1024])));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).at("/error/code").asText()).isIn("FILE_TOO_LARGE", "UPLOAD_TOO_LARGE");
        List<Multipart.Part> many = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            many.add(new Multipart.Part("f" + i + ".csv", new byte[] {'x'}));
        }
        HttpResponse<String> tooMany = Multipart.send(client, api("/api/validate?lang=en"), many);
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(json(tooMany).at("/error/code").asText()).isEqualTo("TOO_MANY_FILES");
        assertThat(json(tooMany).at("/error/message").asText()).contains("at most 40");
        List<Multipart.Part> total = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            total.add(new Multipart.Part("f" + i + ".csv", new byte[60 * 1024]));
        }
        // Refused while the client is still sending: the answer must still arrive, every time.
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> tooMuch = Multipart.send(client, api("/api/validate"), total);
            assertThat(tooMuch.statusCode()).isEqualTo(413);
            assertThat(json(tooMuch).at("/error/code").asText()).isEqualTo("UPLOAD_TOO_LARGE");
        }
    }

    @Test
    void badRequestsGetClearJsonErrors() throws Exception {
        HttpResponse<String> profile = Multipart.send(client, api("/api/validate?profile=other"),
                Multipart.parts(files.subList(0, 1)));
        assertThat(profile.statusCode()).isEqualTo(400);
        assertThat(json(profile).at("/error/code").asText()).isEqualTo("BAD_PROFILE");
        assertThat(json(profile).at("/error/messageJa").asText()).contains("producer");
        HttpResponse<String> none = Multipart.send(client, api("/api/validate"), List.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).at("/error/code").asText()).isEqualTo("NO_FILES");
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(api("/api/validate")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> text = client.send(HttpRequest.newBuilder(api("/api/validate"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).at("/error/code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        HttpResponse<String> unknown = Multipart.send(client, api("/api/nothing"), Multipart.parts(files.subList(0,
                1)));
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> garbage = client.send(HttpRequest.newBuilder(api("/api/validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofString("not a zip"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void thePageAndItsFilesAreServedByTheModuleWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"", "app.css").doesNotContain("http://",
                "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c)
                .contains("default-src 'self'"));
        for (String f : List.of("app.js", "app.css")) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(api("/" + f)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).doesNotContain("https://", "http://");
        }
    }
}
