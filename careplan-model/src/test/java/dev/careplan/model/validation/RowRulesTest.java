package dev.careplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.Fixtures;
import dev.careplan.model.kyotaku.KindLimitSlot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The direct cross-field check agrees with the Jakarta constraints: same rules, fields, severities, messages. */
class RowRulesTest {

    @Test
    void agreesWithTheJakartaConstraintsOnEveryCrossFieldRule() {
        List<CareplanRecord> rows = List.of(
                Fixtures.rental().taisCode(null).build(),
                Fixtures.homeHelpVisit(1).serviceDate(LocalDate.of(2025, 7, 1)).build(),
                Fixtures.homeHelpVisit(1).proratedDayFlags(ProratedDays.ofDays(31)).build(),
                Fixtures.homeHelpVisit(1).detailSeqNo(1).build(),
                Fixtures.homeHelpVisit(1).serviceStartTime(ServiceTime.of("1100")).build(),
                Fixtures.sheet3().serviceStartTime(ServiceTime.of("1800")).build(),
                Fixtures.supplement().planCreatedDate(Fixtures.PLAN_DATE).build(),
                Fixtures.supplement().kindLimit(4, KindLimitSlot.of(ServiceKind.DAY_SERVICE, 1, 1, 0)).build(),
                Fixtures.grandTotal().units(5).build(),
                Fixtures.annexDetail().officeCode(OfficeNumber.of("1310000001")).build(),
                Fixtures.homeHelpVisit(2).build());
        CareplanValidator jakarta = CareplanValidator.shared();
        for (CareplanRecord row : rows) {
            List<Violation> fast = RowRules.check(row);
            List<Violation> full = jakarta.validate(row);
            assertThat(fast).as(row.getClass().getSimpleName()).hasSameSizeAs(full);
            for (int i = 0; i < fast.size(); i++) {
                Violation a = fast.get(i);
                Violation b = full.get(i);
                assertThat(a.ruleId()).isEqualTo(b.ruleId());
                assertThat(a.severity()).isEqualTo(b.severity());
                assertThat(a.field()).isEqualTo(b.field());
                assertThat(a.messageJa()).isEqualTo(b.messageJa());
                assertThat(a.messageEn()).isEqualTo(b.messageEn());
            }
        }
    }
}
