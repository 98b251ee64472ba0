package dev.careplan.conformance;

import dev.careplan.conformance.internal.ExportCheck;
import dev.careplan.conformance.internal.ImportCheck;
import dev.careplan.conformance.internal.ReportHtml;
import dev.careplan.conformance.internal.ReportJson;
import dev.careplan.conformance.internal.TypedRows;
import dev.careplan.csv.CatalogueRule;
import dev.careplan.csv.RuleCatalogue;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.kyotaku.CareplanRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The conformance kit's checks and reports (適合性確認キット), for callers outside JUnit (the {@code careplan
 * conformance} command, a vendor's own harness): check the files written for a scenario, run a corpus case through
 * an importer, build a report and write it as JSON and HTML. The JUnit extensions {@link ExporterConformance} and
 * {@link ImporterConformance} use the same methods.
 */
public final class ConformanceKit {

    private static final String VERSION = readVersion();

    private ConformanceKit() {
    }

    private static String readVersion() {
        try (InputStream in = ConformanceKit.class.getResourceAsStream("kit.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This kit's version, as written into every report. */
    public static String version() {
        return VERSION;
    }

    /** Checks the files written into {@code folder} for a scenario (producer profile, names, send units, content). */
    public static ItemResult checkExport(Scenario scenario, Path folder) {
        return ExportCheck.check(Objects.requireNonNull(scenario), Objects.requireNonNull(folder));
    }

    /** Runs a scenario through an exporter into {@code folder} and checks what it wrote; a throw is a finding. */
    public static ItemResult runExport(Scenario scenario, ConformanceExporter exporter, Path folder) {
        try {
            Files.createDirectories(folder);
            exporter.export(scenario, folder);
        } catch (Exception e) {
            return ExportCheck.crashed(scenario, e);
        }
        return checkExport(scenario, folder);
    }

    /**
     * Copies a corpus case into {@code folder}, feeds it to an importer and judges the answer; a throw is a
     * finding (an importer must refuse bad input, not throw).
     */
    public static ItemResult runImport(ConformanceCorpus corpus, CorpusCase c, ConformanceImporter importer,
            Path folder) {
        List<Path> files = corpus.copy(c, folder);
        ImportOutcome outcome;
        try {
            outcome = Objects.requireNonNull(importer.importFiles(files), "the importer answered null");
        } catch (Exception e) {
            return ImportCheck.crashed(c, e);
        }
        return ImportCheck.judge(c, files, outcome);
    }

    /**
     * The typed rows of a delivery as the importer kit compares them: each distinct file once (a file delivered
     * again with the same name and bytes counts once), in the order given, images and kinds without typed rows left
     * out. An importer built on this SDK returns them with {@link ImportOutcome#accepted}.
     *
     * @throws IllegalArgumentException naming the file and record when a record cannot be typed
     */
    public static List<CareplanRecord> readRows(List<Path> files) {
        List<CareplanRecord> rows = new ArrayList<>();
        for (Path f : ImportCheck.distinct(files)) {
            try {
                TypedRows.read(f).ifPresent(rows::addAll);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The report of an exporter: one item per scenario, and one rule line per rule the validator checks (a rule
     * fails when the files of a scenario broke it).
     */
    public static ConformanceReport exporterReport(String subject, Clock clock, List<ItemResult> items) {
        List<RuleResult> rules = new ArrayList<>();
        for (CatalogueRule rule : RuleCatalogue.v41().rules()) {
            if (rule.check().checked()) {
                long failed = items.stream().filter(i -> i.rules().contains(rule.id())).count();
                rules.add(new RuleResult(rule.id(), rule.summary(), (int) (items.size() - failed), (int) failed, 0));
            }
        }
        return report(ConformanceReport.Kind.EXPORTER, subject, clock, items, rules);
    }

    /**
     * The report of an importer: one item per corpus case, and one rule line per rule with cases (a rule fails when
     * a case of it was judged wrong; {@code agreed} counts refusals that named it).
     */
    public static ConformanceReport importerReport(String subject, Clock clock, List<ItemResult> items) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.addAll(i.rules().stream().sorted().toList()));
        List<RuleResult> rules = new ArrayList<>();
        for (CatalogueRule rule : RuleCatalogue.v41().rules()) {
            if (!ids.contains(rule.id())) {
                continue;
            }
            List<ItemResult> own = items.stream().filter(i -> i.rules().contains(rule.id())).toList();
            int failed = (int) own.stream().filter(i -> !i.passed()).count();
            int agreed = (int) own.stream().filter(i -> i.cited().contains(rule.id())).count();
            rules.add(new RuleResult(rule.id(), rule.summary(), own.size() - failed, failed, agreed));
        }
        return report(ConformanceReport.Kind.IMPORTER, subject, clock, items, rules);
    }

    private static ConformanceReport report(ConformanceReport.Kind kind, String subject, Clock clock,
            List<ItemResult> items, List<RuleResult> rules) {
        return new ConformanceReport(kind, subject, VERSION, CsvVersion.V4_1.value(), LocalDate.now(clock), items,
                rules);
    }

    /**
     * Writes {@code baseName.json} and {@code baseName.html} into {@code folder} (created when missing), each
     * completely or not at all, and returns both paths.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static List<Path> write(ConformanceReport report, Path folder, String baseName) {
        try {
            Files.createDirectories(folder);
            Path json = replace(folder.resolve(baseName + ".json"), ReportJson.bytes(report));
            Path html = replace(folder.resolve(baseName + ".html"),
                    ReportHtml.page(report).getBytes(StandardCharsets.UTF_8));
            return List.of(json, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report into " + folder, e);
        }
    }

    private static Path replace(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
