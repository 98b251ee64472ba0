package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.code.CodeList;
import dev.careplan.model.code.ConsultationMethod;
import dev.careplan.model.code.DiseaseProgress;
import dev.careplan.model.code.HousingType;
import dev.careplan.model.code.PhysicianRole;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.PresenceFlag;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.testing.TextGen;
import dev.careplan.model.yobo.DailyScheduleDocument;
import dev.careplan.model.yobo.EmergencyContact;
import dev.careplan.model.yobo.MedicalHistoryDocument;
import dev.careplan.model.yobo.PreventionDocument;
import dev.careplan.model.yobo.PreventionPlanDeletionDocument;
import dev.careplan.model.yobo.PreventionPlanDeletionRecord;
import dev.careplan.model.yobo.PreventionPlanDocument;
import dev.careplan.model.yobo.SupportPlanDocument;
import dev.careplan.model.yobo.UserBasicInfoDeletionDocument;
import dev.careplan.model.yobo.UserBasicInfoDeletionRecord;
import dev.careplan.model.yobo.UserBasicInfoDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every 介護予防 CSV kind over generated records: model → CSV → model gives the same records, and the bytes written
 * from the records read back are the bytes first written (byte-exact round trip).
 */
class PreventionRoundTripProperties {

    private static final Gen<String> TEXT = TextGen.of("あいう髙﨑～∥－￢①㈱ｱ\",\r\n ABC123", 0, 20);
    private static final Gen<String> PHONE = TextGen.of(TextGen.DIGITS + "-", 0, 15);
    private static final Gen<String> NO = Generate.oneOf(TextGen.of(TextGen.DIGITS, 0, 2), TEXT);
    private static final Gen<InsuredNumber> INSURED = Generate.oneOf(TextGen.of(TextGen.DIGITS, 10),
            TextGen.of(TextGen.DIGITS, 9).map(s -> "H" + s)).map(InsuredNumber::of);
    private static final Gen<LocalDate> DATE = integers().between(0, 20000).map(d -> LocalDate.of(1990, 1, 1)
            .plusDays(d));

    private static <E extends Enum<E> & CodeList> Gen<Optional<E>> code(Class<E> type) {
        return arbitrary().pick(type.getEnumConstants()).toOptionals(30);
    }

    @Test
    void basicInformationRoundTrips() {
        Gen<EmergencyContact> contact = in -> new EmergencyContact(TEXT.generate(in), TEXT.generate(in),
                TEXT.generate(in), PHONE.generate(in));
        Gen<dev.careplan.model.yobo.UserBasicInfoRecord> row = in -> PreventionSamples.basicInfo()
                .insuredNumber(INSURED.generate(in)).consultationDate(DATE.generate(in)).name(TEXT.generate(in))
                .consultationMethod(code(ConsultationMethod.class).generate(in).orElse(null))
                .consultationMethodOther(TEXT.generate(in)).housingType(code(HousingType.class).generate(in)
                        .orElse(null))
                .roomFloor(integers().between(0, 99).toOptionals(30).generate(in).orElse(null))
                .previousConsultationDate(DATE.toOptionals(30).generate(in).orElse(null))
                .faxNumber(PHONE.generate(in)).visitorAddress(TEXT.generate(in))
                .emergencyContacts(lists().of(contact).ofSizeBetween(0, 4).generate(in))
                .consenterName(TEXT.generate(in)).build();
        qt().withExamples(60).forAll(lists().of(row).ofSizeBetween(0, 4)).checkAssert(rows -> roundTrips(
                new UserBasicInfoDocument(CsvVersion.V4_1, PreventionSamples.CENTRE, PreventionSamples.PROVIDER,
                        PreventionSamples.SEQ, rows)));
    }

    @Test
    void annexesOfBasicInformationRoundTrip() {
        Gen<dev.careplan.model.yobo.DailyScheduleRecord> slot = in -> PreventionSamples.slot(TEXT.generate(in))
                .insuredNumber(INSURED.generate(in)).userActivity(TEXT.generate(in))
                .caregiverActivity(TEXT.generate(in)).build();
        qt().withExamples(40).forAll(lists().of(slot).ofSizeBetween(0, 5)).checkAssert(rows -> roundTrips(
                new DailyScheduleDocument(CsvVersion.V4_1, PreventionSamples.CENTRE, PreventionSamples.PROVIDER,
                        PreventionSamples.SEQ, rows)));
        Gen<dev.careplan.model.yobo.MedicalHistoryRecord> illness = in -> PreventionSamples.illness()
                .onsetDate(TEXT.generate(in)).diseaseName(TEXT.generate(in))
                .attendingPhysicianFlag(code(PhysicianRole.class).generate(in).orElse(null))
                .progress(code(DiseaseProgress.class).generate(in).orElse(null))
                .medicalInstitutionPhone(PHONE.generate(in)).treatmentDetails(TEXT.generate(in)).build();
        qt().withExamples(40).forAll(lists().of(illness).ofSizeBetween(0, 5)).checkAssert(rows -> roundTrips(
                new MedicalHistoryDocument(CsvVersion.V4_1, PreventionSamples.CENTRE, PreventionSamples.PROVIDER,
                        PreventionSamples.SEQ, rows)));
    }

    @Test
    void plansAndTheirAnnexRoundTrip() {
        Gen<dev.careplan.model.yobo.PreventionPlanRecord> plan = in -> PreventionSamples.plan()
                .insuredNumber(INSURED.generate(in)).planCreatedDate(DATE.generate(in))
                .userName(TEXT.generate(in)).planCategory(code(PlanCategory.class).generate(in).orElse(null))
                .mobilityIssueExists(code(PresenceFlag.class).generate(in).orElse(null))
                .checklistCountDepression(integers().between(0, 9).toOptionals(30).generate(in).orElse(null))
                .centerOpinion(TEXT.generate(in)).authorOfficePhone(PHONE.generate(in)).build();
        qt().withExamples(60).forAll(lists().of(plan).ofSizeBetween(0, 4)).checkAssert(rows -> roundTrips(
                new PreventionPlanDocument(CsvVersion.V4_1, PreventionSamples.CENTRE, PreventionSamples.PROVIDER,
                        PreventionSamples.SEQ, rows)));
        Gen<dev.careplan.model.yobo.SupportPlanRecord> support = in -> PreventionSamples.support(NO.generate(in),
                NO.generate(in), NO.generate(in)).overallIssue(TEXT.generate(in)).goal(TEXT.generate(in))
                .servicePeriod(TEXT.generate(in)).build();
        qt().withExamples(60).forAll(lists().of(support).ofSizeBetween(0, 6)).checkAssert(rows -> roundTrips(
                new SupportPlanDocument(CsvVersion.V4_1, PreventionSamples.CENTRE, PreventionSamples.PROVIDER,
                        PreventionSamples.SEQ, rows)));
    }

    @Test
    void deletionsRoundTrip() {
        qt().withExamples(30).forAll(lists().of(INSURED).ofSizeBetween(1, 3), DATE).checkAssert((users, date) -> {
            roundTrips(new UserBasicInfoDeletionDocument(CsvVersion.V4_1, PreventionSamples.CENTRE,
                    PreventionSamples.PROVIDER, PreventionSamples.SEQ, map(users, u -> new UserBasicInfoDeletionRecord(
                            CsvVersion.V4_1, PreventionSamples.INSURER, u, date))));
            roundTrips(new PreventionPlanDeletionDocument(CsvVersion.V4_1, PreventionSamples.CENTRE,
                    PreventionSamples.PROVIDER, PreventionSamples.SEQ, map(users, u -> new PreventionPlanDeletionRecord(
                            CsvVersion.V4_1, PreventionSamples.INSURER, u, date))));
        });
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        return in.stream().map(f).toList();
    }

    /** Writes the document, reads its bytes as typed rows, writes those again: same rows, same bytes. */
    private static void roundTrips(PreventionDocument doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CareplanCsvWriter.strict().write(doc, "x.CSV", out);
            RecordCodec codec = RecordCodec.forKind(doc.fileKind()).orElseThrow();
            List<CareplanRecord> back = new ArrayList<>();
            try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(out.toByteArray()))) {
                r.typedRows(codec).forEach(t -> back.add(t.row().orElseThrow(() ->
                        new AssertionError(t.problem().orElse("")))));
            }
            assertThat(back).isEqualTo(doc.rows());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            CareplanCsvWriter.strict().write(copyWith(doc, back), "x.CSV", again);
            assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static PreventionDocument copyWith(PreventionDocument d, List<CareplanRecord> rows) {
        List<?> r = rows;
        return switch (d.fileKind()) {
            case UPKIHON -> new UserBasicInfoDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<dev.careplan.model.yobo.UserBasicInfoRecord>) r);
            case UPKIHON_SUB1 -> new DailyScheduleDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<dev.careplan.model.yobo.DailyScheduleRecord>) r);
            case UPKIHON_SUB2 -> new MedicalHistoryDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<dev.careplan.model.yobo.MedicalHistoryRecord>) r);
            case DLTKIHON -> new UserBasicInfoDeletionDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<UserBasicInfoDeletionRecord>) r);
            case UPYOBO -> new PreventionPlanDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<dev.careplan.model.yobo.PreventionPlanRecord>) r);
            case UPYOBO_SUB -> new SupportPlanDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<dev.careplan.model.yobo.SupportPlanRecord>) r);
            default -> new PreventionPlanDeletionDocument(d.version(), d.sender(), d.receiver(), d.sequence(),
                    (List<PreventionPlanDeletionRecord>) r);
        };
    }
}
