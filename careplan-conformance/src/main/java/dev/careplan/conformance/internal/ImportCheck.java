package dev.careplan.conformance.internal;

import dev.careplan.conformance.CaseKind;
import dev.careplan.conformance.CorpusCase;
import dev.careplan.conformance.Finding;
import dev.careplan.conformance.Finding.Check;
import dev.careplan.conformance.ImportOutcome;
import dev.careplan.conformance.ItemResult;
import dev.careplan.model.kyotaku.CareplanRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges what an importer did with a corpus case: a delivery valid under the consumer profile must be accepted with
 * the rows the SDK's reader reads from it (each distinct file once); one with an ERROR must be refused. A refusal that names the case's rule
 * agrees with the kit on that rule.
 */
public final class ImportCheck {

    private ImportCheck() {
    }

    /** The result of a case, given the files the importer was fed and what it answered. */
    public static ItemResult judge(CorpusCase c, List<Path> files, ImportOutcome outcome) {
        List<Finding> findings = new ArrayList<>();
        String rule = c.ruleId().orElse("");
        if (c.consumer() == CaseKind.VALID) {
            if (outcome instanceof ImportOutcome.Rejected r) {
                findings.add(finding(rule, "refused a delivery that a consumer must accept"
                        + (r.ruleIds().isEmpty() ? "" : " (cited " + String.join(", ", r.ruleIds().stream().sorted()
                                .toList()) + ")")));
            } else if (outcome instanceof ImportOutcome.Accepted a) {
                List<CareplanRecord> expected = new ArrayList<>();
                for (Path f : distinct(files)) {
                    try {
                        TypedRows.read(f).ifPresent(expected::addAll);
                    } catch (IllegalArgumentException e) {
                        // The case's own file is not typed by the SDK: the content cannot be compared, the verdict can.
                        return result(c, findings, outcome);
                    }
                }
                TypedRows.difference(expected, a.rows()).ifPresent(d -> findings.add(new Finding(Check.CONTENT,
                        c.ruleId(), "imported content differs: " + d)));
            }
        } else if (outcome instanceof ImportOutcome.Accepted) {
            findings.add(finding(rule, "accepted a delivery that breaks " + String.join(", ",
                    c.consumerErrors().stream().sorted().toList())));
        }
        return result(c, findings, outcome);
    }

    /**
     * The files without repeats: a file delivered again under the same name with the same bytes is one delivery
     * (the relay may hand it over twice), imported once.
     */
    public static List<Path> distinct(List<Path> files) {
        Map<String, byte[]> seen = new HashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            try {
                byte[] bytes = Files.readAllBytes(f);
                byte[] before = seen.putIfAbsent(f.getFileName().toString(), bytes);
                if (before == null || !Arrays.equals(before, bytes)) {
                    out.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.getFileName(), e);
            }
        }
        return out;
    }

    /** The result of a case whose importer threw instead of answering. */
    public static ItemResult crashed(CorpusCase c, Throwable t) {
        return result(c, List.of(new Finding(Check.CRASH, c.ruleId(), "the importer threw "
                + t.getClass().getName())), ImportOutcome.rejected("crashed"));
    }

    private static Finding finding(String rule, String message) {
        return rule.isEmpty() ? Finding.of(Check.VERDICT, message) : Finding.onRule(Check.VERDICT, rule, message);
    }

    private static ItemResult result(CorpusCase c, List<Finding> findings, ImportOutcome outcome) {
        Set<String> cited = outcome instanceof ImportOutcome.Rejected r ? r.ruleIds() : Set.of();
        return new ItemResult(c.id(), c.descriptionJa(), c.descriptionEn(),
                c.ruleId().map(Set::of).orElse(Set.of()), findings, cited);
    }
}
