package dev.careplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.benefit.DifferenceKind;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.examples.DemoMonth;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/reconcile}, {@code /api/annex}, {@code /api/view} and {@code /api/render} on the demo month. */
class BenefitAndSheetsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static List<Path> files;
    static CareplanServer server;
    static HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        files = DemoFiles.write(dir);
        server = CareplanServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return Multipart.send(client, server.uri().resolve(path), Multipart.parts(files));
    }

    @Test
    void reconcileCountsTheSameDifferencesAsTheBenefitModule() throws Exception {
        HttpResponse<String> r = post("/api/reconcile");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        MonthFiles m = MonthFiles.read(List.of(dir), Optional.empty());
        Reconciliation expected = Reconciler.standard().reconcile(m.month(), m.planRows(), m.actuals());
        assertThat(json.get("month").asText()).isEqualTo("2028-02");
        for (Map.Entry<DifferenceKind, Integer> e : expected.countByKind().entrySet()) {
            assertThat(json.at("/differenceCounts/" + e.getKey().name()).asInt()).isEqualTo(e.getValue());
        }
        assertThat(json.at("/total/plannedUnits").asInt()).isEqualTo(expected.total().planned());
        assertThat(r.body()).doesNotContain(DemoMonth.USERS.get(0).insured().value());
    }

    @Test
    void annexChecksEach第7表() throws Exception {
        HttpResponse<String> r = post("/api/annex");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        long annexFiles = files.stream().filter(f -> f.getFileName().toString().startsWith("UPSIKYU_")).count();
        assertThat(json.at("/summary/files").asLong()).isEqualTo(annexFiles).isPositive();
        assertThat(json.get("files").get(0).get("users").asInt()).isPositive();
    }

    @Test
    void aMonthThatCannotBeReadIsA422WithTheReason() throws Exception {
        HttpResponse<String> none = Multipart.send(client, server.uri().resolve("/api/reconcile"),
                List.of(new Multipart.Part("notes.csv", new byte[] {'x'})));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(none.body()).at("/error/code").asText()).isEqualTo("CANNOT_READ_MONTH");
        assertThat(none.body()).doesNotContain(System.getProperty("java.io.tmpdir") + "/careplan-web-");
    }

    @Test
    void viewHasTheReportAndEachUsersThreeSheets() throws Exception {
        HttpResponse<String> r = post("/api/view?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.at("/report/schema").asText()).isEqualTo("careplan-report/1");
        assertThat(json.get("users")).hasSize(DemoMonth.USERS.size());
        Map<dev.careplan.model.InsuredNumber, Integer> blocks = DemoFiles.weeklyServices();
        for (JsonNode u : json.get("users")) {
            dev.careplan.model.InsuredNumber id = dev.careplan.model.InsuredNumber.of(u.get("insured").asText());
            assertThat(u.get("masked").asText()).isEqualTo(id.toString());
            assertThat(u.get("blocks").asInt()).isEqualTo(blocks.getOrDefault(id, 0));
            for (String sheet : List.of("week", "month", "totals")) {
                assertThat(u.at("/sheets/" + sheet).asText()).startsWith("<svg").contains("insured-masked",
                        "insured-full");
            }
            assertThat(u.at("/sheets/week").asText()).contains("Weekly service plan");
        }
    }

    @Test
    void renderAnswersAPdfAttachment() throws Exception {
        HttpResponse<byte[]> r = client.send(Multipart.post(server.uri().resolve("/api/render?format=pdf"),
                Multipart.parts(files)), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("careplan-2028-02.pdf"));
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3 * DemoMonth.USERS.size());
            assertThat(new PDFTextStripper().getText(doc)).contains("週間サービス計画表");
        }
        HttpResponse<String> bad = Multipart.send(client, server.uri().resolve("/api/render?format=gif"),
                Multipart.parts(files));
        assertThat(bad.statusCode()).isEqualTo(400);
    }
}
