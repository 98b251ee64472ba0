/** Runnable examples, one per task a care-software vendor has, and the end-to-end exchange demo. */
module dev.careplan.examples {
    requires dev.careplan.model;
    requires dev.careplan.csv;
    requires dev.careplan.crypto;
    requires dev.careplan.transport;
    requires dev.careplan.relay;
    requires dev.careplan.benefit;
    // ImageIO, to draw the family-composition picture of PreventionPlanExample.
    requires java.desktop;

    exports dev.careplan.examples;
}
