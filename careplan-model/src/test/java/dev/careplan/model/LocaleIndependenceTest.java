package dev.careplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values written into files (and file names) do not depend on the machine's locale: a locale whose digits are not ASCII (Arabic
 * in Egypt, Thai with Thai digits) must not change a service time (サービス提供時間) or a sequence number.
 */
class LocaleIndependenceTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void serviceTimesAreAsciiDigitsInEveryLocale() {
        for (Locale l : new Locale[] {Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"),
            Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("tr-TR")}) {
            Locale.setDefault(l);
            assertThat(ServiceTime.of(LocalTime.of(9, 5)).code()).as(l.toLanguageTag()).isEqualTo("0905");
            assertThat(ServiceTime.of(LocalTime.MIDNIGHT).code()).as(l.toLanguageTag()).isEqualTo("0000");
        }
    }

    @Test
    void sequenceNumbersAreAsciiDigitsInEveryLocale() {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        assertThat(SequenceNumber.of(java.time.LocalDateTime.of(2028, 2, 29, 23, 5, 9)).value())
                .isEqualTo("20280229230509");
    }

    @Test
    void fileNamesAreAsciiDigitsInAnArabicLocale() {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        CareplanFileName name = CareplanFileName.of(FileKind.UPPLAN, java.util.Optional.of(
                java.time.YearMonth.of(2028, 2)), Party.of("1310000001", "43"), Party.of("1310000002", "11"),
                SequenceNumber.of(java.time.LocalDateTime.of(2028, 1, 25, 9, 30)));
        assertThat(name.format()).isEqualTo("UPPLAN_202802_1310000001_43_1310000002_11_20280125093000.CSV");
    }
}
