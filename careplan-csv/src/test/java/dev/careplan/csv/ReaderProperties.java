package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.testing.TextGen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReaderProperties {

    @Test
    void arbitraryBytesNeverThrowAndAreReportedOrRead() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 400),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        qt().withExamples(300).forAll(bytes).checkAssert(ReaderProperties::arbitraryBytesAreReportedOrRead);
    }

    private static void arbitraryBytesAreReportedOrRead(byte[] bytes) {
        String name = "UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV";
        FileReport report = validate(name, bytes);
        assertThat(report.file()).isEqualTo(name);
        if (bytes.length > 0) {
            assertThat(report.records() > 0 || report.violations().stream().anyMatch(v -> v.ruleId().equals("ENC-001")
                    || v.ruleId().equals("CSV-007"))).as("read as records, or reported as not CSV text or empty").isTrue();
            assertThat(report.violations()).as("random bytes are never a conformant 実績 file").isNotEmpty();
        }
    }

    @Test
    void csvLikeNoiseNeverThrows() {
        qt().withExamples(200).forAll(csvNoise()).checkAssert(text -> {
            byte[] bytes = text.getBytes(java.nio.charset.Charset.forName("windows-31j"));
            FileReport report = validate("UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV", bytes);
            assertThat(report.violations()).allSatisfy(v -> assertThat(v.ruleId()).matches("[A-Z]+-[A-Z0-9]+"));
        });
    }

    private static Gen<String> csvNoise() {
        return TextGen.of("\",\r\n0123456789AH髙﨑～①", 0, 300);
    }

    @Test
    void modelToCsvToModelIsIdentity() {
        qt().withExamples(100).forAll(rows()).checkAssert(ReaderProperties::roundTrips);
    }

    private static void roundTrips(List<ServiceUseRecord> rows) {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gen<List<ServiceUseRecord>> rows() {
        Gen<String> text = TextGen.of("あいう髙﨑～∥－￢①㈱\",\r\n ABC123", 0, 20);
        Gen<Integer> day = integers().between(1, 30);
        Gen<Integer> units = integers().between(-99999, 999999);
        Gen<String> insured = Generate.oneOf(
                TextGen.of(TextGen.DIGITS, 10),
                TextGen.of(TextGen.DIGITS, 9).map(s -> "H" + s));
        Gen<String> time = arbitrary().pick("0000", "0930", "1200", "2359", "9999", "2400");
        Gen<String> code = arbitrary().pick("111211", "151231", "171007", "131111", "2A1111");
        Gen<Optional<String>> prorated = TextGen.of("01", 31).toOptionals(50);
        Gen<ServiceUseRecord> row = in -> {
            String t = text.generate(in);
            ServiceUseRecord.Builder b = Samples.row(day.generate(in)).serviceOfficeName(t).equipmentName(t)
                    .units(units.generate(in)).insuredNumber(InsuredNumber.of(insured.generate(in)))
                    .serviceStartTime(ServiceTime.of(time.generate(in)))
                    .serviceCode(ServiceCode.of(code.generate(in)));
            prorated.generate(in).ifPresent(p -> b.proratedDayFlags(ProratedDays.of(p)));
            return b.build();
        };
        return lists().of(row).ofSizeBetween(1, 5);
    }

    private static FileReport validate(String name, byte[] bytes) {
        try {
            return ConformanceValidator.producer().validate(name, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
