/**
 * Value types of the care-plan standard: office numbers (事業所番号), parties (office + service kind), insurer and
 * insured numbers, service kinds and codes, CSV versions, times, pro-rated days, file kinds and sequence numbers.
 * Each validates at construction and reports a bad value with a message that names the field but never the value.
 */
package dev.careplan.model;
