/** Runnable examples, one per task a care-software vendor has. */
module dev.careplan.examples {
    requires dev.careplan.model;

    exports dev.careplan.examples;
}
