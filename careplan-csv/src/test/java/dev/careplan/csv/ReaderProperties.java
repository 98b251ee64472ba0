package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ReaderProperties {

    @Property(tries = 300)
    void arbitraryBytesNeverThrowAndAreReportedOrRead(@ForAll @Size(max = 400) byte[] bytes) throws Exception {
        String name = "UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV";
        FileReport report = ConformanceValidator.producer().validate(name, new ByteArrayInputStream(bytes));
        assertThat(report.file()).isEqualTo(name);
        if (bytes.length > 0) {
            assertThat(report.records() > 0 || report.violations().stream().anyMatch(v -> v.ruleId().equals("ENC-001")
                    || v.ruleId().equals("CSV-007"))).as("read as records, or reported as not CSV text or empty").isTrue();
            assertThat(report.violations()).as("random bytes are never a conformant 実績 file").isNotEmpty();
        }
    }

    @Property(tries = 200)
    void csvLikeNoiseNeverThrows(@ForAll("csvNoise") String text) throws Exception {
        byte[] bytes = text.getBytes(java.nio.charset.Charset.forName("windows-31j"));
        FileReport report = ConformanceValidator.producer().validate(
                "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV", new ByteArrayInputStream(bytes));
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.ruleId()).matches("[A-Z]+-[A-Z0-9]+"));
    }

    @Provide
    Arbitrary<String> csvNoise() {
        return Arbitraries.strings().withChars("\",\r\n0123456789AH髙﨑～①")
                .ofMaxLength(300);
    }

    @Property(tries = 100)
    void modelToCsvToModelIsIdentity(@ForAll("rows") List<ServiceUseRecord> rows) throws Exception {
        ServiceUsePlanDocument plan = new ServiceUsePlanDocument(Samples.plan().version(), Samples.CM,
                Samples.HOME_HELP, Samples.SEQ, Samples.MONTH, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(plan, "x.CSV", out);
        RecordCodec codec = RecordCodec.forKind(plan.fileKind()).orElseThrow();
        List<CareplanRecord> back = new ArrayList<>();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
            List<RawRecord> raw = r.stream().toList();
            for (RawRecord rec : raw) {
                back.add(codec.fromFields(rec.fields().stream().map(RawField::text).toList()));
            }
            CareplanCsvWriter.strict().writeRaw(raw, again);
        }
        assertThat(back).isEqualTo(plan.rows());
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }

    @Provide
    Arbitrary<List<ServiceUseRecord>> rows() {
        Arbitrary<String> text = Arbitraries.strings().withChars("あいう髙﨑～∥－￢①㈱\",\r\n ABC123").ofMaxLength(20);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 30);
        Arbitrary<Integer> units = Arbitraries.integers().between(-99999, 999999);
        Arbitrary<String> insured = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(10),
                Arbitraries.strings().numeric().ofLength(9).map(s -> "H" + s));
        Arbitrary<String> time = Arbitraries.of("0000", "0930", "1200", "2359", "9999", "2400");
        Arbitrary<String> code = Arbitraries.of("111211", "151231", "171007", "131111", "2A1111");
        Arbitrary<ServiceUseRecord> row = Combinators.combine(text, day, units, insured, time, code,
                Arbitraries.strings().withChars("01").ofLength(31).injectNull(0.5))
                .as((t, d, u, i, tm, c, p) -> {
                    ServiceUseRecord.Builder b = Samples.row(d).serviceOfficeName(t).equipmentName(t).units(u)
                            .insuredNumber(InsuredNumber.of(i)).serviceStartTime(ServiceTime.of(tm))
                            .serviceCode(ServiceCode.of(c));
                    if (p != null) {
                        b.proratedDayFlags(ProratedDays.of(p));
                    }
                    return b.build();
                });
        return row.list().ofMinSize(1).ofMaxSize(5);
    }
}
