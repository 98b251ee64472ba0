package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendUnitTest {

    @TempDir
    Path dir;

    @Test
    void unitsAreGroupedAndImportedInSequenceOrder() {
        List<CareplanFileName> names = List.of(
                CareplanFileName.parse("DLT1KYO_1310000001_43_1310000002_11_20250527100000.CSV"),
                CareplanFileName.parse("UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV"),
                CareplanFileName.parse("UP1KYO_1310000001_43_1310000002_11_20250520100000.CSV"),
                CareplanFileName.parse("UPSIKYU_202506_1310000001_43_1310000002_11_20250525093000.CSV"));
        List<SendUnit> units = SendUnit.group(names);
        assertThat(units).extracting(u -> u.sequence().value())
                .containsExactly("20250520100000", "20250525093000", "20250527100000");
        assertThat(units.get(1).files()).hasSize(2);
        assertThat(units.get(1).isComplete()).as("UPHOSOKU is missing").isFalse();
        assertThat(units.get(1).hasAllowedShape()).isTrue();
        assertThat(units.get(2).isComplete()).isTrue();
    }

    @Test
    void theSameFileDeliveredTwiceIsADuplicateNotAnError() throws Exception {
        Path valid = CorpusFolder.valid();
        String name = "UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV";
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(valid.resolve(name), a.resolve(name));
        Files.copy(valid.resolve(name), b.resolve(name));
        ValidationReport report = ConformanceValidator.producer().validate(List.of(a, b));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.violations()).extracting(Violation::ruleId).containsOnly("SU-006");
        assertThat(report.units()).hasSize(1);
    }
}
