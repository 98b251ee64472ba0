package dev.careplan.benefit;

/**
 * The totals of one user's 第7表 (the figures of its {@code 999999} row).
 *
 * @param serviceUnits     Σ サービス単位金額 (No.17) of the detail rows
 * @param managementUnits  給付管理単位数 (No.18): units counted against the 区分支給限度
 * @param excessUnits      区分支給限度基準超単位数 (No.21)
 * @param withinUnits      区分支給限度基準内単位数 (No.22), including services outside the limit
 * @param totalCost        費用総額 (No.24)
 * @param claim            保険／事業費請求額 (No.26)
 * @param copayCovered     利用者負担（保険対象分）(No.28)
 * @param copayFullBurden  利用者負担（全額負担分）(No.29)
 */
public record AnnexTotals(int serviceUnits, int managementUnits, int excessUnits, int withinUnits, long totalCost,
        long claim, long copayCovered, long copayFullBurden) {

    /** What the user pays: 保険対象分 + 全額負担分. */
    public long userPays() {
        return copayCovered + copayFullBurden;
    }
}
