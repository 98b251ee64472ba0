package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.DAY_SERVICE_15;
import static dev.careplan.benefit.Rows.HOME_HELP_11;
import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.dayService;
import static dev.careplan.benefit.Rows.row;
import static dev.careplan.benefit.Rows.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.benefit.BenefitStatementPreview.Basis;
import dev.careplan.benefit.BenefitStatementPreview.CreationKind;
import dev.careplan.benefit.BenefitStatementPreview.Key;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenefitStatementPreviewTest {

    private static final AnnexCalculator SCOPE = AnnexCalculator.builder().master(ServiceCodeMaster.sample())
            .createdDate(LocalDate.of(2025, 5, 26)).build();
    private static final Party DOCTOR_31 = new Party(OfficeNumber.of("1310000006"), ServiceKind.of("31"));

    private static Reconciliation month() {
        // Home help: 3 planned, 2 delivered (500). Day service: no 実績 yet (plan 658). Doctor: outside the limit.
        var doctor = row(7).serviceCode(ServiceCode.of("311111")).units(515).serviceOfficeNumber(DOCTOR_31.office())
                .build();
        return Reconciler.standard().reconcile(MONTH, List.of(visit(2), visit(5), visit(9), dayService(4), doctor),
                List.of(visit(2), visit(5), doctor), Set.of(HOME_HELP_11, DOCTOR_31));
    }

    @Test
    void actualsWhereReportedThePlanElseAndNothingOutsideTheLimit() {
        BenefitStatementPreview p = BenefitStatementPreview.of(month(), SCOPE);
        assertThat(p.lines()).containsExactly(
                new BenefitStatementPreview.Line(new Key(USER_A, HOME_HELP_11), 500, Basis.ACTUAL, CreationKind.NEW),
                new BenefitStatementPreview.Line(new Key(USER_A, DAY_SERVICE_15), 658, Basis.PLAN, CreationKind.NEW));
        assertThat(p.toCsv(true)).contains("202506,********45,1310000002,11,500,ACTUAL,1\r\n")
                .doesNotContain("1000012345");
        assertThat(p.toCsv(false)).contains("202506,1000012345,1310000003,15,658,PLAN,1\r\n");
    }

    @Test
    void againstAPreviousStatementOnlyChangesAreSent() {
        Party gone = new Party(OfficeNumber.of("1310000009"), ServiceKind.of("11"));
        BenefitStatementPreview p = BenefitStatementPreview.correcting(month(), SCOPE, Map.of(
                new Key(USER_A, HOME_HELP_11), 750, new Key(USER_A, DAY_SERVICE_15), 658, new Key(USER_A, gone), 250));
        assertThat(p.lines()).extracting(l -> l.key().provider() + " " + l.units() + " " + l.kind())
                .containsExactly("1310000002:11 500 CORRECTION", "1310000009:11 0 CANCEL");
    }
}
