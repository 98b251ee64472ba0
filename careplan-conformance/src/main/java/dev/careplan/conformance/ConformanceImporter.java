package dev.careplan.conformance;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.TestTemplate;

/**
 * A vendor's importer under test (取込側の適合性確認): implement {@link #importFiles} in a test class annotated with
 * {@link ImporterConformance}, and every case of {@link ConformanceCorpus#load()} runs as its own test: a conformant
 * delivery must be accepted with its content unchanged, one that breaks a rule refused, and neither may throw.
 */
public interface ConformanceImporter extends ConformanceSubject {

    /**
     * Imports one delivery as the vendor's software does, and says what happened.
     *
     * @param files the delivery's files, in name order, in a folder of the case's own
     * @return accepted with the rows imported, or refused with rule ids or a reason
     * @throws Exception counts as a crash: an importer must refuse bad input, not throw
     */
    ImportOutcome importFiles(List<Path> files) throws Exception;

    /** One test per corpus case; run by {@link ImporterConformance}, which names and checks each. */
    @TestTemplate
    default void importerConformance(CaseRun run) {
        run.check(this);
    }
}
