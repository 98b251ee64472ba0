/**
 * Jakarta Validation of the model: custom constraints tied to the rule ids of the standard's rule catalogue, and
 * {@link dev.careplan.model.validation.CareplanValidator}, which reports {@link
 * dev.careplan.model.validation.Violation}s (the one violation type of the SDK, also the CSV validator's) whose
 * messages {@link dev.careplan.model.validation.RuleMessages} renders in Japanese or English.
 */
package dev.careplan.model.validation;
