package dev.careplan.model;

import static dev.careplan.model.testing.TextGen.ALPHA;
import static dev.careplan.model.testing.TextGen.DIGITS;
import static dev.careplan.model.testing.TextGen.UPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.careplan.model.code.CareLevel;
import dev.careplan.model.code.CodeList;
import dev.careplan.model.code.Sex;
import dev.careplan.model.testing.TextGen;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every value type accepts its valid forms and rejects invalid ones with a message that names the field. */
class ValueTypesProperties {

    private static final String NON_DIGIT_ALPHABET = "aZ-_ 　０１Ｈh/.:";

    /** Printable ASCII and a few look-alikes of digits and separators, up to 16 characters. */
    private static Gen<String> anyText() {
        return TextGen.of(TextGen.range(' ', '~') + NON_DIGIT_ALPHABET, 0, 16);
    }

    @Test
    void insurerNumberIsSixDigits() {
        qt().forAll(TextGen.of(DIGITS, 6))
                .checkAssert(digits -> assertThat(InsurerNumber.of(digits).value()).isEqualTo(digits));
    }

    @Test
    void insurerNumberRejectsEverythingElse() {
        qt().forAll(anyText()).checkAssert(this::insurerNumberRejectsEverythingElse);
    }

    private void insurerNumberRejectsEverythingElse(String text) {
        boolean valid = text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (valid) {
            assertThat(InsurerNumber.of(text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> InsurerNumber.of(text)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("保険者番号").hasMessageContaining("6 half-width digits");
        }
    }

    @Test
    void insuredNumberTenDigitsOrHPlusNine() {
        qt().forAll(TextGen.of(DIGITS, 9), TextGen.of(DIGITS, 1))
                .checkAssert(this::insuredNumberTenDigitsOrHPlusNine);
    }

    private void insuredNumberTenDigitsOrHPlusNine(String nine, String first) {
        assertThat(InsuredNumber.of(first + nine).isPublicAssistanceOnly()).isFalse();
        InsuredNumber h = InsuredNumber.of("H" + nine);
        assertThat(h.isPublicAssistanceOnly()).isTrue();
        assertThat(h.toString()).doesNotContain(nine).endsWith(nine.substring(7));
    }

    @Test
    void insuredNumberRejectsOtherForms() {
        qt().forAll(anyText()).checkAssert(this::insuredNumberRejectsOtherForms);
    }

    private void insuredNumberRejectsOtherForms(String text) {
        boolean digits10 = text.length() == 10 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        boolean h9 = text.length() == 10 && text.charAt(0) == 'H'
                && text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits10 || h9) {
            return;
        }
        assertThatThrownBy(() -> InsuredNumber.of(text)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    InvalidValueException ive = (InvalidValueException) e;
                    assertThat(ive.fieldNameJa()).isEqualTo("被保険者番号");
                    assertThat(ive.japaneseMessage()).contains("生活保護単独");
                    if (text.length() >= 4) {
                        assertThat(ive.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void lowerCaseHIsNotPublicAssistance() {
        assertThatThrownBy(() -> InsuredNumber.of("h123456789")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InsuredNumber.of("H12345678A")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void serviceKindAcceptsTwoUpperAlphanumerics() {
        qt().forAll(TextGen.of(DIGITS + UPPER, 2)).checkAssert(code -> {
            ServiceKind kind = ServiceKind.of(code);
            assertThat(kind.code()).isEqualTo(code);
            assertThat(kind.isKnown()).isEqualTo(ServiceKind.known(code).isPresent());
        });
    }

    @Test
    void serviceKindRejectsOtherForms() {
        qt().forAll(anyText()).checkAssert(this::serviceKindRejectsOtherForms);
    }

    private void serviceKindRejectsOtherForms(String text) {
        if (text.length() == 2 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return;
        }
        assertThatThrownBy(() -> ServiceKind.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("サービス種類コード");
    }

    @Test
    void serviceKindScopeFollowsCodesMd() {
        assertThat(ServiceKind.of("11").name()).contains("訪問介護");
        assertThat(ServiceKind.of("11").kyotakuLinkage()).isEqualTo(Linkage.LINKED);
        assertThat(ServiceKind.of("33").isLinked()).isFalse();
        assertThat(ServiceKind.of("27").isLinked()).isTrue();
        assertThat(ServiceKind.of("2A").kyotakuLinkage()).isEqualTo(Linkage.LINKED);
        assertThat(ServiceKind.of("67").yoboLinkage()).isEqualTo(Linkage.LINKED);
        assertThat(ServiceKind.of("A8").yoboLinkage()).isEqualTo(Linkage.LINKED);
        assertThat(ServiceKind.of("59").kyotakuLinkage()).isEqualTo(Linkage.OUT_OF_SCOPE);
        assertThat(ServiceKind.of("59").yoboLinkage()).isEqualTo(Linkage.OUT_OF_SCOPE);
        assertThat(ServiceKind.of("43").isKnown()).isTrue();
        assertThat(ServiceKind.of("43").isLinked()).isFalse();
        assertThat(ServiceKind.of("ZZ").isKnown()).isFalse();
        assertThat(ServiceKind.of("ZZ").name()).isEmpty();
        assertThat(ServiceKind.of("17").requiresEquipmentCode()).isTrue();
        assertThat(ServiceKind.of("67").requiresEquipmentCode()).isTrue();
        assertThat(ServiceKind.knownKinds()).hasSize(34 + 20 - 2 + 8 + 3);
    }

    @Test
    void serviceCodeSplitsKindAndItem() {
        qt().forAll(TextGen.of(DIGITS, 6)).checkAssert(code -> {
            ServiceCode sc = ServiceCode.of(code);
            assertThat(sc.kind().code()).isEqualTo(code.substring(0, 2));
            assertThat(sc.item()).isEqualTo(code.substring(2));
            assertThat(sc.isDetail()).isEqualTo(!code.equals("999999"));
        });
    }

    @Test
    void serviceCodeRejectsOtherForms() {
        qt().forAll(anyText()).checkAssert(this::serviceCodeRejectsOtherForms);
    }

    private void serviceCodeRejectsOtherForms(String text) {
        if (text.length() == 6 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return;
        }
        assertThatThrownBy(() -> ServiceCode.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("サービスコード");
    }

    @Test
    void summaryCodesOfTheAnnex() {
        assertThat(ServiceCode.of("11AAAA").summary()).isEqualTo(ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT);
        assertThat(ServiceCode.of("15EEEE").summary()).isEqualTo(ServiceCode.Summary.SUBTOTAL_OUTSIDE_LIMIT);
        assertThat(ServiceCode.of("21ZZZZ").summary()).isEqualTo(ServiceCode.Summary.SUBTOTAL_OVER_30_DAYS);
        assertThat(ServiceCode.GRAND_TOTAL.summary()).isEqualTo(ServiceCode.Summary.GRAND_TOTAL);
        assertThat(ServiceCode.subtotal(ServiceKind.HOME_HELP, ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT))
                .isEqualTo(ServiceCode.of("11AAAA"));
        assertThatThrownBy(() -> ServiceCode.subtotal(ServiceKind.HOME_HELP, ServiceCode.Summary.DETAIL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvVersionIsAYearMonth() {
        qt().forAll(integers().between(2000, 2099), integers().between(0, 19))
                .checkAssert(this::csvVersionIsAYearMonth);
    }

    private void csvVersionIsAYearMonth(int year, int month) {
        String value = String.format(Locale.ROOT, "%04d%02d", year, month);
        if (month >= 1 && month <= 12) {
            assertThat(CsvVersion.of(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> CsvVersion.of(value)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("CSVバージョン");
        }
    }

    @Test
    void csvVersionHistory() {
        assertThat(CsvVersion.V4_1.isKnown()).isTrue();
        assertThat(CsvVersion.of("202101").isKnown()).isFalse();
        assertThat(CsvVersion.inForceFor(YearMonth.of(2025, 4))).contains(CsvVersion.V4_1);
        assertThat(CsvVersion.inForceFor(YearMonth.of(2025, 3))).contains(CsvVersion.V3);
        assertThat(CsvVersion.inForceFor(YearMonth.of(2020, 9))).contains(CsvVersion.of("201910"));
        assertThat(CsvVersion.inForceFor(YearMonth.of(2019, 1))).isEmpty();
        assertThatThrownBy(() -> CsvVersion.of("20240７")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void serviceTimeRoundTripsEveryMinute() {
        qt().forAll(integers().between(0, 23), integers().between(0, 59)).checkAssert((h, m) -> {
            ServiceTime t = ServiceTime.of(LocalTime.of(h, m));
            assertThat(ServiceTime.of(t.code())).isEqualTo(t);
            assertThat(t.time()).contains(LocalTime.of(h, m));
            assertThat(t.minuteOfDay()).contains(h * 60 + m);
        });
    }

    @Test
    void serviceTimeRejectsImpossibleTimes() {
        qt().forAll(integers().between(0, 99), integers().between(0, 99)).checkAssert((h, m) -> {
            String code = String.format(Locale.ROOT, "%02d%02d", h, m);
            boolean valid = (h < 24 && m < 60) || (h == 24 && m == 0) || code.equals("9999");
            if (!valid) {
                assertThatThrownBy(() -> ServiceTime.of(code)).isInstanceOf(InvalidValueException.class)
                        .hasMessageContaining("9999");
            }
        });
    }

    @Test
    void serviceTimeSpecialValues() {
        assertThat(ServiceTime.of("9999").isNone()).isTrue();
        assertThat(ServiceTime.of("9999").time()).isEmpty();
        assertThat(ServiceTime.of("2400").isEndOfDay()).isTrue();
        assertThat(ServiceTime.of("2400").minuteOfDay()).contains(1440);
        assertThatThrownBy(() -> ServiceTime.of("930")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ServiceTime.of("09:30")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void proratedDaysRoundTrip() {
        qt().forAll(TextGen.of("01", 31)).checkAssert(flags -> {
            ProratedDays p = ProratedDays.of(flags);
            assertThat(p.code()).isEqualTo(flags);
            for (int d = 1; d <= 31; d++) {
                assertThat(p.isProrated(d)).isEqualTo(flags.charAt(d - 1) == '1');
            }
        });
    }

    @Test
    void proratedDaysRejectsOtherForms() {
        qt().forAll(TextGen.of("012", 0, 40)).checkAssert(s -> {
            if (s.length() == 31 && s.indexOf('2') < 0) {
                return;
            }
            assertThatThrownBy(() -> ProratedDays.of(s)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("日割対象日").hasMessageContaining("31");
        });
    }

    @Test
    void proratedDaysBeyondTheMonth() {
        assertThat(ProratedDays.ofDays(1, 2, 3, 4, 5).code()).isEqualTo("1111100000000000000000000000000");
        assertThat(ProratedDays.ofDays(29).marksDaysBeyond(YearMonth.of(2025, 2))).isTrue();
        assertThat(ProratedDays.ofDays(29).marksDaysBeyond(YearMonth.of(2024, 2))).isFalse();
        assertThatThrownBy(() -> ProratedDays.ofDays(32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sequenceNumberIsARealDateTime() {
        qt().forAll(integers().between(0, 100_000_000)).checkAssert(seconds -> {
            LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(seconds);
            SequenceNumber s = SequenceNumber.of(t);
            assertThat(SequenceNumber.of(s.value()).dateTime()).isEqualTo(t);
        });
    }

    @Test
    void sequenceNumberRejectsImpossibleDates() {
        assertThatThrownBy(() -> SequenceNumber.of("20250230120000")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ファイル連番");
        assertThatThrownBy(() -> SequenceNumber.of("201910252002011")).isInstanceOf(InvalidValueException.class);
        assertThat(SequenceNumber.of("20191025200201")).isLessThan(SequenceNumber.of("20191025200202"));
    }

    @Test
    void partyParsesOfficeAndKind() {
        qt().forAll(TextGen.of(DIGITS, 10), TextGen.of(DIGITS, 2)).checkAssert((office, kind) -> {
            Party p = Party.parse(office + ":" + kind);
            assertThat(p.office().value()).isEqualTo(office);
            assertThat(p.kind().code()).isEqualTo(kind);
            assertThat(Party.parse(p.toString())).isEqualTo(p);
        });
    }

    @Test
    void partyRejectsTextWithoutOneColon() {
        qt().forAll(TextGen.of(ALPHA, 0, 12))
                .checkAssert(text -> assertThatThrownBy(() -> Party.parse(text))
                        .isInstanceOf(InvalidValueException.class).hasMessageContaining("OFFICE:KIND"));
    }

    @Test
    void partiesWithTheSameOfficeDifferByKind() {
        assertThat(Party.of("0300000100", "43")).isNotEqualTo(Party.of("0300000100", "11"));
    }

    @Test
    void codeListsKeepTheirCodes() {
        assertThat(CareLevel.fromCode("22")).isEqualTo(CareLevel.CARE_2);
        assertThat(CareLevel.CARE_2.label()).isEqualTo("要介護２");
        assertThat(CareLevel.fromCode("06").code()).isEqualTo("06");
        assertThat(CodeList.find(Sex.class, "3")).isEmpty();
        assertThatThrownBy(() -> CareLevel.fromCode("6")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("要介護状態区分").hasMessageContaining("06");
    }

    @Test
    void fileKindsMatchLongestPrefixFirst() {
        assertThat(FileKind.matchName("UPKIHON_SUB1_0300000100_46_0300000005_11_20191025200201.CSV"))
                .contains(FileKind.UPKIHON_SUB1);
        assertThat(FileKind.matchName("UPKIHON_0300000100_46_0300000005_11_20191025200201.CSV"))
                .contains(FileKind.UPKIHON);
        assertThat(FileKind.matchName("UPYOBO_SUB_0300000100_46_0300000005_11_20191025200201.CSV"))
                .contains(FileKind.UPYOBO_SUB);
        assertThat(FileKind.matchName("UPPLANX_201912_0300000100_43_0300000005_11_20191025200201.CSV")).isEmpty();
        assertThat(FileKind.UPHOSOKU.hasMonthSegment()).isTrue();
        assertThat(FileKind.UP1KYO.hasMonthSegment()).isFalse();
        assertThat(FileKind.DLTJSK.isDeletion()).isTrue();
        assertThat(FileKind.values()).hasSize(18);
    }
}
