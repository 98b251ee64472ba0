package dev.careplan.conformance;

import java.util.stream.Collectors;

/** What a failed scenario or case says in the IDE and the build log. */
final class Runs {

    private Runs() {
    }

    static void failOn(ItemResult result) {
        if (!result.passed()) {
            throw new AssertionError(result.id() + " — " + result.descriptionEn() + ":\n  " + result.findings().stream()
                    .limit(20).map(Finding::line).collect(Collectors.joining("\n  "))
                    + (result.findings().size() > 20 ? "\n  … " + (result.findings().size() - 20) + " more" : ""));
        }
    }
}
