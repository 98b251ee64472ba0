/**
 * Runnable examples, one per task a care-software vendor has: {@link dev.careplan.examples.ExportMonthExample}
 * (export a month's 第6表/第7表), {@link dev.careplan.examples.ImportActualsExample} (import received 実績),
 * {@link dev.careplan.examples.ValidateBeforeSendingExample} (show violations to a user),
 * {@link dev.careplan.examples.SealAndOpenExample}, {@link dev.careplan.examples.FolderHandOffExample} (desktop
 * client folders), and {@link dev.careplan.examples.MonthlyExchangeDemo} (send and receive through the relay: the
 * whole month, run by {@code careplan demo}).
 */
package dev.careplan.examples;
