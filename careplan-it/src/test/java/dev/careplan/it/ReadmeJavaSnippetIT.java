package dev.careplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.it.ReadmeBlocks.Block;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java code of README.md is whole: it compiles as written against careplan.jar alone (its imports shown), and
 * the validation snippet does what the README says on a unit the export example wrote.
 */
class ReadmeJavaSnippetIT {
    private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    static final Duration LIMIT = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void theValidationSnippetCompilesAndReportsWhatIsMissing() throws Exception {
        List<Block> java = ReadmeBlocks.of(Clone.readme()).stream().filter(b -> b.language().equals("java"))
                .collect(Collectors.toList());
        assertThat(java).as("java blocks of README.md").isNotEmpty();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        for (Block b : java) {
            Matcher m = CLASS.matcher(b.text());
            assertThat(m.find()).as("README.md line %d: a whole public class, imports included", b.line()).isTrue();
            Path source = Files.createDirectories(dir.resolve("src")).resolve(m.group(1) + ".java");
            Files.writeString(source, b.text());
            compile(source, classes, b.line());
        }
        assertThat(classes.resolve("ValidateOutbox.class")).exists();

        Path work = Files.createDirectories(dir.resolve("work"));
        Map<String, String> env = Clone.environment(Clone.mavenThatRefuses(dir.resolve("bin")), dir);
        Run export = java(List.of("dev.careplan.examples.ExportMonthExample", "outbox", "--month", "2025-06"),
                Clone.jar().toString(), work, env);
        assertThat(export.exitCode()).as("%s", export).isZero();

        String classPath = Clone.jar() + ":" + classes;
        Run valid = java(List.of("ValidateOutbox"), classPath, work, env);
        assertThat(valid.exitCode()).as("a whole unit, %s", valid).isZero();
        assertThat(valid.outText()).isEmpty();

        try (Stream<Path> files = Files.list(work.resolve("outbox"))) {
            Files.delete(files.filter(p -> p.getFileName().toString().startsWith("UPSIKYU_")).findFirst().orElseThrow());
        }
        Run incomplete = java(List.of("ValidateOutbox"), classPath, work, env);
        assertThat(incomplete.exitCode()).as("a unit without its UPSIKYU file, %s", incomplete).isEqualTo(1);
        assertThat(incomplete.outText()).contains("SU-002");
    }

    private static void compile(Path source, Path classes, int line) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, null, new PrintStream(messages, true, StandardCharsets.UTF_8),
                "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-cp", Clone.jar().toString(),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("README.md line %d does not compile as written:%n%s", line,
                messages.toString(StandardCharsets.UTF_8)).isZero();
    }

    private Run java(List<String> args, String classPath, Path cwd, Map<String, String> env) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath));
        command.addAll(args);
        return Run.of(command, cwd, env, dir.resolve("logs"), LIMIT);
    }
}
