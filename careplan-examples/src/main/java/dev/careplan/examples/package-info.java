/** Runnable examples, one per task a care-software vendor has with the care-plan standard. */
package dev.careplan.examples;
