package dev.careplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.validation.CareplanValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyPlanExampleTest {

    @Test
    void buildsAValidPlanAndPrintsIt() {
        ServiceUsePlanDocument plan = MonthlyPlanExample.buildPlan(YearMonth.of(2025, 6),
                LocalDateTime.of(2025, 5, 25, 9, 30));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var violations = MonthlyPlanExample.printAndValidate(plan, CareplanValidator.shared(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(violations).isEmpty();
        // June 2025: 5 Mondays + 4 Thursdays of 訪問介護, 4 Wednesdays of 通所介護, 4 Tuesdays, 1 rental row.
        assertThat(plan.rows()).hasSize(5 + 4 + 4 + 4 + 1);
        assertThat(out).contains("訪問介護").contains("通所介護").contains("福祉用具貸与")
                .contains("valid: 18 rows, 0 violations")
                .doesNotContain("1000012345").doesNotContain("H000067890");
    }
}
