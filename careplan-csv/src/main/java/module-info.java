/** Spec-exact MS932 CSV reader and writer, file names, send units and the conformance validator. */
module dev.careplan.csv {
    requires transitive dev.careplan.model;

    exports dev.careplan.csv;
    exports dev.careplan.csv.spec;
}
