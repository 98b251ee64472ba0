/**
 * Jakarta Validation of the model: custom constraints tied to the rule ids of the standard's rule catalogue, and
 * {@link dev.careplan.model.validation.CareplanValidator}, which reports {@link
 * dev.careplan.model.validation.ModelViolation}s with Japanese and English messages.
 */
package dev.careplan.model.validation;
