package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careplan render} on the work folder {@code careplan demo --keep DIR} leaves, and {@code serve}'s usage errors. */
class RenderAndServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void renderDrawsTheDemoMonthAsPdfAndSvg() throws Exception {
        Path keep = dir.resolve("work");
        CliRun demo = CliRun.of("demo", "--keep", keep.toString(), "--month", "2028-02");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("careplan serve", "careplan render --format pdf " + keep);
        Path pdf = dir.resolve("out/month.pdf");
        CliRun render = CliRun.of("render", "--format", "pdf", keep.toString(), "--out", pdf.toString());
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(render.out()).contains("2028-02", "4 users", "12 sheets");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(12);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("週間サービス計画表（第3表）", "********45").doesNotContain("1000012345");
        }
        Path svg = dir.resolve("month.svg");
        assertThat(CliRun.of("render", "--format", "svg", "--lang", "en", keep.toString(), "--out", svg.toString())
                .code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg", "Weekly service plan");
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("month.pdf");
        }
    }

    @Test
    void renderFailsWithoutLeavingAFileWhenTheFolderHasNoMonth() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("x.pdf");
        CliRun r = CliRun.of("render", empty.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(r.err()).contains("careplan render:");
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".partial"))).isEmpty();
        }
        assertThat(CliRun.of("render", dir.resolve("missing").toString(), "--out", out.toString()).code())
                .isEqualTo(CareplanCli.IO);
        assertThat(CliRun.of("render", "--lang", "fr", empty.toString(), "--out", out.toString()).code())
                .isEqualTo(CareplanCli.USAGE);
    }

    @Test
    void serveReportsAnAddressItCannotBind() {
        CliRun r = CliRun.of("serve", "--bind", "203.0.113.250", "--port", "0");
        assertThat(r.code()).isEqualTo(CareplanCli.IO);
        assertThat(r.err()).contains("careplan serve: cannot listen on 203.0.113.250");
        assertThat(CliRun.of("serve", "--region", "9級地").code()).isEqualTo(CareplanCli.USAGE);
    }
}
