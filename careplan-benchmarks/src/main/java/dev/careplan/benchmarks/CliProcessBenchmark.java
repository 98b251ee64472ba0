package dev.careplan.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line as a user runs it, cold: {@code ./careplan validate FILE} on a 50 MB UPPLAN file, a new JVM each
 * time (start, class loading, interpreted and then compiled code), against a plain Commons CSV program reading the
 * same file in a new JVM of its own ({@link RawCsvMain}). One operation is one whole process; the warm-up iteration
 * only brings the file into the page cache and lets the launcher check its jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 8)
public class CliProcessBenchmark {

    @Param("52428800")
    public long fileBytes;

    /** {@code launcher}: through {@code ./careplan}, as in the README; {@code jar}: {@code java -jar careplan.jar}. */
    @Param("launcher")
    public String via;

    private Path dir;
    private Path file;
    private Path root;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = repositoryRoot();
        dir = Files.createTempDirectory("careplan-bench-cli");
        file = PlanFile.write(dir, fileBytes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** Baseline: Commons CSV reading the file in a JVM of its own. */
    @Benchmark
    public int rawCommonsCsvProcess() throws IOException, InterruptedException {
        return run(List.of(java(), "-cp", System.getProperty("java.class.path"), RawCsvMain.class.getName(),
                file.toString()), 0);
    }

    /**
     * The careplan command validating the file (exit code 1: a lone UPPLAN file is an incomplete send unit, SU-002,
     * after every record has been checked).
     */
    @Benchmark
    public int cliValidate() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (via.equals("jar")) {
            command.add(java());
            Path jar = root.resolve("careplan-cli/target/careplan.jar");
            Path archive = root.resolve("careplan-cli/target/careplan.jsa");
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.add(root.resolve("careplan").toString());
        }
        command.addAll(List.of("validate", file.toString()));
        return run(command, 1);
    }

    private int run(List<String> command, int expectedExit) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = pb.environment();
        // The launcher runs the `java` of the PATH: the same JVM as the baseline.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                + env.getOrDefault("PATH", ""));
        int exit = pb.start().waitFor();
        if (exit != expectedExit) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return exit;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The benchmarks jar (or classes folder) this class was loaded from. */
    private static Path codeSource() {
        try {
            return Path.of(CliProcessBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clone: {@code careplan-benchmarks/target/benchmarks.jar} (or {@code target/classes}) is two folders in. */
    private static Path repositoryRoot() {
        String given = System.getProperty("careplan.root");
        Path root = given != null ? Path.of(given) : codeSource().getParent().getParent().getParent();
        if (!Files.isRegularFile(root.resolve("careplan"))) {
            throw new IllegalStateException("no careplan launcher in " + root + " (set -Dcareplan.root)");
        }
        return root.toAbsolutePath();
    }

    Path root() {
        return root;
    }
}
