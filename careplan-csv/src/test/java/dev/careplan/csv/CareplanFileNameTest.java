package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.testing.TextGen;
import dev.careplan.model.validation.Violation;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareplanFileNameTest {

    @ParameterizedTest
    @CsvSource({
        "UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV, UPPLAN",
        "UPJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV, UPJSK",
        "UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV, UPHOSOKU",
        "UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV, UP1KYO",
        "UPKIHON_SUB1_0300000100_46_0300000005_63_20191025200201.CSV, UPKIHON_SUB1",
        "UPKIHON_0300000100_46_0300000005_63_20191025200201.CSV, UPKIHON",
        "UPYOBO_SUB_0300000100_46_0300000005_63_20191025200201.CSV, UPYOBO_SUB",
        "UPKIHON_IMAGE_0300000100_46_0300000005_63_20191025200201_0001.jpg, UPKIHON_IMAGE",
        "UPKIHON_IMAGE_0300000100_46_0300000005_63_20191025200201_0002.JPG, UPKIHON_IMAGE"
    })
    void parsesEveryGrammarAndFormatsItBack(String name, String prefix) {
        CareplanFileName n = CareplanFileName.parse(name);
        assertThat(n.kind().prefix()).isEqualTo(prefix);
        assertThat(n.format()).isEqualTo(name);
        assertThat(FileNameCheck.of(name).violations()).isEmpty();
    }

    @Test
    void exposesItsParts() {
        CareplanFileName n = CareplanFileName.parse("UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV");
        assertThat(n.sender()).isEqualTo(Party.of("0300000100", "43"));
        assertThat(n.receiver()).isEqualTo(Party.of("0300000005", "11"));
        assertThat(n.month()).contains(YearMonth.of(2019, 12));
        assertThat(n.sequence()).isEqualTo(SequenceNumber.of("20191025200201"));
        assertThat(CareplanFileName.parse("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV").month())
                .isEmpty();
    }

    @Test
    void sameOfficeWithTwoKindsIsLegal() {
        CareplanFileName n = CareplanFileName.parse("UPPLAN_201912_0300000100_43_0300000100_11_20191025200201.CSV");
        assertThat(n.sender().office()).isEqualTo(n.receiver().office());
        assertThat(FileNameCheck.of(n.format()).violations()).isEmpty();
    }

    @Test
    void rejectsWithPreciseRules() {
        assertRule("UPPLAN_0300000100_43_0300000005_11_20191025200201.CSV", "FN-003");
        assertRule("UP1KYO_201912_0300000100_43_0300000005_11_20191025200201.CSV", "FN-003");
        assertRule("UPPLAN_000000_0300000100_43_0300000005_11_20191025200201.CSV", "FN-004");
        assertRule("UPPLAN_201900_0300000100_43_0300000005_11_20191025200201.CSV", "FN-004");
        assertRule("UPPLAN_201912_030000010_43_0300000005_11_20191025200201.CSV", "FN-005");
        assertRule("UPPLAN_201912_0300000100_4_0300000005_11_20191025200201.CSV", "FN-006");
        assertRule("UPPLAN_201912_0300000100_43_0300000005_11_201910252002011.CSV", "FN-007");
        assertRule("UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.TXT", "FN-001");
        assertRule("XPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV", "FN-002");
        assertThatThrownBy(() -> FileNameCheck.of("UPPLAN_201912.CSV").orThrow())
                .isInstanceOf(InvalidFileNameException.class).hasMessageContaining("FN-");
        assertThatThrownBy(() -> CareplanFileName.parse("UPPLAN_201912.CSV"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("file name");
        assertThat(CareplanFileName.tryParse("UPPLAN_202513_0300000100_43_0300000005_11_20191025200201.CSV")).isEmpty();
        assertThat(CareplanFileName.tryParse("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV"))
                .isPresent();
        assertThat(CareplanFileName.tryParse("UPPLAN_000000_0300000100_43_0300000005_11_20191025200201.CSV")).isEmpty();
    }

    @Test
    void aNameOfV3IsRefusedWithAHintAboutTheMissingKinds() {
        for (String v3 : new String[] {"UPPLAN_201912_0300000100_0300000005_20191025200201.CSV",
                "UP1KYO_0300000100_0300000005_20191025200201.CSV"}) {
            FileNameCheck c = FileNameCheck.of(v3);
            assertThat(c.name()).as(v3).isEmpty();
            assertThat(c.violations()).as(v3).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("FN-001");
                assertThat(v.message("en")).contains("V3").contains("service-kind");
                assertThat(v.message("ja")).contains("V3").contains("サービス種類コード");
            });
        }
        assertThat(FileNameCheck.of("UPPLAN_201912_0300000100_03000005_20191025200201.CSV").violations())
                .singleElement().satisfies(v -> assertThat(v.message("en")).doesNotContain("V3"));
    }

    @Test
    void fn003OnlyWhenTheMonthIsPlainlyMissingOrExtra() {
        for (String broken : new String[] {"UPJSK_202506_1310000002_11_1310000001_43_20250712100000_0001.CSV",
                "UPJSK_202506-1310000002_11_1310000001_43_20250712100000.CSV"}) {
            assertThat(FileNameCheck.of(broken).violations()).as(broken).extracting(Violation::ruleId)
                    .contains("FN-001").doesNotContain("FN-003");
        }
        assertRule("UPJSK_1310000002_11_1310000001_43_20250712100000.CSV", "FN-003");
        assertRule("UP1KYO_202506_1310000001_43_1310000002_11_20250520100000.CSV", "FN-003");
    }

    @Test
    void warningsStillParse() {
        FileNameCheck c = FileNameCheck.of("UPPLAN_201912_0300000100_43_0300000005_ZZ_20191025200201.csv");
        assertThat(c.name()).isPresent();
        assertThat(c.violations()).extracting(Violation::ruleId).containsExactlyInAnyOrder("FN-006", "FN-008");
    }

    private static void assertRule(String name, String rule) {
        FileNameCheck c = FileNameCheck.of(name);
        assertThat(c.name()).as(name).isEmpty();
        assertThat(c.violations()).extracting(Violation::ruleId).as(name).contains(rule);
    }

    @Test
    void formatThenParseIsIdentity() {
        qt().forAll(integers().between(2020, 2040), integers().between(1, 12), TextGen.of(TextGen.DIGITS, 2),
                integers().between(0, 86399)).checkAssert((year, month, kind, second) -> {
                    Party s = Party.of("1310000001", "43");
                    Party r = Party.of("1310000002", kind);
                    SequenceNumber seq = SequenceNumber.of(
                            java.time.LocalDateTime.of(year, month, 1, 0, 0).plusSeconds(second));
                    CareplanFileName n = CareplanFileName.of(FileKind.UPPLAN, Optional.of(YearMonth.of(year, month)),
                            s, r, seq);
                    assertThat(CareplanFileName.parse(n.format())).isEqualTo(n);
                });
    }
}
