package dev.careplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values written into files do not depend on the machine's locale: a locale whose digits are not ASCII (Arabic
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
}
