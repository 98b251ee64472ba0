/**
 * The conformance kit (適合性確認キット): the conformance corpus and typed scenarios as an artifact, JUnit 5 extensions
 * with which a vendor checks its own exporter and importer, and the conformance report (適合性レポート).
 */
module dev.careplan.conformance {
    requires transitive dev.careplan.csv;
    requires transitive org.junit.jupiter.api;
    requires dev.careplan.benefit;
    requires com.fasterxml.jackson.databind;

    exports dev.careplan.conformance;
    // JUnit instantiates the (package-private) extensions named by the kit's annotations.
    opens dev.careplan.conformance to org.junit.platform.commons;
}
