package dev.careplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./careplan} launcher: it runs through a chain of symbolic links from another folder, writes no escape
 * (colour) codes into a pipe, says what it builds and why, and starts from the class-data-sharing archive the build
 * writes next to the jar. No check builds for real: the clone's launcher must
 * find careplan.jar up to date, and the build messages are checked on a copy of the launcher in a stand-in clone
 * whose {@code mvn} only copies the packaged jar into place.
 */
class LauncherIT {
    static final Duration LIMIT = Duration.ofMinutes(1);
    static final byte ESC = 0x1b;

    @TempDir
    Path dir;

    @AfterEach
    void removeLinksToTheClone() throws IOException {
        Clone.removeLinks(dir);
    }

    @Test
    void runsThroughSymbolicLinksFromAnotherFolderWithoutColourInAPipe() throws Exception {
        Clone.jar();
        // bin/careplan -> ../links/careplan (relative) -> the clone's launcher (absolute)
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("careplan"), Clone.launcher());
        Path bin = Clone.mavenThatRefuses(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("careplan"), Path.of("../links/careplan"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> env = Clone.environment(bin, dir);

        Run version = Run.of(List.of(link.toString(), "--version"), elsewhere, env, dir.resolve("logs"), LIMIT);
        assertThat(version.exitCode()).as("%s", version).isZero();
        assertThat(version.outText()).contains("202407");

        Run help = Run.of(List.of(link.toString(), "--help"), elsewhere, env, dir.resolve("logs"), LIMIT);
        assertThat(help.exitCode()).as("%s", help).isZero();
        assertThat(help.outText()).contains("validate");

        Run usage = Run.of(List.of(link.toString(), "validate", "--no-such-option"), elsewhere, env,
                dir.resolve("logs"), LIMIT);
        assertThat(usage.exitCode()).as("%s", usage).isEqualTo(2);

        for (Run r : List.of(version, help, usage)) {
            assertThat(r.out()).as("stdout of %s", r).doesNotContain(ESC);
            assertThat(r.err()).as("stderr of %s", r).doesNotContain(ESC);
        }
        assertThat(Files.exists(bin.resolve(Clone.MAVEN_CALLED))).as("mvn called: the jar was not up to date")
                .isFalse();
    }

    @Test
    void startsFromTheClassDataSharingArchiveTheBuildWroteNextToTheJar() throws Exception {
        Clone.jar();
        assertThat(Clone.root().resolve("careplan-cli/target/careplan.jsa")).as("written by the package phase")
                .isRegularFile();
        Path bin = Clone.mavenThatRefuses(dir.resolve("bin"));
        Map<String, String> env = new java.util.HashMap<>(Clone.environment(bin, dir));
        // With -Xshare:on a JVM that cannot use the archive it is given fails to start instead of going on without.
        env.put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        Run version = Run.of(List.of(Clone.launcher().toString(), "--version"), dir, env, dir.resolve("logs"), LIMIT);
        assertThat(version.exitCode()).as("the archive matches the jar and this JVM: %s", version).isZero();
        assertThat(version.outText()).contains("202407");
    }

    /** One-shot commands run with the serial collector; the servers keep the JVM's default collector. */
    @Test
    void givesOneShotCommandsTheSerialCollectorAndServersTheDefault() throws Exception {
        Clone.jar();
        Path bin = Clone.mavenThatRefuses(dir.resolve("bin"));
        Map<String, String> env = new java.util.HashMap<>(Clone.environment(bin, dir));
        // The java launcher reads JDK_JAVA_OPTIONS: the JVM says which collector it uses.
        env.put("JDK_JAVA_OPTIONS", "-Xlog:gc:stderr");
        for (List<String> args : List.of(List.of("validate", "--help"), List.of("--lang", "en", "demo", "--help"),
                List.of("--lang=ja", "relay", "register", "--help"))) {
            Run r = launch(args, env);
            assertThat(r.errText()).as("%s", r).contains("Using Serial");
        }
        for (List<String> args : List.of(List.of("serve", "--help"), List.of("--lang", "en", "relay", "serve",
                "--help"))) {
            Run r = launch(args, env);
            assertThat(r.errText()).as("%s", r).doesNotContain("Using Serial").contains("Using ");
        }
    }

    private Run launch(List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Clone.launcher().toString()));
        command.addAll(args);
        Run r = Run.of(command, dir, env, dir.resolve("logs"), LIMIT);
        assertThat(r.exitCode()).as("%s", r).isZero();
        return r;
    }

    @Test
    void saysWhenItBuildsForTheFirstTimeAndWhichChangeMakesItRebuild() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.copy(Clone.launcher(), clone.resolve("careplan"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        Path source = Files.createDirectories(clone.resolve("careplan-cli/src/main/java")).resolve("Tool.java");
        Files.writeString(source, "class Tool {}\n");
        Path bin = mavenThatCopiesTheJar(dir.resolve("bin"));
        Map<String, String> env = Clone.environment(bin, dir);
        Path launcher = clone.resolve("careplan");

        Run first = Run.of(List.of(launcher.toString(), "--version"), dir, env, dir.resolve("logs"), LIMIT);
        assertThat(first.exitCode()).as("%s", first).isZero();
        assertThat(first.errText()).contains("building careplan (first run, about a minute)");
        assertThat(first.outText()).contains("202407");
        assertThat(first.err()).as("the build's output in a pipe, %s", first).doesNotContain(ESC);
        assertThat(first.outText() + first.errText()).as("an archive made for another jar is ignored silently")
                .doesNotContainIgnoringCase("archive");
        assertThat(builds(bin)).isEqualTo(1);

        Run again = Run.of(List.of(launcher.toString(), "--version"), dir, env, dir.resolve("logs"), LIMIT);
        assertThat(again.errText()).as("an up-to-date jar is not rebuilt").doesNotContain("build");
        assertThat(builds(bin)).isEqualTo(1);

        Path jar = clone.resolve("careplan-cli/target/careplan.jar");
        Files.setLastModifiedTime(source,
                FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        Run edited = Run.of(List.of(launcher.toString(), "--version"), dir, env, dir.resolve("logs"), LIMIT);
        assertThat(edited.exitCode()).as("%s", edited).isZero();
        assertThat(edited.errText()).contains("rebuilding careplan: careplan-cli/src/main/java/Tool.java changed");
        assertThat(edited.err()).doesNotContain(ESC);
        assertThat(builds(bin)).isEqualTo(2);
    }

    @Test
    void showsTheBuildsProgressOnATerminal() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("tty-clone"));
        Files.copy(Clone.launcher(), clone.resolve("careplan"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        Path bin = mavenThatCopiesTheJar(dir.resolve("tty-bin"));
        // script(1) gives the launcher a terminal, as a person at a shell has.
        Run r = Run.of(List.of("script", "-qec", clone.resolve("careplan") + " --version", "/dev/null"), dir,
                Clone.environment(bin, dir), dir.resolve("logs"), LIMIT);
        assertThat(r.exitCode()).as("%s", r).isZero();
        assertThat(r.outText()).contains("building careplan (first run, about a minute)")
                .contains("building careplan-model (module 1/2)").contains("building careplan-cli (module 2/2)")
                .contains("202407");
        assertThat(builds(bin)).isEqualTo(1);
    }

    /**
     * An {@code mvn} that stands in for the build: it writes escape codes as Maven 3.8 packaged by Debian does even
     * with colour turned off, counts its calls, and puts the packaged careplan.jar where the build would.
     */
    private static Path mavenThatCopiesTheJar(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "printf '\\033[0m\\033[1mINFO\\033[0m building\\n'\n"
                + "echo '[INFO] Building careplan-model 0.1.0-SNAPSHOT                     [1/2]'\n"
                + "echo '[INFO] Building careplan-cli 0.1.0-SNAPSHOT                       [2/2]'\n"
                + "echo build >> '" + bin.resolve("builds") + "'\n"
                + "mkdir -p careplan-cli/target && cp '" + Clone.jar() + "' careplan-cli/target/careplan.jar\n"
                // The clone's archive, which belongs to the clone's jar and not to this copy.
                + "cp '" + Clone.jar().resolveSibling("careplan.jsa") + "' careplan-cli/target/ 2>/dev/null || true\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static long builds(Path bin) throws IOException {
        Path log = bin.resolve("builds");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }
}
