package dev.careplan.benefit;

import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ServiceUseRecord;

/** Small facts about a 第6表 row (予定 or 実績) that 給付管理 uses everywhere. */
public final class ServiceRows {
    private ServiceRows() {
    }

    /**
     * The units a row stands for: 単位数 (No.8) × サービス回数 (No.14). No.8 is the units of one time and No.14 the
     * number of times on the day (riyohyo6.md No.8, No.14), as 第7表 No.17 サービス単位金額 = units × count. An empty
     * 単位数 (allowed in 実績 for percentage add-ons, riyohyo6.md No.8) counts as 0.
     */
    public static int totalUnits(ServiceUseRecord row) {
        return Math.multiplyExact(row.units().orElse(0), row.serviceCount());
    }

    /** The provider of a row: サービス事業者コード (No.20) × the service kind of サービスコード (No.15). */
    public static Party provider(ServiceUseRecord row) {
        return new Party(row.serviceOfficeNumber(), row.serviceCode().kind());
    }
}
