package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.CareplanValidator;
import dev.careplan.model.validation.Severity;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario catalogue: fixed by its month, each scenario valid, and the edge cases it promises really in it. */
class ScenariosTest {

    @TempDir
    Path dir;

    private static Stream<CareplanRecord> rows(Scenario s) {
        return s.documents().stream().flatMap(d -> d.rows().stream().map(CareplanRecord.class::cast));
    }

    @Test
    void theCatalogueIsTheMonthOfTheCorpusAndTheSameOnEveryCall() {
        assertThat(Scenarios.catalogue()).isEqualTo(Scenarios.catalogue()).allMatch(s -> s.month().equals(Scenarios.MONTH));
        assertThat(Scenarios.catalogue()).extracting(Scenario::id).doesNotHaveDuplicates()
                .contains("plan-unit", "use-unit", "use-unit.public-assistance", "use-unit.rental-tais",
                        "use-unit.rental-prorated", "plan-and-use.ms932", "actuals");
        assertThat(Scenarios.of(YearMonth.of(2026, 2))).allMatch(s -> s.month().equals(YearMonth.of(2026, 2)));
        assertThat(Scenarios.catalogue()).allMatch(s -> !s.descriptionJa().isBlank() && !s.descriptionEn().isBlank());
        assertThatThrownBy(() -> Scenarios.of(YearMonth.of(2024, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSelectionTakesIdsAndIdPrefixes() {
        assertThat(Scenarios.select(List.of())).isEqualTo(Scenarios.catalogue());
        assertThat(Scenarios.select(List.of("use-unit"))).extracting(Scenario::id).containsExactly("use-unit",
                "use-unit.public-assistance", "use-unit.rental-tais", "use-unit.rental-prorated");
        assertThat(Scenarios.select(List.of("actuals", "plan-unit"))).extracting(Scenario::id)
                .containsExactly("plan-unit", "actuals");
        assertThatThrownBy(() -> Scenarios.select(List.of("use"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scenario use");
    }

    @Test
    void everyScenarioIsValidAsModelAndAsFilesInAnyMonth() throws Exception {
        for (YearMonth month : List.of(Scenarios.MONTH, YearMonth.of(2028, 2), YearMonth.of(2026, 12))) {
            for (Scenario s : Scenarios.of(month)) {
                for (CareplanDocument d : s.documents()) {
                    assertThat(CareplanValidator.shared().validate(d)).as(s.id() + " " + d.fileKind())
                            .noneMatch(v -> v.severity() == Severity.ERROR);
                }
                Path folder = Files.createDirectories(dir.resolve(month + "-" + s.id()));
                List<Path> files = new ArrayList<>();
                for (CareplanDocument d : s.documents()) {
                    files.add(CareplanCsvWriter.strict().write(d, folder).path());
                }
                assertThat(ConformanceValidator.producer().validate(files).violations()).as(month + " " + s.id())
                        .isEmpty();
            }
        }
    }

    @Test
    void theEdgeCasesAreInTheScenariosTheirIdsName() {
        Scenario assistance = Scenarios.find("use-unit.public-assistance").orElseThrow();
        assertThat(rows(assistance).filter(ServiceUseRecord.class::isInstance).map(ServiceUseRecord.class::cast))
                .isNotEmpty().allMatch(r -> r.insuredNumber().value().startsWith("H"));

        Scenario rental = Scenarios.find("use-unit.rental-tais").orElseThrow();
        assertThat(rows(rental).filter(ServiceUseRecord.class::isInstance).map(ServiceUseRecord.class::cast))
                .allMatch(r -> r.taisCode().isPresent() && r.serviceStartTime().isNone() && r.serviceEndTime().isNone());
        assertThat(rental.documents()).extracting(CareplanDocument::fileKind)
                .containsExactly(FileKind.UPPLAN, FileKind.UPSIKYU, FileKind.UPHOSOKU);

        Scenario prorated = Scenarios.find("use-unit.rental-prorated").orElseThrow();
        assertThat(rows(prorated).filter(ServiceUseRecord.class::isInstance).map(ServiceUseRecord.class::cast))
                .allMatch(r -> r.proratedDayFlags().orElseThrow().days().first() == 16);

        // Characters MS932 holds and plain Shift_JIS does not: an exporter that writes Shift_JIS loses them.
        Charset sjis = Charset.forName("Shift_JIS");
        Scenario ms932 = Scenarios.find("plan-and-use.ms932").orElseThrow();
        assertThat(rows(ms932).filter(SupplementaryUserRecord.class::isInstance).map(SupplementaryUserRecord.class::cast))
                .isNotEmpty().allMatch(r -> !sjis.newEncoder().canEncode(r.name()) && r.name().contains("﨑"));
        assertThat(ms932.sendUnits()).hasSize(2);

        Scenario actuals = Scenarios.find("actuals").orElseThrow();
        assertThat(actuals.documents()).extracting(CareplanDocument::fileKind).containsExactly(FileKind.UPJSK);
    }

    @Test
    void anExtraFileAndAThrowingExporterAreFindings() throws Exception {
        Scenario s = Scenarios.find("plan-unit").orElseThrow();
        Path folder = Files.createDirectories(dir.resolve("extra"));
        new SdkExporter().export(s, folder);
        Files.writeString(folder.resolve("notes.txt"), "x");
        assertThat(ConformanceKit.checkExport(s, folder).findings()).extracting(Finding::line)
                .contains("FILE_NAMES: unexpected file notes.txt");
        ItemResult crashed = ConformanceKit.runExport(s, (sc, f) -> {
            throw new IllegalStateException("vendor bug");
        }, dir.resolve("crash"));
        assertThat(crashed.findings()).extracting(Finding::check).containsExactly(Finding.Check.CRASH);
        assertThat(crashed.findings().get(0).message()).doesNotContain("vendor bug");
        assertThatThrownBy(() -> new Scenario("x", "x", "x", Scenarios.MONTH, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
