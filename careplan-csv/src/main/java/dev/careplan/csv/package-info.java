/** Spec-exact MS932 CSV reading and writing, file names (ファイル名規約), send units (送信単位) and the conformance validator of the care-plan standard. */
package dev.careplan.csv;
