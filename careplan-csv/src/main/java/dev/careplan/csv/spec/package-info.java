/** Spec packs: the standard's CSV layouts of one CSVバージョン, as data loaded by one engine. */
package dev.careplan.csv.spec;
