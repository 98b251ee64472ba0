package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File names (ファイル名) are the same whatever the machine's locale, even one whose digits are not ASCII. */
class LocaleIndependenceTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theMonthSegmentIsAsciiDigitsInAnArabicLocale() {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        CareplanFileName name = CareplanFileName.of(FileKind.UPPLAN, Optional.of(YearMonth.of(2028, 2)),
                Party.of("1310000001", "43"), Party.of("1310000002", "11"),
                SequenceNumber.of(LocalDateTime.of(2028, 1, 25, 9, 30)));
        assertThat(name.toString()).isEqualTo("UPPLAN_202802_1310000001_43_1310000002_11_20280125093000.CSV");
    }
}
