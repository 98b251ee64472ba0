package dev.careplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class OfficeNumberTest {

    @Property
    void acceptsEveryTenDigitString(@ForAll @NumericChars @StringLength(10) String digits) {
        assertThat(OfficeNumber.of(digits).value()).isEqualTo(digits);
    }

    @Property
    void rejectsOtherLengthsWithoutEchoingTheValue(@ForAll @NumericChars @StringLength(max = 20) String digits) {
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
