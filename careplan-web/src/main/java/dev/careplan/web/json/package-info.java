/**
 * The JSON documents of the SDK's reports, one home for each shape: the validation report (schema
 * {@code careplan-report/1}, {@link dev.careplan.web.json.ValidationReportJson}) and the 給付管理 results
 * ({@link dev.careplan.web.json.BenefitJson}), written alike by the command line and by the HTTP API.
 */
package dev.careplan.web.json;
