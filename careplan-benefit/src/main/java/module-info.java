/**
 * 給付管理 (benefit management) of a care-management office: the reconciliation of the 第6表 予定 with the
 * providers' 実績, the 第7表 (区分支給限度管理・利用者負担計算) calculation and its check, and the 給付管理票 preview.
 */
module dev.careplan.benefit {
    requires transitive dev.careplan.model;
    requires transitive dev.careplan.csv;

    exports dev.careplan.benefit;
}
