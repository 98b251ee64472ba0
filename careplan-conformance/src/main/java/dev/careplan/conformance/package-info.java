/**
 * The conformance kit (適合性確認キット) vendors run against their own software: the corpus
 * ({@link dev.careplan.conformance.ConformanceCorpus}) and the typed scenarios
 * ({@link dev.careplan.conformance.Scenarios}) as an artifact; the JUnit 5 extensions
 * {@link dev.careplan.conformance.ExporterConformance} and {@link dev.careplan.conformance.ImporterConformance}, one
 * test per scenario or case; and the conformance report (適合性レポート,
 * {@link dev.careplan.conformance.ConformanceReport}) as JSON and self-contained HTML
 * ({@link dev.careplan.conformance.ConformanceKit}).
 */
package dev.careplan.conformance;
