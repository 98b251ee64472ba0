package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadWriteTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    @Test
    void writesTheGoldenFileOfAPlan() throws Exception {
        CareplanCsvWriter.Written w = CareplanCsvWriter.strict().write(Samples.plan(), dir);
        assertThat(w.path().getFileName().toString())
                .isEqualTo("UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV");
        byte[] golden;
        try (var in = getClass().getResourceAsStream("/golden/" + w.path().getFileName())) {
            golden = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(w.path())).isEqualTo(golden);
        assertThat(w.replacements()).isEmpty();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(w.path().getFileName().toString());
        }
    }

    @Test
    void modelToCsvToModelIsIdentity() throws Exception {
        ServiceUsePlanDocument plan = Samples.plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(plan, "x.CSV", out);
        RecordCodec codec = RecordCodec.forKind(plan.fileKind()).orElseThrow();
        List<CareplanRecord> back = new ArrayList<>();
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
            for (RawRecord rec : r) {
                assertThat(rec.issues()).isEmpty();
                back.add(codec.fromFields(rec.fields().stream().map(RawField::text).toList()));
            }
        }
        assertThat(back).isEqualTo(plan.rows());
    }

    @Test
    void typedRowsStreamAndGoOnAfterABadRecord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(Samples.plan(), "x.CSV", out);
        byte[] good = out.toByteArray();
        byte[] bad = "202407,131045,not-a-number\r\n".getBytes(MS932);
        byte[] all = java.util.Arrays.copyOf(bad, bad.length + good.length);
        System.arraycopy(good, 0, all, bad.length, good.length);
        RecordCodec codec = RecordCodec.forKind(dev.careplan.model.FileKind.UPPLAN).orElseThrow();
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(all))) {
            List<TypedRow> rows = r.typedRows(codec).toList();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).row()).isEmpty();
            assertThat(rows.get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("record 1")
                    .doesNotContain("not-a-number"));
            assertThat(rows.subList(1, 4)).allSatisfy(t -> assertThat(t.row()).isPresent());
            assertThat(rows.get(1).row().orElseThrow()).isEqualTo(Samples.plan().rows().get(0));
        }
    }

    @Test
    void bytesToRecordsToBytesIsIdentity() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(Samples.plan(), "x.CSV", out);
        byte[] original = out.toByteArray();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(original))) {
            CareplanCsvWriter.strict().writeRaw(r, again);
        }
        assertThat(again.toByteArray()).isEqualTo(original);
    }

    @Test
    void readerCountsRecordsAndLinesAcrossMultiLineText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(Samples.plan(), "x.CSV", out);
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
            List<RawRecord> records = r.stream().toList();
            assertThat(records).extracting(RawRecord::number).containsExactly(1L, 2L, 3L);
            assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L, 3L);
            assertThat(records.get(2).text(18)).isEqualTo("据置型手すり\r\n2台");
            assertThat(records.get(2).text(21)).isEqualTo("福祉用具レンタル㈱ 髙﨑");
            assertThat(records.get(0).text(21)).isEqualTo("ひまわり訪問介護、\"本店\"");
        }
        byte[] twice = concat(out.toByteArray(), out.toByteArray());
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(twice))) {
            assertThat(r.stream().map(RawRecord::line).toList()).containsExactly(1L, 2L, 3L, 5L, 6L, 7L);
        }
    }

    @Test
    void shiftJisVersusMs932CharactersRoundTrip() throws Exception {
        String tricky = "～∥－￢①㈱髙﨑";
        ServiceUsePlanDocument plan = withOfficeName(tricky);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().write(plan, "x.CSV", out);
        assertThat(new String(out.toByteArray(), MS932)).contains(tricky);
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(r.iterator().next().text(21)).isEqualTo(tricky);
        }
    }

    @Test
    void unencodableCharacterIsAnErrorNamingRecordAndFieldButNotTheValue() throws IOException {
        ServiceUsePlanDocument plan = withOfficeName("𠮷野家〜訪問介護");
        assertThatThrownBy(() -> CareplanCsvWriter.strict().write(plan, dir))
                .isInstanceOf(UnencodableCharacterException.class)
                .hasMessageContaining("record 1").hasMessageContaining("field 21").hasMessageContaining("サービス事業所名")
                .hasMessageNotContaining("野家");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).as("no partial or temporary file is left").isEmpty();
        }
    }

    @Test
    void replacementPolicyReportsEverySubstitution() throws IOException {
        ServiceUsePlanDocument plan = withOfficeName("𠮷野家〜訪問介護");
        CareplanCsvWriter.Written w = CareplanCsvWriter.withReplacements(ReplacementPolicy.commonSubstitutions())
                .write(plan, dir);
        assertThat(w.replacements()).extracting(Replacement::original).containsExactly(0x20BB7, 0x301C);
        assertThat(w.replacements()).allSatisfy(r -> assertThat(r.field()).isEqualTo(21));
        assertThat(new String(Files.readAllBytes(w.path()), MS932)).contains("吉野家～訪問介護");
        assertThatThrownBy(() -> CareplanCsvWriter.withReplacements(ReplacementPolicy.refuse().with(0x301C, "～"))
                .write(plan, dir)).isInstanceOf(UnencodableCharacterException.class);
    }

    @Test
    void gaijiIsNeverWritten() {
        ServiceUsePlanDocument plan = withOfficeName("訪問介護\uE000");
        assertThatThrownBy(() -> CareplanCsvWriter.strict().write(plan, "x.CSV", new ByteArrayOutputStream()))
                .isInstanceOf(UnencodableCharacterException.class).hasMessageContaining("U+E000");
    }

    /** Java's MS932 encoder accepts these, but they read back as other characters: the data would change silently. */
    @ParameterizedTest
    @CsvSource({"¥, ￥", "‾, ￣", "¢, ￠", "£, ￡", "¬, ￢", "¯, ￣", "µ, μ", "·, ・", "«, ≪", "», ≫"})
    void oneWayMappedCharacterIsRefusedByTheStrictWriter(String original, String fullwidth) {
        ServiceUsePlanDocument plan = withOfficeName("ひまわり" + original + "訪問介護");
        assertThatThrownBy(() -> CareplanCsvWriter.strict().write(plan, "x.CSV", new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(UnencodableCharacterException.class, e -> {
                    assertThat(e.record()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo(21);
                })
                .hasMessageContaining(String.format("U+%04X", original.codePointAt(0)))
                .hasMessageNotContaining("ひまわり");
    }

    @ParameterizedTest
    @CsvSource({"¥, ￥", "‾, ￣", "¢, ￠", "£, ￡", "¬, ￢", "¯, ￣", "µ, μ", "·, ・", "«, ≪", "», ≫"})
    void oneWayMappedCharacterIsReplacedByItsFullwidthFormAndReported(String original, String fullwidth)
            throws Exception {
        assertThat(new String(fullwidth.getBytes(MS932), MS932)).as("the fullwidth form round-trips in MS932")
                .isEqualTo(fullwidth);
        ServiceUsePlanDocument plan = withOfficeName("ひまわり" + original + "訪問介護");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Replacement> made = CareplanCsvWriter.withReplacements(ReplacementPolicy.commonSubstitutions())
                .write(plan, "x.CSV", out);
        assertThat(made).containsExactly(
                new Replacement(1, 21, "サービス事業所名", original.codePointAt(0), fullwidth));
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(r.iterator().next().text(21)).isEqualTo("ひまわり" + fullwidth + "訪問介護");
        }
    }

    @Test
    void commaInAFieldThatIsNotFreeTextIsRefusedNamingTheFieldButNotTheValue() throws IOException {
        var doc = Samples.supplements(Samples.supplement().build(),
                Samples.supplement().phoneNumber("03-1234,5678").build());
        assertThatThrownBy(() -> CareplanCsvWriter.strict().write(doc, dir))
                .isInstanceOfSatisfying(UnwritableValueException.class, e -> {
                    assertThat(e.record()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo(12);
                })
                .hasMessageStartingWith("UPHOSOKU_202506_1310000001_43_1310000002_11_20250525093000.CSV: ")
                .hasMessageContaining("record 2").hasMessageContaining("field 12")
                .hasMessageContaining("利用者電話番号").hasMessageContaining("a comma")
                .hasMessageNotContaining("1234").hasMessageNotContaining("5678");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).as("no partial or temporary file is left").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\r", "\n", "\r\n"})
    void quoteOrLineBreakInAFieldThatIsNotFreeTextIsRefused(String separator) {
        var doc = Samples.supplements(Samples.supplement().phoneNumber("03-1234" + separator + "5678").build());
        String what = separator.equals("\"") ? "a double quote" : "a line break (CR or LF)";
        assertThatThrownBy(() -> CareplanCsvWriter.strict().write(doc, "x.CSV", new ByteArrayOutputStream()))
                .isInstanceOf(UnwritableValueException.class)
                .hasMessageContaining("x.CSV: record 1, field 12 利用者電話番号: " + what)
                .hasMessageNotContaining("1234");
    }

    @Test
    void writtenFilesValidateClean() throws Exception {
        CareplanCsvWriter.Written w = CareplanCsvWriter.strict().write(Samples.plan(), dir);
        FileReport report;
        try (var in = Files.newInputStream(w.path())) {
            report = ConformanceValidator.producer().validate(w.path().getFileName().toString(), in);
        }
        assertThat(report.violations()).isEmpty();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.kind()).contains("UPPLAN");
        assertThat(report.version()).contains("202407");
    }

    private static ServiceUsePlanDocument withOfficeName(String name) {
        ServiceUsePlanDocument p = Samples.plan();
        ServiceUseRecord r = Samples.row(2).serviceOfficeName(name).build();
        return new ServiceUsePlanDocument(p.version(), p.sender(), p.receiver(), p.sequence(), p.targetMonth(),
                List.of(r));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
