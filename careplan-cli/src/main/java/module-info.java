/** The careplan command-line tool. Shipped as one runnable jar; the module exports nothing. */
module dev.careplan.cli {
    requires dev.careplan.model;
    requires dev.careplan.csv;
    requires dev.careplan.crypto;
    requires dev.careplan.transport;
    requires dev.careplan.relay;
    requires dev.careplan.benefit;
    requires dev.careplan.conformance;
    requires dev.careplan.web;
    requires dev.careplan.examples;
    requires info.picocli;
    requires java.logging;
    requires com.fasterxml.jackson.databind;


    opens dev.careplan.cli to info.picocli;
}
