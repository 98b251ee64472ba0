package dev.careplan.model.yobo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.validation.CareplanValidator;
import dev.careplan.model.validation.Violation;
import dev.careplan.model.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every 介護予防 record and document from a realistic example, and each of their rules failing and passing. */
class PreventionRecordsTest {

    private final CareplanValidator validator = CareplanValidator.shared();

    @Test
    void theRealisticUnitConforms() {
        PreventionSendUnit unit = PreventionFixtures.unit();
        assertThat(validator.validate(unit)).isEmpty();
        assertThat(unit.route()).isEqualTo(PreventionRoute.CENTRE_TO_PROVIDER);
        assertThat(unit.documents()).extracting(PreventionDocument::fileKind).containsExactly(FileKind.UPKIHON,
                FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2, FileKind.UPYOBO, FileKind.UPYOBO_SUB);
        assertThat(unit.documents()).allSatisfy(d -> assertThat(d.monthSegment()).isEmpty());
        assertThat(unit.basicInfo().orElseThrow().keys()).singleElement().satisfies(k ->
                assertThat(k.date()).isEqualTo(PreventionFixtures.CONSULTED));
        assertThat(unit.familyImageFileNames()).containsExactly(
                unit.basicInfo().orElseThrow().rows().get(0).familyImageFileName());
    }

    @Test
    void deletionsAreDocumentsOfTheirOwn() {
        UserBasicInfoDeletionDocument k = new UserBasicInfoDeletionDocument(CsvVersion.V4_1, PreventionFixtures.CENTRE,
                PreventionFixtures.PROVIDER, PreventionFixtures.SEQ, List.of(new UserBasicInfoDeletionRecord(
                        CsvVersion.V4_1, PreventionFixtures.INSURER, PreventionFixtures.SATO,
                        PreventionFixtures.CONSULTED)));
        PreventionPlanDeletionDocument y = new PreventionPlanDeletionDocument(CsvVersion.V4_1,
                PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER, PreventionFixtures.SEQ, List.of(
                        new PreventionPlanDeletionRecord(CsvVersion.V4_1, PreventionFixtures.INSURER,
                                PreventionFixtures.SATO, PreventionFixtures.PLANNED)));
        assertThat(validator.validate(k)).isEmpty();
        assertThat(validator.validate(y)).isEmpty();
        assertThat(k.fileKind()).isEqualTo(FileKind.DLTKIHON);
        assertThat(y.fileKind()).isEqualTo(FileKind.DLTYOBO);
        assertThat(y.keys()).singleElement().satisfies(key -> assertThat(key.date())
                .isEqualTo(PreventionFixtures.PLANNED));
    }

    @Test
    void emergencyContactsAlwaysHaveFourSlots() {
        UserBasicInfoRecord r = PreventionFixtures.basicInfo().build();
        assertThat(r.emergencyContacts()).hasSize(4);
        assertThat(r.emergencyContacts().get(0).isEmpty()).isFalse();
        assertThat(r.emergencyContacts().subList(1, 4)).containsOnly(EmergencyContact.EMPTY);
        assertThatThrownBy(() -> EmergencyContact.fourSlots(List.of(EmergencyContact.EMPTY, EmergencyContact.EMPTY,
                EmergencyContact.EMPTY, EmergencyContact.EMPTY, EmergencyContact.EMPTY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankNameIsRequired() {
        assertThat(validator.validate(PreventionFixtures.basicInfo().name(" ").build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("FLD-REQ");
                    assertThat(v.field()).contains(15);
                });
        assertThat(validator.validate(PreventionFixtures.plan().userName("").build()))
                .extracting(Violation::ruleId, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FLD-REQ", Optional.of(8)));
    }

    @Test
    void anEmptyEntrustmentIsReadableBecauseTheLayoutIsAmbiguous() {
        assertThat(validator.validate(PreventionFixtures.plan().entrusted(null).build())).isEmpty();
    }

    @Test
    void aLongPhoneNumberBreaksItsLengthAlsoInAnEmergencyContact() {
        assertThat(validator.validate(PreventionFixtures.basicInfo().phoneNumber("03-1234-5678-9012").build()))
                .extracting(Violation::ruleId).containsExactly("FLD-LEN");
        assertThat(validator.validate(PreventionFixtures.basicInfo().emergencyContacts(List.of(EmergencyContact.EMPTY,
                new EmergencyContact("", "", "", "0000-0000-0000-0000"))).build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("FLD-LEN");
                    assertThat(v.field()).as("2nd contact's phone").contains(53);
                    assertThat(v.fieldNameJa()).contains("2 緊急連絡先(電話番号)");
                    assertThat(v.row()).as("a record alone has no row").isEmpty();
                    assertThat(v.message("ja")).startsWith("2 緊急連絡先(電話番号)（No.53）：");
                });
        UserBasicInfoDocument doc = new UserBasicInfoDocument(CsvVersion.V4_1, PreventionFixtures.CENTRE,
                PreventionFixtures.PROVIDER, PreventionFixtures.SEQ, List.of(PreventionFixtures.basicInfo()
                        .consultationDate(PreventionFixtures.CONSULTED.minusDays(1)).build(),
                        PreventionFixtures.basicInfo().emergencyContacts(List.of(EmergencyContact.EMPTY,
                                EmergencyContact.EMPTY, EmergencyContact.EMPTY,
                                new EmergencyContact("", "", "", "0000-0000-0000-0000"))).build()));
        assertThat(validator.validate(doc)).singleElement().satisfies(v -> {
            assertThat(v.row()).contains(1);
            assertThat(v.field()).contains(61);
        });
    }

    @Test
    void countsAndFloorsAreSmallWholeNumbers() {
        assertThat(validator.validate(PreventionFixtures.plan().checklistCountExercise(10).build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("FLD-DIGIT");
                    assertThat(v.field()).contains(43);
                });
        assertThat(validator.validate(PreventionFixtures.basicInfo().roomFloor(100).build()))
                .extracting(Violation::ruleId).containsExactly("FLD-DIGIT");
        assertThat(validator.validate(PreventionFixtures.basicInfo().roomFloor(99).build())).isEmpty();
    }

    @Test
    void aNonNumericNoIsOnlyAWarning() {
        List<Violation> v = validator.validate(PreventionFixtures.support("①", "1", "123").build());
        assertThat(v).extracting(Violation::ruleId).containsOnly("FLD-YOBONO");
        assertThat(v).extracting(Violation::field).containsExactlyInAnyOrder(Optional.of(5), Optional.of(14));
        assertThat(v).allSatisfy(m -> assertThat(m.severity()).isEqualTo(Severity.WARNING));
        assertThat(validator.validate(PreventionFixtures.support("12", "1", "").build())).isEmpty();
    }

    @Test
    void aMalformedImageNameIsReported() {
        assertThat(validator.validate(PreventionFixtures.basicInfo().familyImageFileName("family.png").build()))
                .singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("REL-003");
                    assertThat(v.field()).contains(62);
                });
        assertThat(validator.validate(PreventionFixtures.basicInfo().familyImageFileName("").build())).isEmpty();
    }

    @Test
    void aRepeatedKeyInAFileIsAWarning() {
        UserBasicInfoDocument doc = new UserBasicInfoDocument(CsvVersion.V4_1, PreventionFixtures.CENTRE,
                PreventionFixtures.PROVIDER, PreventionFixtures.SEQ,
                List.of(PreventionFixtures.basicInfo().build(), PreventionFixtures.basicInfo().build()));
        assertThat(validator.validate(doc)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("REL-005");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.row()).contains(1);
            assertThat(v.field()).contains(4);
        });
    }

    @Test
    void annexRowsWithoutTheirParentBreakRel003AndRel004() {
        PreventionSendUnit unit = PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                        PreventionFixtures.SEQ)
                .basicInfo(List.of(PreventionFixtures.basicInfo().familyImageFileName("").build()),
                        List.of(PreventionFixtures.slot("7:00", "起床").consultationDate(
                                PreventionFixtures.CONSULTED.plusDays(1)).build()),
                        List.of(PreventionFixtures.illness("高血圧症").build()))
                .plan(List.of(PreventionFixtures.plan().build()), List.of(PreventionFixtures.support("1", "1", "1")
                        .planCreatedDate(PreventionFixtures.PLANNED.minusDays(1)).build()))
                .build();
        assertThat(validator.validate(unit)).extracting(Violation::ruleId, Violation::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REL-003", Optional.of(4)),
                        org.assertj.core.groups.Tuple.tuple("REL-004", Optional.of(4)));
    }

    @Test
    void imagesMustBeNamedAndPresent() {
        PreventionSendUnit missing = PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                PreventionFixtures.SEQ).basicInfo(List.of(PreventionFixtures.basicInfo().build()), List.of(), List.of())
                .build();
        assertThat(validator.validate(missing)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("REL-003");
            assertThat(v.field()).contains(62);
        });
        PreventionSendUnit unnamed = PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                        PreventionFixtures.SEQ)
                .basicInfo(List.of(PreventionFixtures.basicInfo().build()), List.of(), List.of())
                .familyImage(FamilyImage.of(1, PreventionFixtures.JPEG))
                .familyImage(FamilyImage.of(2, PreventionFixtures.JPEG)).build();
        assertThat(validator.validate(unnamed)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("REL-003");
            assertThat(v.location().propertyPath().orElse("")).startsWith("familyImages");
        });
        PreventionSendUnit upperCase = PreventionSendUnit.builder(PreventionFixtures.CENTRE,
                        PreventionFixtures.PROVIDER, PreventionFixtures.SEQ)
                .basicInfo(List.of(PreventionFixtures.basicInfo().familyImageFileName(
                        "UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0001.JPG").build()), List.of(),
                        List.of())
                .familyImage(FamilyImage.of(1, PreventionFixtures.JPEG)).build();
        assertThat(validator.validate(upperCase)).as(".JPG names the same image").isEmpty();
    }

    @Test
    void imagesAreCheckedByTheirBytes() {
        assertThat(FamilyImage.of(7, PreventionFixtures.JPEG).format()).isEqualTo(FamilyImage.Format.JPEG);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        assertThat(FamilyImage.of(1, png).format()).isEqualTo(FamilyImage.Format.PNG);
        assertThatThrownBy(() -> FamilyImage.of(1, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FamilyImage.of(0, PreventionFixtures.JPEG)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FamilyImage.of(10000, PreventionFixtures.JPEG))
                .isInstanceOf(InvalidValueException.class);
        byte[] big = new byte[FamilyImage.MAX_BYTES + 1];
        System.arraycopy(PreventionFixtures.JPEG, 0, big, 0, PreventionFixtures.JPEG.length);
        assertThatThrownBy(() -> FamilyImage.of(1, big)).isInstanceOf(InvalidValueException.class);
        byte[] mine = PreventionFixtures.JPEG.clone();
        FamilyImage image = FamilyImage.of(3, mine);
        mine[0] = 0;
        assertThat(image.content()).as("the image keeps its own copy").isEqualTo(PreventionFixtures.JPEG);
        assertThat(image.fileName(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER, PreventionFixtures.SEQ))
                .isEqualTo("UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0003.jpg");
    }

    @Test
    void routesFollowTheServiceKinds() {
        assertThat(PreventionRoute.of(PreventionFixtures.CENTRE, PreventionFixtures.OFFICE))
                .contains(PreventionRoute.CENTRE_TO_OFFICE);
        assertThat(PreventionRoute.of(PreventionFixtures.OFFICE, PreventionFixtures.CENTRE))
                .contains(PreventionRoute.OFFICE_TO_CENTRE);
        assertThat(PreventionRoute.of(PreventionFixtures.OFFICE, PreventionFixtures.PROVIDER))
                .contains(PreventionRoute.OFFICE_TO_PROVIDER);
        assertThat(PreventionRoute.CENTRE_TO_OFFICE.isEntrustment()).isTrue();
        assertThat(PreventionRoute.CENTRE_TO_PROVIDER.isEntrustment()).isFalse();
        assertThat(PreventionRoute.of(PreventionFixtures.PROVIDER, PreventionFixtures.CENTRE)).isEmpty();
        assertThat(PreventionRoute.of(PreventionFixtures.CENTRE, PreventionFixtures.CENTRE)).isEmpty();
    }

    @Test
    void anEntrustedOfficeSendsTheCentrePlanOnToAProvider() {
        PreventionSendUnit forwarded = PreventionSendUnit.builder(PreventionFixtures.OFFICE,
                        PreventionFixtures.PROVIDER, PreventionFixtures.SEQ)
                .plan(List.of(PreventionFixtures.plan().entrusted(dev.careplan.model.code.Entrustment.ENTRUSTED)
                        .careManagerName("高橋 三郎").build()), List.of())
                .build();
        assertThat(validator.validate(forwarded)).isEmpty();
        assertThat(forwarded.route()).isEqualTo(PreventionRoute.OFFICE_TO_PROVIDER);
        assertThat(forwarded.documents()).extracting(PreventionDocument::fileKind)
                .containsExactly(FileKind.UPYOBO, FileKind.UPYOBO_SUB);
    }

    @Test
    void aUnitOfTheWrongShapeIsRefused() {
        assertThatThrownBy(() -> PreventionSendUnit.builder(PreventionFixtures.PROVIDER, PreventionFixtures.CENTRE,
                PreventionFixtures.SEQ).plan(List.of(PreventionFixtures.plan().build()), List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route");
        assertThatThrownBy(() -> PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                PreventionFixtures.SEQ).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                        PreventionFixtures.SEQ).plan(List.of(PreventionFixtures.plan().build()), List.of())
                .familyImage(FamilyImage.of(1, PreventionFixtures.JPEG)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPKIHON_IMAGE");
        assertThatThrownBy(() -> PreventionSendUnit.builder(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                        PreventionFixtures.SEQ)
                .basicInfo(List.of(PreventionFixtures.basicInfo().build()), List.of(), List.of())
                .familyImage(FamilyImage.of(1, PreventionFixtures.JPEG))
                .familyImage(FamilyImage.of(1, PreventionFixtures.JPEG)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch");
        PreventionPlanDocument other = new PreventionPlanDocument(CsvVersion.V4_1, PreventionFixtures.CENTRE,
                PreventionFixtures.OFFICE, PreventionFixtures.SEQ, List.of());
        SupportPlanDocument sub = new SupportPlanDocument(CsvVersion.V4_1, PreventionFixtures.CENTRE,
                PreventionFixtures.PROVIDER, PreventionFixtures.SEQ, List.of());
        assertThatThrownBy(() -> new PreventionSendUnit(PreventionFixtures.CENTRE, PreventionFixtures.PROVIDER,
                PreventionFixtures.SEQ, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(other), Optional.of(sub))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UPYOBO");
    }

    @Test
    void messagesNameTheFieldButNeverItsValueAndTextIsMasked() {
        List<Violation> v = validator.validate(PreventionFixtures.basicInfo().phoneNumber("0312345678901234")
                .build());
        assertThat(v).singleElement().satisfies(m -> {
            assertThat(m.message("ja")).contains("利用者電話番号").doesNotContain("0312345678901234");
            assertThat(m.message("en")).contains("phoneNumber").doesNotContain("0312345678901234");
        });
        PreventionSendUnit unit = PreventionFixtures.unit();
        List<Object> texts = new java.util.ArrayList<>();
        for (PreventionDocument d : unit.documents()) {
            texts.addAll(d.rows());
        }
        texts.addAll(unit.basicInfo().orElseThrow().rows().get(0).emergencyContacts());
        texts.add(unit.familyImages().get(0));
        texts.add(unit.basicInfo().orElseThrow().keys().get(0));
        for (Object o : texts) {
            assertThat(o.toString()).as(o.getClass().getSimpleName()).doesNotContain("0000654321", "佐藤", "髙子",
                    "1941", "090-1111-2222");
        }
    }
}
