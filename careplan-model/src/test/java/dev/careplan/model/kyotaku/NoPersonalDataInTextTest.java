package dev.careplan.model.kyotaku;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.ServiceKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The text form of every row and document kind ends up in logs and exception messages, so it must not carry the
 * user's name, the full insured number or the birth date (personal care data).
 */
class NoPersonalDataInTextTest {

    private static final List<String> SECRETS = List.of("0000123456", "H123456789", "山田", "髙子", "1940");

    private static void assertNoPersonalData(Object value) {
        String text = value.toString();
        assertThat(text).as(value.getClass().getSimpleName()).isNotBlank();
        for (String secret : SECRETS) {
            assertThat(text).as(value.getClass().getSimpleName()).doesNotContain(secret);
        }
    }

    @Test
    void everyRowKindMasksItsUser() {
        List<Object> rows = List.of(
                Fixtures.supplement().build(),
                Fixtures.sheet1().build(),
                new CarePlanSheet1DeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA,
                        Fixtures.PLAN_DATE),
                Fixtures.sheet2().build(),
                Fixtures.sheet3().build(),
                Fixtures.homeHelpVisit(2).build(),
                Fixtures.homeHelpVisit(3).insuredNumber(Fixtures.PUBLIC_ASSISTANCE).build(),
                new ServiceUsePlanDeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA, Fixtures.MONTH),
                new ActualsDeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA, Fixtures.MONTH,
                        Fixtures.HOME_HELP_OFFICE, ServiceKind.HOME_HELP),
                Fixtures.annexDetail().build());
        rows.forEach(NoPersonalDataInTextTest::assertNoPersonalData);
    }

    @Test
    void documentsShowNoRowContent() {
        assertNoPersonalData(Fixtures.plan());
        assertNoPersonalData(new SupplementaryUserDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Optional.of(Fixtures.MONTH), List.of(Fixtures.supplement().build())));
        assertNoPersonalData(new CarePlanSheet1Document(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, List.of(Fixtures.sheet1().build())));
    }
}
