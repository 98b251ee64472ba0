package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule cases at the edges, each a valid corpus file with one precise change: a breach must be reported under its
 * own rule even when something else is wrong too, and a conformant variation must not be reported.
 */
class RuleEdgeCasesTest {

    static final String PLAN = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV";
    static final String ANNEX = "UPSIKYU_202506_1310000001_43_1310000002_11_20250525093000.CSV";
    static final String SUPPLEMENT = "UPHOSOKU_202506_1310000001_43_1310000002_11_20250525093000.CSV";
    static final String ACTUALS = "UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV";

    @TempDir
    Path dir;

    private static List<Violation> file(String name, CorpusEdit edit) throws Exception {
        return file(name, edit, ValidationPolicy.producer());
    }

    private static List<Violation> file(String name, CorpusEdit edit, ValidationPolicy policy) throws Exception {
        return ConformanceValidator.with(policy).validate(name, new ByteArrayInputStream(edit.bytes())).violations();
    }

    private List<Violation> unit() {
        try (Stream<Path> s = Files.list(dir)) {
            return ConformanceValidator.producer().validate(s.sorted().toList()).violations();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> rules(List<Violation> vs, Optional<Integer> field) {
        return vs.stream().filter(v -> field.isEmpty() || v.field().equals(field)).map(Violation::ruleId).toList();
    }

    @Test
    void aCrossFieldBreachIsReportedAlthoughAnotherFieldIsMalformed() throws Exception {
        List<Violation> rental = file(PLAN, CorpusEdit.of(PLAN).set(1, 15, "171001").set(1, 16, "").set(1, 17, "")
                .set(1, 9, "x"));
        assertThat(rules(rental, Optional.of(9))).containsExactly("FLD-DIGIT");
        assertThat(rules(rental, Optional.empty())).contains("FLD-TAIS");

        List<Violation> outside = file(PLAN, CorpusEdit.of(PLAN).set(1, 10, "20250701").set(1, 24, "123"));
        assertThat(rules(outside, Optional.of(10))).containsExactly("MON-004");
        assertThat(outside).anyMatch(v -> v.field().equals(Optional.of(24)) && v.isError());
    }

    @Test
    void aRowRuleThatReadsTheMalformedFieldStaysSilent() throws Exception {
        List<Violation> rental = file(PLAN, CorpusEdit.of(PLAN).set(1, 15, "171001").set(1, 16, "")
                .set(1, 17, "0000100000100001"));
        assertThat(rules(rental, Optional.empty())).contains("FLD-LEN").doesNotContain("FLD-TAIS");
        String planBound = "UPHOSOKU_000000_1310000001_43_1310000002_11_20250520100000.CSV";
        List<Violation> badDate = file(planBound, CorpusEdit.of(planBound).set(1, 4, "20250231"));
        assertThat(rules(badDate, Optional.empty())).contains("FLD-DATE").doesNotContain("MON-003");
    }

    @Test
    void aRowRuleThatReadsOnlyWellFormedFieldsStillSpeaks() throws Exception {
        String weekly = "UP3KYO_1310000001_43_1310000002_11_20250520100000.CSV";
        List<Violation> vs = file(weekly, CorpusEdit.of(weekly).set(1, 7, "9").set(1, 9, "0900"));
        assertThat(rules(vs, Optional.empty())).contains("FLD-CODE", "FLD-TIMEORDER");
    }

    @Test
    void aFindingOnTheMalformedFieldItselfIsNotRepeated() throws Exception {
        // A bad time is FLD-TIME; the time-order rule must not add a second finding on the same field.
        List<Violation> vs = file(PLAN, CorpusEdit.of(PLAN).set(1, 13, "0860"));
        assertThat(rules(vs, Optional.of(13))).containsExactly("FLD-TIME");
    }

    @ParameterizedTest(name = "No.{1} = {2} is {3}")
    @CsvSource({
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 1, 20240, VER-001",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 2, 13104, FLD-INSURER",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 20, 131000000, FLD-OFFICE",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 12, 930, FLD-TIME",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 11, 0101, FLD-HIWARI",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 10, 2025062, FLD-DATE",
        "UPHOSOKU_202506_1310000001_43_1310000002_11_20250525093000.CSV, 9, 1600023, FLD-POSTAL",
        "UPHOSOKU_202506_1310000001_43_1310000002_11_20250525093000.CSV, 18, 6, FLD-CODE",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV, 8, 1234567, FLD-LEN"
    })
    void aWrongLengthIsReportedUnderTheRuleOfTheFieldsForm(String name, int no, String text, String rule)
            throws Exception {
        assertThat(rules(file(name, CorpusEdit.of(name).set(1, no, text)), Optional.of(no))).containsExactly(rule);
    }

    @Test
    @SuppressWarnings("deprecation")
    void ambiguousRequiredFieldsAreErrorsForProducersAndWarningsForConsumers() throws Exception {
        CorpusEdit noName = CorpusEdit.of(SUPPLEMENT).set(1, 6, "");
        assertThat(file(SUPPLEMENT, noName)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("FLD-REQ");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(file(SUPPLEMENT, noName, ValidationPolicy.consumer())).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(file(SUPPLEMENT, noName, ValidationPolicy.producer().with(ValidationPolicy.AMBIGUOUS_REQUIRED,
                Severity.WARNING))).singleElement().satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        for (int no : List.of(6, 7, 8)) {
            CorpusEdit empty = CorpusEdit.of(PLAN).set(1, no, "");
            assertThat(file(PLAN, empty)).as("第6表 No.%d", no).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("FLD-REQ");
                assertThat(v.severity()).isEqualTo(Severity.ERROR);
            });
            assertThat(file(PLAN, empty, ValidationPolicy.consumer())).singleElement()
                    .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        }
    }

    @Test
    void aHeaderRowDoesNotHideTheVersionRules() throws Exception {
        String[] header = new String[25];
        for (int i = 0; i < header.length; i++) {
            header[i] = i == 0 ? "CSVバージョン" : "項目" + (i + 1);
        }
        CorpusEdit old = CorpusEdit.of(PLAN).setAll(1, "202208").insert(1, header);
        assertThat(rules(file(PLAN, old), Optional.empty())).contains("CSV-005", "VER-003", "VER-004")
                .doesNotContain("VER-002");
    }

    @Test
    void versionsAreComparedAlsoWhenTheFirstOneIsMalformed() throws Exception {
        List<Violation> vs = file(PLAN, CorpusEdit.of(PLAN).set(1, 1, "2024X7"));
        assertThat(vs).filteredOn(v -> v.ruleId().equals("VER-002")).singleElement()
                .satisfies(v -> assertThat(v.record()).hasValue(2L));
        assertThat(rules(vs, Optional.of(1))).contains("VER-001");
    }

    @Test
    void theVersionInForceIsCheckedOnTheFirstRecordWithAMonth() throws Exception {
        CorpusEdit e = CorpusEdit.of(PLAN).setAll(1, "202208").set(1, 5, "");
        assertThat(rules(file(PLAN, e), Optional.empty())).contains("VER-004");
    }

    @Test
    void aBlankLastLineIsATerminatorProblemOnly() throws Exception {
        CorpusEdit plan = CorpusEdit.of(PLAN);
        int records = plan.size();
        plan.insert(records + 1, "").insert(records + 2, "");
        List<Violation> vs = file(PLAN, plan);
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CSV-006");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.record()).hasValue(records + 1L);
        });
        assertThat(file(PLAN, plan, ValidationPolicy.consumer())).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(ConformanceValidator.consumer().validate(PLAN, new ByteArrayInputStream(plan.bytes())).records())
                .isEqualTo(records);
    }

    @Test
    void aBlankLineInsideTheFileIsARecordOfTheWrongFieldCount() throws Exception {
        CorpusEdit plan = CorpusEdit.of(PLAN);
        List<Violation> vs = file(PLAN, plan.insert(2, ""));
        assertThat(rules(vs, Optional.empty())).containsExactly("CSV-004");
    }

    @Test
    void aRecordTerminatorOtherThanCrlfIsReportedOnceWhereverItFirstOccurs() throws Exception {
        byte[] crlf = CorpusEdit.of(PLAN).bytes();
        String text = new String(crlf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int second = text.indexOf("\r\n") + 2;
        String lfLater = text.substring(0, second) + text.substring(second).replace("\r\n", "\n");
        List<Violation> lf = ConformanceValidator.producer().validate(PLAN, new ByteArrayInputStream(
                lfLater.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).violations();
        assertThat(lf).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CSV-006");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.record()).hasValue(2L);
        });
        assertThat(ConformanceValidator.consumer().validate(PLAN, new ByteArrayInputStream(
                lfLater.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).violations()).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        String crOnly = text.replace("\r\n", "\r");
        List<Violation> cr = ConformanceValidator.producer().validate(PLAN, new ByteArrayInputStream(
                crOnly.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).violations();
        assertThat(cr).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CSV-006");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message("en")).contains("CR only");
        });
    }

    @Test
    void rentalRowsSharingCodeAndUnitsAreNumberedEachOnce() throws Exception {
        CorpusEdit two = CorpusEdit.of(PLAN).set(1, 15, "171001").set(1, 16, "00001-000010").set(1, 12, "9999")
                .set(1, 13, "9999").set(1, 19, "1").copy(1, 2);
        assertThat(file(PLAN, two)).filteredOn(v -> v.ruleId().equals("FLD-MEISAI")).singleElement()
                .satisfies(v -> assertThat(v.record()).hasValue(2L));
        assertThat(rules(file(PLAN, two.set(2, 19, "2")), Optional.empty())).doesNotContain("FLD-MEISAI");
    }

    @Test
    void yearZeroIsNoMonth() throws Exception {
        assertThat(FileNameCheck.of("DLTPLAN_000001_1310000001_43_1310000002_11_20250526100000.CSV")
                .violations()).extracting(Violation::ruleId).contains("FN-004");
        String del = "DLTPLAN_202506_1310000001_43_1310000002_11_20250526100000.CSV";
        assertThat(rules(file(del, CorpusEdit.of(del).set(1, 4, "000001")), Optional.of(4))).contains("FLD-YM");
    }

    @Test
    void aLoneSupplementIsAnIncompleteUnitAndNothingElse() throws Exception {
        CorpusEdit.copyValid(SUPPLEMENT, dir);
        assertThat(unit()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("SU-002");
            assertThat(v.message("en")).contains("UPPLAN, UPSIKYU").doesNotContain("UPHOSOKU");
            assertThat(v.message("ja")).contains("UPPLAN, UPSIKYU");
        });
    }

    @Test
    void aMissingPlanSheetIsOneIncompleteUnitNotOneBreachPerDependentRecord() throws Exception {
        for (String n : List.of("UP2KYO_1310000001_43_1310000002_11_20250520100000.CSV",
                "UP3KYO_1310000001_43_1310000002_11_20250520100000.CSV",
                "UPHOSOKU_000000_1310000001_43_1310000002_11_20250520100000.CSV")) {
            CorpusEdit.copyValid(n, dir);
        }
        assertThat(unit()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("SU-002");
            assertThat(v.message("en")).contains("UP1KYO");
        });
    }

    @Test
    void aPlanRecordMissingFromAPresentPlanSheetBreaksRel001() throws Exception {
        for (String n : List.of("UP2KYO_1310000001_43_1310000002_11_20250520100000.CSV",
                "UP3KYO_1310000001_43_1310000002_11_20250520100000.CSV",
                "UPHOSOKU_000000_1310000001_43_1310000002_11_20250520100000.CSV")) {
            CorpusEdit.copyValid(n, dir);
        }
        String sheet1 = "UP1KYO_1310000001_43_1310000002_11_20250520100000.CSV";
        CorpusEdit.of(sheet1).set(1, 14, "20250519").writeTo(dir);
        assertThat(rules(unit(), Optional.empty())).containsOnly("REL-001");
    }

    @Test
    void aMisnamedMemberLeavesTheUnitsAbsenceRulesUnjudged() throws Exception {
        CorpusEdit.copyValid(ANNEX, dir);
        CorpusEdit.copyValid(SUPPLEMENT, dir);
        Files.copy(CorpusFolder.valid().resolve(PLAN),
                dir.resolve(PLAN.replace('_', '-')));
        assertThat(unit()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("FN-009");
            assertThat(v.file()).isEqualTo(PLAN.replace('_', '-'));
        });
    }

    @Test
    void aKnownPrefixWithHyphensIsAWrongSeparatorNotAnUnknownPrefix() {
        assertThat(FileNameCheck.of("UPPLAN-202511-1310000001-43-1310000002-11-20251125093000.CSV")
                .violations()).extracting(Violation::ruleId).containsExactly("FN-009");
        assertThat(FileNameCheck.of("UPKIHON_SUB1-1310000005_46_1310000002_63_20250520110000.CSV")
                .violations()).extracting(Violation::ruleId).containsExactly("FN-009");
        assertThat(FileNameCheck.of("UPJISSEKI_202506_1310000002_11_1310000001_43_20250701100000.CSV")
                .violations()).extracting(Violation::ruleId).containsExactly("FN-002");
    }

    @Test
    void aFileThatIsNotTextIsOneViolation() throws Exception {
        byte[] image = new byte[20_000];
        new java.util.Random(7).nextBytes(image);
        image[3] = 0;
        FileReport r = ConformanceValidator.producer().validate(PLAN, new ByteArrayInputStream(image));
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("ENC-001");
            assertThat(v.record()).isEmpty();
            assertThat(v.message("en")).contains("not CSV text");
        });
        byte[] noNul = new byte[4000];
        for (int i = 0; i < noNul.length; i++) {
            // A lead byte followed by a byte no MS932 character has as its second: every pair is malformed.
            noNul[i] = (byte) (i % 2 == 0 ? 0x81 : 0x7F);
        }
        assertThat(ConformanceValidator.producer().validate(PLAN, new ByteArrayInputStream(noNul)).violations())
                .extracting(Violation::ruleId).containsExactly("ENC-001");
    }

    @Test
    void aListingCapsTheViolationsPerFileAndCountsTheRest() throws Exception {
        CorpusEdit plan = CorpusEdit.of(PLAN).setAll(2, "x").setAll(24, "1");
        FileReport r = ConformanceValidator.producer().validate(PLAN, new ByteArrayInputStream(plan.bytes()));
        int all = r.violations().size();
        assertThat(all).isGreaterThan(3);
        FileReport.Listing l = r.limited(3);
        assertThat(l.listed()).isEqualTo(r.violations().subList(0, 3));
        assertThat(l.omittedCount()).isEqualTo(all - 3L);
        assertThat(l.omitted()).allSatisfy(o -> assertThat(o.count()).isEqualTo(r.violations().subList(3, all)
                .stream().filter(v -> v.ruleId().equals(o.ruleId()) && v.severity() == o.severity()).count()));
        assertThat(l.report().valid()).isFalse();
        assertThat(r.limited(all).omitted()).isEmpty();
        assertThat(r.limited(all).omittedByRule()).isEmpty();
        // Per rule whatever the severity, the most frequent first and equal counts by rule id.
        List<Map.Entry<String, Long>> byRule = List.copyOf(l.omittedByRule().entrySet());
        assertThat(byRule.stream().mapToLong(Map.Entry::getValue).sum()).isEqualTo(l.omittedCount());
        for (Map.Entry<String, Long> e : byRule) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(r.violations().subList(3, all).stream()
                    .filter(v -> v.ruleId().equals(e.getKey())).count());
        }
        for (int i = 1; i < byRule.size(); i++) {
            Map.Entry<String, Long> before = byRule.get(i - 1);
            Map.Entry<String, Long> after = byRule.get(i);
            assertThat(before.getValue() > after.getValue() || before.getValue().equals(after.getValue())
                    && before.getKey().compareTo(after.getKey()) < 0).as(before + " before " + after).isTrue();
        }
    }

    @Test
    void aMalformedFirstPlanRowDoesNotHideTheUsersOtherRows() throws Exception {
        CorpusEdit.of(PLAN).set(1, 5, "").writeTo(dir);
        CorpusEdit.copyValid(ANNEX, dir);
        CorpusEdit.copyValid(SUPPLEMENT, dir);
        assertThat(rules(unit(), Optional.empty())).contains("FLD-REQ").doesNotContain("REL-002");
    }

    @Test
    void theGrandTotalRowCarriesTheAllNinesOffice() throws Exception {
        List<Violation> vs = file(ANNEX, CorpusEdit.of(ANNEX).set(2, 7, "1310000002"));
        assertThat(rules(vs, Optional.of(7))).containsExactly("FLD-7TOTAL");
    }

    @Test
    void aSubtotalIsNeededOnlyForSeveralRowsWithinTheCategoryLimit() throws Exception {
        CorpusEdit outside = CorpusEdit.of(ANNEX).copy(1, 2).copy(1, 2)
                .set(2, 9, "311111").set(2, 18, "").set(3, 9, "311112").set(3, 18, "");
        assertThat(rules(file(ANNEX, outside), Optional.empty())).doesNotContain("FLD-7TOTAL");
        CorpusEdit within = CorpusEdit.of(ANNEX).copy(1, 2).copy(1, 2).set(2, 9, "311111").set(3, 9, "311112");
        assertThat(file(ANNEX, within)).filteredOn(v -> v.ruleId().equals("FLD-7TOTAL")).singleElement()
                .satisfies(v -> assertThat(v.message("en")).contains("31AAAA"));
    }

    @Test
    void anOutOfScopeKindInAFileNameIsAWarning() throws Exception {
        String renamed = "UPJSK_202506_1310000002_33_1310000001_43_20250701100000.CSV";
        assertThat(file(renamed, CorpusEdit.of(ACTUALS))).filteredOn(v -> v.ruleId().equals("FLD-SCOPE"))
                .singleElement().satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.record()).isEmpty();
                });
    }

    @Test
    void aFamilyImageMatchesWhateverTheCaseOfItsExtension() throws Exception {
        for (String n : List.of("UPKIHON_1310000005_46_1310000002_63_20250520110000.CSV",
                "UPKIHON_SUB1_1310000005_46_1310000002_63_20250520110000.CSV",
                "UPKIHON_SUB2_1310000005_46_1310000002_63_20250520110000.CSV",
                "UPYOBO_1310000005_46_1310000002_63_20250520110000.CSV",
                "UPYOBO_SUB_1310000005_46_1310000002_63_20250520110000.CSV")) {
            CorpusEdit.copyValid(n, dir);
        }
        Files.copy(CorpusFolder.valid()
                .resolve("UPKIHON_IMAGE_1310000005_46_1310000002_63_20250520110000_0001.jpg"),
                dir.resolve("UPKIHON_IMAGE_1310000005_46_1310000002_63_20250520110000_0001.JPG"));
        assertThat(rules(unit(), Optional.empty())).doesNotContain("REL-003");
    }
}
