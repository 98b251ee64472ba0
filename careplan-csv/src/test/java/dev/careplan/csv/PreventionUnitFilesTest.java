package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.FileKind;
import dev.careplan.model.validation.Severity;
import dev.careplan.model.yobo.FamilyImage;
import dev.careplan.model.yobo.PreventionDocument;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.model.yobo.UserBasicInfoDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 介護予防 unit written to files and read back: names, validation, bytes and images. */
class PreventionUnitFilesTest {

    @TempDir
    Path dir;

    @Test
    void aUnitIsWrittenUnderItsStandardNamesAndConforms() throws IOException {
        List<Path> files = PreventionUnitFiles.strict().write(PreventionSamples.unit(), dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "UPKIHON_1310000046_46_1310000005_A5_20250521090000.CSV",
                "UPKIHON_SUB1_1310000046_46_1310000005_A5_20250521090000.CSV",
                "UPKIHON_SUB2_1310000046_46_1310000005_A5_20250521090000.CSV",
                "UPYOBO_1310000046_46_1310000005_A5_20250521090000.CSV",
                "UPYOBO_SUB_1310000046_46_1310000005_A5_20250521090000.CSV",
                "UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0001.jpg");
        ValidationReport report = ConformanceValidator.producer().validate(files);
        assertThat(report.files()).flatExtracting(FileReport::violations)
                .filteredOn(v -> v.severity() == Severity.ERROR).isEmpty();
        assertThat(Files.readAllBytes(files.get(5))).isEqualTo(PreventionSamples.JPEG);
    }

    @Test
    void aUnitReadsBackEqualAndWritesTheSameBytes() throws IOException {
        PreventionSendUnit unit = PreventionSamples.unit();
        List<Path> files = PreventionUnitFiles.strict().write(unit, dir);
        PreventionSendUnit back = PreventionUnitFiles.read(files);
        assertThat(back).isEqualTo(unit);
        Path again = Files.createDirectory(dir.resolve("again"));
        List<Path> second = PreventionUnitFiles.strict().write(back, again);
        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(files.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void aFailedUnitLeavesNothingBehind() throws IOException {
        PreventionSendUnit.Builder b = PreventionSendUnit.builder(PreventionSamples.CENTRE,
                PreventionSamples.PROVIDER, PreventionSamples.SEQ);
        PreventionSendUnit unit = b.basicInfo(List.of(PreventionSamples.basicInfo().build()), List.of(), List.of())
                .plan(List.of(PreventionSamples.plan().userName("\uD83D\uDE00").build()), List.of()).build();
        assertThatThrownBy(() -> PreventionUnitFiles.strict().write(unit, dir))
                .isInstanceOf(UnencodableCharacterException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUntypableRecordIsNamedByFileAndRecordWithoutItsValues() throws IOException {
        Path file = dir.resolve("UPKIHON_SUB2_1310000046_46_1310000005_A5_20250521090000.CSV");
        Files.write(file, ("202407,131016,0000654321,20250512,\"R2\",\"高血圧症\",\"\",1,,01,\"\"\r\n"
                + "202407,131016,0000654321,20250512,\"R2\",\"糖尿病\",\"\",9,,01,\"\"\r\n")
                .getBytes(Charset.forName("windows-31j")));
        assertThatThrownBy(() -> PreventionUnitFiles.readDocument(file))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("record 2")
                .hasMessageNotContaining("0000654321").hasMessageNotContaining("糖尿病");
    }

    @Test
    void deletionsTravelAloneAndAreReadAsDocuments() throws IOException {
        var deletion = new dev.careplan.model.yobo.UserBasicInfoDeletionDocument(dev.careplan.model.CsvVersion.V4_1,
                PreventionSamples.CENTRE, PreventionSamples.PROVIDER, PreventionSamples.SEQ, List.of(
                        new dev.careplan.model.yobo.UserBasicInfoDeletionRecord(dev.careplan.model.CsvVersion.V4_1,
                                PreventionSamples.INSURER, PreventionSamples.USER, PreventionSamples.CONSULTED)));
        Path file = PreventionUnitFiles.strict().write(deletion, dir);
        PreventionDocument back = PreventionUnitFiles.readDocument(file);
        assertThat(back).isEqualTo(deletion);
        assertThatThrownBy(() -> PreventionUnitFiles.read(List.of(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alone");
    }

    @Test
    void filesOfAnotherUnitOrKindAreRefused() throws IOException {
        List<Path> files = PreventionUnitFiles.strict().write(PreventionSamples.unit(), dir);
        Path other = dir.resolve("UPKIHON_SUB1_1310000046_46_1310000005_A5_20250521090001.CSV");
        Files.copy(files.get(1), other);
        assertThatThrownBy(() -> PreventionUnitFiles.read(List.of(files.get(0), files.get(2), other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another send unit");
        Path notAnImage = dir.resolve("UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0002.jpg");
        Files.write(notAnImage, new byte[] {'G', 'I', 'F', '8'});
        assertThatThrownBy(() -> PreventionUnitFiles.read(List.of(files.get(0), files.get(1), files.get(2),
                notAnImage))).isInstanceOf(dev.careplan.model.InvalidValueException.class);
        Path huge = dir.resolve("UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0003.jpg");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(PreventionSamples.JPEG));
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), FamilyImage.MAX_BYTES);
        }
        assertThatThrownBy(() -> PreventionUnitFiles.read(List.of(files.get(0), files.get(1), files.get(2), huge)))
                .isInstanceOf(dev.careplan.model.InvalidValueException.class).hasMessageContaining("MiB");
        assertThat(PreventionUnitFiles.readDocument(files.get(0))).isInstanceOf(UserBasicInfoDocument.class)
                .extracting(PreventionDocument::fileKind).isEqualTo(FileKind.UPKIHON);
        assertThat(FamilyImage.of(1, Files.readAllBytes(files.get(5))).format()).isEqualTo(FamilyImage.Format.JPEG);
    }

    @Test
    void fieldsLandInTheirLayoutPositions() throws IOException {
        List<Path> files = PreventionUnitFiles.strict().write(PreventionSamples.unit(), dir);
        try (CareplanCsvReader r = CareplanCsvReader.open(files.get(0))) {
            RawRecord rec = r.stream().findFirst().orElseThrow();
            assertThat(rec.size()).isEqualTo(71);
            assertThat(rec.text(15)).isEqualTo("佐藤 髙子");
            assertThat(rec.text(35)).isEqualTo("2");
            assertThat(rec.text(46)).isEqualTo("佐藤 次郎");
            assertThat(rec.text(47)).isEqualTo("長男");
            assertThat(rec.text(49)).isEqualTo("090-1111-2222");
            assertThat(rec.text(50)).isEmpty();
            assertThat(rec.text(62)).isEqualTo(files.get(5).getFileName().toString());
        }
        try (CareplanCsvReader r = CareplanCsvReader.open(files.get(3))) {
            RawRecord rec = r.stream().findFirst().orElseThrow();
            assertThat(rec.size()).isEqualTo(57);
            assertThat(rec.text(6)).isEqualTo("1");
            assertThat(rec.text(14)).isEqualTo("2");
            assertThat(rec.text(43)).isEqualTo("3");
            assertThat(rec.text(49)).isEqualTo("1");
        }
    }

    /** The corpus's conformant 介護予防 unit, written by hand rather than by this writer, types and writes back. */
    @Test
    void theCorpusUnitReadsAsTypedDocumentsAndWritesBackByteForByte() throws IOException {
        Path valid = CorpusFolder.valid();
        List<Path> files;
        try (Stream<Path> all = Files.list(valid)) {
            files = all.filter(p -> p.getFileName().toString().matches("UP(KIHON|YOBO).*")).sorted().toList();
        }
        PreventionSendUnit unit = PreventionUnitFiles.read(files);
        assertThat(unit.basicInfo().orElseThrow().rows()).isNotEmpty();
        assertThat(unit.familyImages()).hasSize(1);
        assertThat(unit.route()).isEqualTo(dev.careplan.model.yobo.PreventionRoute.CENTRE_TO_PROVIDER);
        assertThat(dev.careplan.model.validation.CareplanValidator.shared().validate(unit))
                .filteredOn(v -> v.severity() == Severity.ERROR).isEmpty();
        List<Path> written = PreventionUnitFiles.strict().write(unit, dir);
        for (Path w : written) {
            assertThat(Files.readAllBytes(w)).as(w.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(valid.resolve(w.getFileName().toString())));
        }
    }

    /** 委託: the entrusted 居宅介護支援事業所 (43) sends its plan for the user on to the 地域包括支援センター (46). */
    @Test
    void anEntrustedOfficeSendsItsPlanToTheCentre() throws IOException {
        dev.careplan.model.Party office = dev.careplan.model.Party.of("1310000001", "43");
        PreventionSendUnit unit = PreventionSendUnit.builder(office, PreventionSamples.CENTRE, PreventionSamples.SEQ)
                .plan(List.of(PreventionSamples.plan().entrusted(dev.careplan.model.code.Entrustment.ENTRUSTED)
                        .careManagerName("高橋 三郎").build()), List.of(PreventionSamples.support("1", "1", "1").build()))
                .build();
        assertThat(unit.route()).isEqualTo(dev.careplan.model.yobo.PreventionRoute.OFFICE_TO_CENTRE);
        assertThat(unit.route().isEntrustment()).isTrue();
        List<Path> files = PreventionUnitFiles.strict().write(unit, dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "UPYOBO_1310000001_43_1310000046_46_20250521090000.CSV",
                "UPYOBO_SUB_1310000001_43_1310000046_46_20250521090000.CSV");
        assertThat(ConformanceValidator.producer().validate(files).hasErrors()).isFalse();
        assertThat(PreventionUnitFiles.read(files)).isEqualTo(unit);
    }
}
