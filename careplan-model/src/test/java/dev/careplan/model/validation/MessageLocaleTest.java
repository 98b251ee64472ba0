package dev.careplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.kyotaku.Fixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Both messages come from their own bundle whatever the machine's default locale: on a Japanese desktop the
 * English message must not silently fall back to the Japanese bundle.
 */
class MessageLocaleTest {

    @Test
    void englishStaysEnglishOnAJapaneseMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.JAPAN);
        try (CareplanValidator validator = new CareplanValidator()) {
            List<Violation> v = validator.validate(Fixtures.rental().taisCode(null).build());
            assertThat(v).singleElement().satisfies(m -> {
                assertThat(m.messageEn()).contains("TAIS code");
                assertThat(m.messageJa()).contains("福祉用具届出コード");
            });
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void japaneseStaysJapaneseOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try (CareplanValidator validator = new CareplanValidator()) {
            List<Violation> v = validator.validate(Fixtures.rental().taisCode(null).build());
            assertThat(v).singleElement().satisfies(m -> {
                assertThat(m.messageJa()).contains("福祉用具届出コード");
                assertThat(m.messageEn()).contains("TAIS code");
            });
        } finally {
            Locale.setDefault(before);
        }
    }
}
