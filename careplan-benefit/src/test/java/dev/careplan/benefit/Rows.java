package dev.careplan.benefit;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.time.YearMonth;

/** Test rows of a fixed month (June 2025), so that no test depends on today's date. */
final class Rows {
    static final YearMonth MONTH = YearMonth.of(2025, 6);
    static final InsuredNumber USER_A = InsuredNumber.of("1000012345");
    static final InsuredNumber USER_B = InsuredNumber.of("H000054321");
    static final OfficeNumber CARE_OFFICE = OfficeNumber.of("1310000001");
    static final OfficeNumber HOME_HELP = OfficeNumber.of("1310000002");
    static final OfficeNumber DAY_SERVICE = OfficeNumber.of("1310000003");
    static final OfficeNumber OTHER_HOME_HELP = OfficeNumber.of("1310000009");
    static final Party HOME_HELP_11 = new Party(HOME_HELP, dev.careplan.model.ServiceKind.of("11"));
    static final Party OTHER_HOME_HELP_11 = new Party(OTHER_HOME_HELP, dev.careplan.model.ServiceKind.of("11"));
    static final Party DAY_SERVICE_15 = new Party(DAY_SERVICE, dev.careplan.model.ServiceKind.of("15"));

    private Rows() {
    }

    /** A row builder with every required field set: user A, 訪問介護 111211 (250 units) on the given day 09:30–10:00. */
    static ServiceUseRecord.Builder row(int day) {
        return ServiceUseRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(InsurerNumber.of("131045"))
                .insuredNumber(USER_A).createdDate(LocalDate.of(2025, 5, 26)).targetYearMonth(MONTH)
                .planOfficeNumber(CARE_OFFICE).planManagerName("担当 花子").serviceDate(MONTH.atDay(day))
                .serviceStartTime(ServiceTime.of("0930")).serviceEndTime(ServiceTime.of("1000")).serviceCount(1)
                .serviceCode(ServiceCode.of("111211")).units(250).serviceOfficeNumber(HOME_HELP)
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE);
    }

    static ServiceUseRecord visit(int day) {
        return row(day).build();
    }

    static ServiceUseRecord dayService(int day) {
        return row(day).serviceCode(ServiceCode.of("151231")).units(658).serviceStartTime(ServiceTime.of("0900"))
                .serviceEndTime(ServiceTime.of("1615")).serviceOfficeNumber(DAY_SERVICE).build();
    }
}
