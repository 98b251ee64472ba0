package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What the 第7表 of one user and month is computed from: the user's 第6表 rows (予定 or 実績), the
 * 区分支給限度基準額 that applies, and the user's 利用者負担割合.
 *
 * @param user        the user
 * @param month       the service month
 * @param rows        the 第6表 rows of the user and month
 * @param limitUnits  区分支給限度基準額 in units
 * @param copay       利用者負担割合 (1割/2割/3割)
 */
public record UserMonth(InsuredNumber user, YearMonth month, List<ServiceUseRecord> rows, int limitUnits,
        CopayShare copay) {

    /** Checks that nothing is null, that every row is of the user and month, and copies the rows. */
    public UserMonth {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(copay, "copay");
        rows = List.copyOf(rows);
        if (limitUnits < 0) {
            throw new IllegalArgumentException("区分支給限度基準額 must not be negative");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).insuredNumber().equals(user) || !rows.get(i).targetYearMonth().equals(month)) {
                throw new BenefitInputException("row " + (i + 1) + " is of another user or month (No.3/No.5)");
            }
        }
    }

    /**
     * The user's month with the limit of the 利用者補足情報: its 区分支給限度基準額 (No.19) when present, else the
     * limit of its 要介護状態区分 (No.18) from {@link BenefitLimits} (as the issue asks: the care level's limit when
     * No.19 is absent).
     *
     * @throws BenefitInputException when the record has neither No.19 nor No.18
     */
    public static UserMonth of(List<ServiceUseRecord> rows, SupplementaryUserRecord supplement, YearMonth month,
            CopayShare copay) {
        int limit = supplement.benefitLimitUnits().orElseGet(() -> supplement.careLevel().map(BenefitLimits::limitOf)
                .orElseThrow(() -> new BenefitInputException("利用者補足情報 of " + supplement.insuredNumber()
                        + " has neither 区分支給限度基準額 (No.19) nor 要介護状態区分 (No.18)")));
        return new UserMonth(supplement.insuredNumber(), month, rows.stream()
                .filter(r -> r.insuredNumber().equals(supplement.insuredNumber())).toList(), limit, copay);
    }

    /** The user's month with the limit of a care level. */
    public static UserMonth of(InsuredNumber user, YearMonth month, List<ServiceUseRecord> rows, CareLevel level,
            CopayShare copay) {
        return new UserMonth(user, month, rows, BenefitLimits.limitOf(level), copay);
    }

    /** Masked. */
    @Override
    public String toString() {
        return "UserMonth[" + user + " " + month + ", " + rows.size() + " rows, limit " + limitUnits + "]";
    }
}
