package dev.careplan.model;

import static dev.careplan.model.testing.TextGen.DIGITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.careplan.model.testing.TextGen;
import org.junit.jupiter.api.Test;

class OfficeNumberTest {

    @Test
    void acceptsEveryTenDigitString() {
        qt().forAll(TextGen.of(DIGITS, 10))
                .checkAssert(digits -> assertThat(OfficeNumber.of(digits).value()).isEqualTo(digits));
    }

    @Test
    void rejectsOtherLengthsWithoutEchoingTheValue() {
        qt().forAll(TextGen.of(DIGITS, 0, 20)).checkAssert(digits -> {
            if (digits.length() == 10) {
                return;
            }
            assertThatThrownBy(() -> OfficeNumber.of(digits))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("事業所番号")
                    .hasMessageContaining("exactly 10 half-width digits")
                    .satisfies(e -> {
                        if (digits.length() >= 4) {
                            assertThat(e.getMessage()).doesNotContain(digits);
                        }
                    });
        });
    }

    @Test
    void rejectsFullWidthDigits() {
        assertThatThrownBy(() -> OfficeNumber.of("０３０００００１００"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ordersAndPrintsAsDigits() {
        assertThat(OfficeNumber.of("0300000100")).hasToString("0300000100")
                .isLessThan(OfficeNumber.of("0300000101"));
    }
}
