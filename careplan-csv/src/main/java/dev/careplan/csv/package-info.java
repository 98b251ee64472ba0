/**
 * The CSV side of the care-plan standard: {@link dev.careplan.csv.CareplanCsvReader} (streaming, strict MS932),
 * {@link dev.careplan.csv.CareplanCsvWriter} (MS932, quoting, atomic files), {@link dev.careplan.csv.RecordCodec}
 * (text ↔ typed rows), {@link dev.careplan.model.CareplanFileName} ({@link dev.careplan.csv.FileNameCheck}), {@link dev.careplan.csv.SendUnit} and the
 * {@link dev.careplan.csv.ConformanceValidator}, which reports {@link dev.careplan.model.validation.Violation}s with
 * the rule ids of the rule catalogue ({@link dev.careplan.csv.RuleCatalogue}) under a producer or consumer
 * {@link dev.careplan.csv.ValidationPolicy}.
 */
package dev.careplan.csv;
