package dev.careplan.benefit;

import dev.careplan.benefit.internal.Tables;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.code.CareLevel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of 給付管理 kept as data with their sources: the 区分支給限度基準額 per 要介護状態区分
 * ({@code care-level-limits.tsv}: 要支援1 5,032 … 要介護5 36,217 units, 平成12年厚生省告示第33号) and, per サービス種類,
 * its 人件費割合 group and whether it is counted against the 区分支給限度 ({@code service-kinds.tsv}).
 */
public final class BenefitLimits {

    private static final Map<String, Integer> LIMITS = new HashMap<>();
    private static final Map<String, LaborShare> SHARES = new HashMap<>();
    private static final Map<String, Boolean> LIMITED = new HashMap<>();

    static {
        for (String[] row : Tables.read("care-level-limits.tsv")) {
            LIMITS.put(row[0], Integer.parseInt(row[1]));
        }
        for (String[] row : Tables.read("service-kinds.tsv")) {
            SHARES.put(row[0], LaborShare.ofPercent(Integer.parseInt(row[1])));
            LIMITED.put(row[0], "1".equals(row[2]));
        }
    }

    private BenefitLimits() {
    }

    /** 区分支給限度基準額 (units per month) of a care level. */
    public static int limitOf(CareLevel level) {
        return LIMITS.get(level.code());
    }

    /** The 人件費割合 group of a service kind, when the table lists the kind. */
    public static Optional<LaborShare> laborShareOf(ServiceKind kind) {
        return Optional.ofNullable(SHARES.get(kind.code()));
    }

    /**
     * Whether the units of a kind count against the 区分支給限度 (false for 居宅療養管理指導 31/34, long-stay 特定施設 and
     * グループホーム, facility services), when the table lists the kind.
     */
    public static Optional<Boolean> countsAgainstLimit(ServiceKind kind) {
        return Optional.ofNullable(LIMITED.get(kind.code()));
    }
}
