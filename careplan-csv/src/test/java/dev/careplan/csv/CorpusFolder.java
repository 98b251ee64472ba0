package dev.careplan.csv;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the conformance corpus lives: in the sources of careplan-conformance, its one home, which publishes it as an
 * artifact. careplan-csv cannot depend on that module (it depends on this one), so its tests read the folder from the
 * repository, as the rule tests already read the other modules' sources.
 */
final class CorpusFolder {

    private CorpusFolder() {
    }

    /** The corpus of the CSVバージョン 202407, one folder per case. */
    static Path corpus() {
        Path p = RuleCatalogueTest.repository()
                .resolve("careplan-conformance/src/main/resources/dev/careplan/conformance/corpus/202407");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the conformance corpus is not at " + p);
        }
        return p;
    }

    /** The corpus's conformant case. */
    static Path valid() {
        return corpus().resolve("valid");
    }
}
