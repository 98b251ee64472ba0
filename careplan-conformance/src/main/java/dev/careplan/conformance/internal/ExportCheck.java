package dev.careplan.conformance.internal;

import dev.careplan.conformance.Finding;
import dev.careplan.conformance.Finding.Check;
import dev.careplan.conformance.ItemResult;
import dev.careplan.conformance.Scenario;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.SendUnit;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks the files an exporter wrote for a scenario, one step per concern: producer-profile validation, the file
 * names (every expected file there, no other), the send units, and the typed content read back.
 */
public final class ExportCheck {

    private final Scenario scenario;
    private final Path folder;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> rules = new TreeSet<>();

    private ExportCheck(Scenario scenario, Path folder) {
        this.scenario = scenario;
        this.folder = folder;
    }

    /** The result of the scenario for the files in {@code folder} (its subfolders included). */
    public static ItemResult check(Scenario scenario, Path folder) {
        return new ExportCheck(scenario, folder).run();
    }

    /** The result of a scenario whose exporter threw instead of writing. */
    public static ItemResult crashed(Scenario scenario, Throwable t) {
        return new ItemResult(scenario.id(), scenario.descriptionJa(), scenario.descriptionEn(), Set.of(),
                List.of(Finding.of(Check.CRASH, "the exporter threw " + t.getClass().getName())), Set.of());
    }

    private ItemResult run() {
        List<Path> files = files();
        if (files.isEmpty()) {
            findings.add(Finding.of(Check.FILE_NAMES, "no file written"));
        } else {
            validate(files);
            Map<CareplanDocument, Path> matched = names(files);
            units(matched);
            content(matched);
        }
        return new ItemResult(scenario.id(), scenario.descriptionJa(), scenario.descriptionEn(), rules, findings,
                Set.of());
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private void validate(List<Path> files) {
        ValidationReport report = ConformanceValidator.producer().validate(files);
        for (Violation v : report.violations()) {
            if (v.isError()) {
                rules.add(v.ruleId());
                findings.add(Finding.onRule(Check.VALIDATION, v.ruleId(), where(v) + v.messageEn()));
            }
        }
    }

    private static String where(Violation v) {
        String file = v.file().isEmpty() ? "" : v.file();
        String record = v.record().map(r -> " record " + r).orElse("");
        return file.isEmpty() && record.isEmpty() ? "" : file + record + ": ";
    }

    /** Each expected document to the file written for it (same kind, parties and month; the sequence is free). */
    private Map<CareplanDocument, Path> names(List<Path> files) {
        Map<CareplanDocument, Path> matched = new LinkedHashMap<>();
        Set<Path> used = new HashSet<>();
        for (CareplanDocument d : scenario.documents()) {
            Optional<Path> hit = files.stream().filter(f -> !used.contains(f)).filter(f -> CareplanFileName
                    .tryParse(f.getFileName().toString()).filter(n -> sameFile(d, n)).isPresent()).findFirst();
            if (hit.isPresent()) {
                matched.put(d, hit.get());
                used.add(hit.get());
            } else {
                findings.add(Finding.of(Check.FILE_NAMES, "missing " + d.fileKind().prefix() + " ("
                        + d.fileKind().japaneseName() + ") from " + d.sender() + " to " + d.receiver()
                        + d.monthSegment().map(m -> " for " + m).orElse("")));
            }
        }
        for (Path f : files) {
            if (!used.contains(f)) {
                findings.add(Finding.of(Check.FILE_NAMES, "unexpected file " + folder.relativize(f)));
            }
        }
        return matched;
    }

    private static boolean sameFile(CareplanDocument d, CareplanFileName n) {
        return n.kind() == d.fileKind() && n.sender().equals(d.sender()) && n.receiver().equals(d.receiver())
                && n.month().equals(d.monthSegment());
    }

    /** One sequence number per expected send unit, a different one per unit, and every unit complete. */
    private void units(Map<CareplanDocument, Path> matched) {
        Map<String, Integer> unitOfSequence = new LinkedHashMap<>();
        List<List<CareplanDocument>> units = scenario.sendUnits();
        for (int u = 0; u < units.size(); u++) {
            Set<String> sequences = new LinkedHashSet<>();
            for (CareplanDocument d : units.get(u)) {
                Path f = matched.get(d);
                if (f != null) {
                    sequences.add(CareplanFileName.parse(f.getFileName().toString()).sequence().value());
                }
            }
            if (sequences.size() > 1) {
                findings.add(Finding.of(Check.SEND_UNITS, "send unit " + (u + 1) + " has " + sequences.size()
                        + " sequence numbers (ファイル連番); its files must share one"));
            }
            for (String s : sequences) {
                Integer other = unitOfSequence.putIfAbsent(s, u);
                if (other != null && other != u) {
                    findings.add(Finding.of(Check.SEND_UNITS, "send units " + (other + 1) + " and " + (u + 1)
                            + " share a sequence number; each send unit needs its own"));
                }
            }
        }
        List<CareplanFileName> names = matched.values().stream()
                .map(f -> CareplanFileName.parse(f.getFileName().toString())).toList();
        for (SendUnit unit : SendUnit.group(names)) {
            if (!unit.isComplete()) {
                findings.add(Finding.of(Check.SEND_UNITS, "send unit " + unit.sequence().value()
                        + " lacks " + unit.missingKinds().stream().map(k -> k.prefix() + " (" + k.japaneseName() + ")")
                        .toList()));
            }
        }
    }

    private void content(Map<CareplanDocument, Path> matched) {
        matched.forEach((d, f) -> {
            try {
                Optional<List<CareplanRecord>> rows = TypedRows.read(f);
                if (rows.isPresent()) {
                    TypedRows.difference(d.rows(), rows.get()).ifPresent(diff -> findings.add(Finding.of(
                            Check.CONTENT, f.getFileName() + ": " + diff)));
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                findings.add(Finding.of(Check.CONTENT, f.getFileName() + ": " + e.getMessage()));
            }
        });
    }
}
