package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.csv.spec.FieldFormat;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Requirement;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecPackTest {

    /** The field counts of rules.md (CSV-004). */
    private static final Map<FileKind, Integer> COUNTS = Map.ofEntries(
            Map.entry(FileKind.UPHOSOKU, 63), Map.entry(FileKind.UP1KYO, 28), Map.entry(FileKind.DLT1KYO, 4),
            Map.entry(FileKind.UP2KYO, 22), Map.entry(FileKind.UP3KYO, 13), Map.entry(FileKind.UPPLAN, 25),
            Map.entry(FileKind.UPJSK, 25), Map.entry(FileKind.DLTPLAN, 4), Map.entry(FileKind.DLTJSK, 6),
            Map.entry(FileKind.UPSIKYU, 37), Map.entry(FileKind.UPKIHON, 71), Map.entry(FileKind.UPKIHON_SUB1, 7),
            Map.entry(FileKind.UPKIHON_SUB2, 11), Map.entry(FileKind.DLTKIHON, 4), Map.entry(FileKind.UPYOBO, 57),
            Map.entry(FileKind.UPYOBO_SUB, 17), Map.entry(FileKind.DLTYOBO, 4));

    @Test
    void everyLayoutHasTheFieldCountOfTheRuleCatalogue() {
        SpecPack pack = SpecPack.v41();
        assertThat(pack.version()).isEqualTo(CsvVersion.V4_1);
        COUNTS.forEach((kind, count) ->
                assertThat(pack.layout(kind).orElseThrow().fieldCount()).as(kind.prefix()).isEqualTo(count));
        assertThat(pack.layout(FileKind.UPKIHON_IMAGE)).isPresent();
    }

    @Test
    void layoutsCarryRequirementsFormatsAndCodes() {
        var plan = SpecPack.v41().layout(FileKind.UPPLAN).orElseThrow();
        assertThat(plan.field(7).requirement()).isEqualTo(Requirement.REQUIRED_WARNING);
        assertThat(plan.field(11).format()).isEqualTo(FieldFormat.PRORATED);
        assertThat(plan.field(12).format()).isEqualTo(FieldFormat.TIME_OR_NONE);
        assertThat(plan.field(16).requirement()).isEqualTo(Requirement.CONDITIONAL);
        assertThat(plan.field(23).codes()).containsExactly("1", "0");
        var hosoku = SpecPack.v41().layout(FileKind.UPHOSOKU).orElseThrow();
        assertThat(hosoku.field(4).format()).isEqualTo(FieldFormat.DATE_OR_ZEROS);
        assertThat(hosoku.field(5).requirement()).isEqualTo(Requirement.REQUIRED_AMBIGUOUS);
        assertThat(hosoku.field(18).codes()).containsExactly("06", "12", "13", "21", "22", "23", "24", "25");
        assertThat(hosoku.field(63).format()).isEqualTo(FieldFormat.MONTH_OR_ZEROS);
        var annex = SpecPack.v41().layout(FileKind.UPSIKYU).orElseThrow();
        assertThat(annex.field(30).length()).hasValue(5);
        assertThat(annex.field(23).format()).isEqualTo(FieldFormat.DECIMAL);
        var sheet2 = SpecPack.v41().layout(FileKind.UP2KYO).orElseThrow();
        assertThat(sheet2.field(6).max()).hasValue(99);
    }

    @Test
    void editionsBeforeV4AreIndexesWithoutTheKindsV4Added() {
        for (String v : new String[] {"201910", "202003", "202208"}) {
            SpecPack old = SpecPack.forVersion(CsvVersion.of(v)).orElseThrow();
            assertThat(old.kinds()).as(v).isEmpty();
            assertThat(old.hasKind(FileKind.UPPLAN)).as(v).isTrue();
            assertThat(old.layout(FileKind.UPPLAN)).as(v).isEmpty();
            for (FileKind added : new FileKind[] {FileKind.UP3KYO, FileKind.UPKIHON, FileKind.UPKIHON_SUB1,
                    FileKind.UPKIHON_SUB2, FileKind.UPKIHON_IMAGE, FileKind.DLTKIHON, FileKind.UPYOBO,
                    FileKind.UPYOBO_SUB, FileKind.DLTYOBO}) {
                assertThat(old.hasKind(added)).as(v + " " + added.prefix()).isFalse();
            }
        }
        assertThat(SpecPack.v41().unbundledKinds()).isEmpty();
        assertThat(SpecPack.v41().hasKind(FileKind.UP3KYO)).isTrue();
    }

    @Test
    void unknownVersionHasNoPack() {
        assertThat(SpecPack.forVersion(CsvVersion.of("209901"))).isEmpty();
    }

    @Test
    void relationKeysAndMonthFieldsAreDeclaredByNameInThePack() {
        SpecPack v41 = SpecPack.v41();
        assertThat(v41.relationKey(FileKind.UP1KYO)).extracting(FieldSpec::javaName)
                .containsExactly("insurerNumber", "insuredNumber", "planCreatedDate");
        assertThat(v41.relationKey(FileKind.UP1KYO)).extracting(FieldSpec::no).containsExactly(2, 3, 14);
        assertThat(v41.relationKey(FileKind.UPSIKYU)).extracting(FieldSpec::nameJa)
                .containsExactly("保険者番号", "被保険者番号", "対象年月");
        assertThat(v41.monthField(FileKind.UPHOSOKU).map(FieldSpec::no)).hasValue(63);
        assertThat(v41.monthField(FileKind.DLTJSK).map(FieldSpec::no)).hasValue(4);
        assertThat(v41.relationKey(FileKind.UPJSK)).isEmpty();
        for (FileKind k : v41.kinds()) {
            assertThat(v41.relationKey(k)).allSatisfy(f -> assertThat(v41.layout(k).orElseThrow().field(f.no()))
                    .isEqualTo(f));
        }
    }

    @Test
    void aFieldTheCodeNeedsAndTheLayoutLacksFailsLoudly() {
        assertThatThrownBy(() -> SpecPack.v41().layout(FileKind.UPPLAN).orElseThrow().require("planCreatedDate"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UPPLAN")
                .hasMessageContaining("planCreatedDate");
    }
}
