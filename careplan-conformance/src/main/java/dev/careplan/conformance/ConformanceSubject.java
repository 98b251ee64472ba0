package dev.careplan.conformance;

import java.time.Clock;

/**
 * What the exporter and importer under test (確認対象) have in common: the clock of their report. One interface, so
 * that a vendor's class can implement {@link ConformanceExporter} and {@link ConformanceImporter} at once.
 */
public interface ConformanceSubject {

    /**
     * The clock whose date the report carries: the system's by default; a test of the kit passes a fixed one, so
     * that its report does not depend on the day it runs.
     */
    default Clock reportClock() {
        return Clock.systemDefaultZone();
    }
}
