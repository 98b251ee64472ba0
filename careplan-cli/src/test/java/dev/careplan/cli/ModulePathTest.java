package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's modules work as named modules, not only on the class path where the other tests run them: a child JVM
 * runs the command from the module path (module-info requires, opens and service bindings, resources read from
 * named modules, Hibernate Validator finding its expression language).
 */
class ModulePathTest {

    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private static String modulePath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            Path p = Path.of(e);
            // Jars, and the compiled modules of this build; test classes (and test jars) are not modules.
            if (e.endsWith(".jar") && !e.endsWith("-tests.jar") || Files.exists(p.resolve("module-info.class"))) {
                entries.add(e);
            }
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private Result careplan(String... args) throws Exception {
        return run("dev.careplan.cli/dev.careplan.cli.CareplanCli", args);
    }

    private Result run(String moduleAndMain, String... args) throws Exception {
        return runInZone("UTC", moduleAndMain, args);
    }

    /** Runs a module's main class in a child JVM whose default time zone is {@code zone}. */
    private Result runInZone(String zone, String moduleAndMain, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Duser.timezone=" + zone, "-Duser.language=ja", "-Duser.country=JP", "--module-path", modulePath(), "-m", moduleAndMain));
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        // The child's language is the test's, never the machine's.
        builder.environment().remove(Lang.VARIABLE);
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void validateReportsCrossFieldRulesWithTheirMessages() throws Exception {
        Path broken = Path.of("../careplan-conformance/src/main/resources/dev/careplan/conformance/corpus/202407/MON-004");
        Result r = careplan("validate", "--lang", "en", broken.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(CareplanCli.FAILED);
        assertThat(r.out()).contains("ERROR MON-004").doesNotContain("Exception");
    }

    @Test
    void theJakartaValidatorBuildsWithItsExpressionLanguage() throws Exception {
        // June 2025: 5 Mondays + 4 Thursdays, 4 Wednesdays, 4 Tuesdays and the rental row.
        Result r = run("dev.careplan.examples/dev.careplan.examples.MonthlyPlanExample", "--month", "2025-06");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("2025-06").contains("valid: 18 rows, 0 violations");
    }

    @Test
    void thePlanExampleRunsInTheLastTimeZoneOfTheDayWithoutAMonth() throws Exception {
        // UTC−12: the month planned is whatever next month is there; the plan must be valid in any of them.
        Result r = runInZone("Etc/GMT+12", "dev.careplan.examples/dev.careplan.examples.MonthlyPlanExample");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("valid: \\d+ rows, 0 violations");
    }

    @Test
    void theDemoRunsTheWholeExchange() throws Exception {
        // UTC+14, the first time zone of the day, with no month given: next month as seen there.
        Result r = runInZone("Etc/GMT-14", "dev.careplan.cli/dev.careplan.cli.CareplanCli", "demo");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("[summary] 6 units sent, 6 received and acknowledged");
    }
}
