/**
 * 給付管理 (benefit management) API.
 *
 * <ul>
 *   <li>{@link dev.careplan.benefit.Reconciler}: 予定と実績の突合 — matches the 第6表 予定 rows with the 実績 rows of the
 *       same month and reports every difference as a {@link dev.careplan.benefit.Difference};</li>
 *   <li>{@link dev.careplan.benefit.AnnexCalculator}: the 第7表 (区分支給限度管理・利用者負担計算) of one user from 第6表
 *       rows and the user's 利用者補足情報;</li>
 *   <li>{@link dev.careplan.benefit.AnnexOutline}: the outline of a 第7表 (サービス利用票別表) from the planned 第6表
 *       rows — its lines and units without the limit check and the amounts, as sample data sends it;</li>
 *   <li>{@link dev.careplan.benefit.AnnexChecker}: checks a received or exported 第7表 against its own arithmetic and
 *       against the recomputation, with rule ids of the {@code BEN-*} group;</li>
 *   <li>{@link dev.careplan.benefit.BenefitStatementPreview}: the units per provider × service kind that the
 *       給付管理票 will carry;</li>
 *   <li>{@link dev.careplan.benefit.ServiceCodeMaster}: the user-supplied サービスコード master.</li>
 * </ul>
 *
 * <p>Every amount is computed in integers (yen, units, hundredths of a yen for unit prices): the 国保連 checks to
 * the yen, so no floating point is used anywhere. Results hold personal data (insured numbers); their
 * {@code toString} masks it as the model does.
 */
package dev.careplan.benefit;
