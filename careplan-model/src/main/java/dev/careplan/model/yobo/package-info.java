/**
 * Typed models of the 介護予防 (preventive care) flow: 利用者基本情報 ({@code UPKIHON}) with its 別表1, 別表2 and family
 * images, the 介護予防サービス・支援計画書 ({@code UPYOBO}) with its 別表, their deletions, the documents that carry
 * them, and the send units in which a 地域包括支援センター (or, under 委託, a 居宅介護支援事業所) sends them.
 */
package dev.careplan.model.yobo;
