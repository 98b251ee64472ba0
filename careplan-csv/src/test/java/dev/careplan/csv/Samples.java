package dev.careplan.csv;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.code.Sex;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserDocument;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A small realistic 第6表 plan for the CSV tests. */
final class Samples {
    static final YearMonth MONTH = YearMonth.of(2025, 6);
    static final Party CM = Party.of("1310000001", "43");
    static final Party HOME_HELP = Party.of("1310000002", "11");
    static final SequenceNumber SEQ = SequenceNumber.of("20250525093000");

    private Samples() {
    }

    static ServiceUseRecord.Builder row(int day) {
        return ServiceUseRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(InsurerNumber.of("131045"))
                .insuredNumber(InsuredNumber.of("1000012345"))
                .createdDate(LocalDate.of(2025, 5, 20))
                .targetYearMonth(MONTH)
                .planOfficeNumber(CM.office())
                .planManagerName("佐藤 花子")
                .units(250)
                .serviceDate(MONTH.atDay(day))
                .serviceStartTime(ServiceTime.of("0930"))
                .serviceEndTime(ServiceTime.of("1000"))
                .serviceCount(1)
                .serviceCode(ServiceCode.of("111211"))
                .serviceOfficeNumber(HOME_HELP.office())
                .serviceOfficeName("ひまわり訪問介護、\"本店\"")
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                .updaterOfficeNumber(CM.office());
    }

    static ServiceUsePlanDocument plan() {
        return new ServiceUsePlanDocument(CsvVersion.V4_1, CM, HOME_HELP, SEQ, MONTH, List.of(
                row(2).build(),
                row(3).insuredNumber(InsuredNumber.of("H000067890")).proratedDayFlags(ProratedDays.ofDays(1, 2, 3))
                        .build(),
                row(4).serviceCode(ServiceCode.of("171007")).units(300).serviceStartTime(ServiceTime.NONE)
                        .serviceEndTime(ServiceTime.NONE).taisCode("00170-000123").equipmentName("据置型手すり\r\n2台")
                        .detailSeqNo(1).serviceOfficeNumber(OfficeNumber.of("1310000004"))
                        .serviceOfficeName("福祉用具レンタル㈱ 髙﨑").build()));
    }

    /** A 利用者補足情報 row of the plan's send unit. */
    static SupplementaryUserRecord.Builder supplement() {
        return SupplementaryUserRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(InsurerNumber.of("131045"))
                .insuredNumber(InsuredNumber.of("1000012345"))
                .nameKana("ヤマダ タカコ")
                .name("山田 髙子")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1940, 2, 29))
                .phoneNumber("03-1234-5678")
                .targetYearMonth(MONTH);
    }

    /** A 利用者補足情報 file of the plan's send unit with these rows. */
    static SupplementaryUserDocument supplements(SupplementaryUserRecord... rows) {
        return new SupplementaryUserDocument(CsvVersion.V4_1, CM, HOME_HELP, SEQ, Optional.of(MONTH), List.of(rows));
    }
}
