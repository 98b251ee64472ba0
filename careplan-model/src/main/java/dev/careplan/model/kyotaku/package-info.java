/**
 * Records of the 居宅 flow files, one per CSV row kind (利用者補足情報, 居宅サービス計画1・2・3表, 第6表 予定/実績,
 * 第7表, and the deletions), and one document type per file kind.
 */
package dev.careplan.model.kyotaku;
