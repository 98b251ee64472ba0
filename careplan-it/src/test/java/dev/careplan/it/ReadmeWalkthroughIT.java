package dev.careplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.it.ReadmeBlocks.Block;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md runs as written: its {@code bash} blocks, pasted in order into one shell, starting in the clone.
 *
 * <p>The convention for README.md's fenced blocks (README.md states it under its first block):
 * <ul>
 * <li>{@code bash}: a step of the walk-through. Run here, in order, in one bash session with
 * {@code set -euo pipefail} (the first failing command fails the check), each block within {@link #LIMIT}. The first
 * block runs in the clone, as a user does after cloning; the examples block moves into a scratch folder made by
 * {@code mktemp -d}, where every later block runs.
 * <li>{@code text} is a synopsis, {@code console} a transcript (prompt and output), {@code sh} a command that takes
 * minutes and is left to the reader (the benchmarks), {@code java} and {@code xml} are code. None of them is run here
 * ({@link ReadmeJavaSnippetIT} compiles and runs the Java). A block without a tag fails the check: it must say
 * what it is.
 * </ul>
 *
 * <p>Where this check departs from a user pasting the blocks, and why:
 * <ul>
 * <li>the line {@code mvn -B verify} of the first block is left out: this check runs inside that very build;
 * <li>{@code mvn} on the PATH refuses to run ({@link Clone#mavenThatRefuses}): {@code ./careplan} must find the
 * packaged careplan.jar up to date, not build it again inside the build;
 * <li>the relay's port {@value #README_PORT} is replaced with a free port, so that two builds on one machine do not
 * collide;
 * <li>{@code mktemp} and Java's temporary files go under this check's temporary folder (TMPDIR, and
 * java.io.tmpdir through JDK_JAVA_OPTIONS, which makes {@code java} print a NOTE line), so that they go away with it;
 * <li>when {@code openssl} is not installed, the blocks that call it are left out, as OpenSslInteropTest does.
 * </ul>
 *
 * <p>Nothing the walk-through writes may land in the clone: the clone's {@code git status --porcelain --ignored} is
 * the same after it as before (checked when the clone is a git checkout and git is installed).
 */
class ReadmeWalkthroughIT {
    static final Duration LIMIT = Duration.ofMinutes(2);
    static final String README_PORT = "8443";
    static final String SKIPPED_LINE = "mvn -B verify";
    static final Set<String> NOT_RUN = Set.of("text", "console", "sh", "java", "xml");
    private static final Pattern OPENSSL = Pattern.compile("(?m)^\\s*openssl\\s");

    @TempDir
    Path dir;

    @AfterEach
    void removeLinksToTheClone() throws IOException {
        Clone.removeLinks(dir);
    }

    @Test
    void everyBashBlockRunsInOrderAndLeavesTheCloneAsItWas() throws Exception {
        List<Block> blocks = ReadmeBlocks.of(Clone.readme());
        assertThat(blocks).allSatisfy(b -> assertThat(b.language())
                .as("README.md line %d: a fenced block says what it is (bash to run, or one of %s)", b.line(), NOT_RUN)
                .isIn(union(NOT_RUN, "bash")));
        List<Block> steps = blocks.stream().filter(b -> b.language().equals("bash")).collect(Collectors.toList());
        assertThat(steps).as("bash blocks of README.md").isNotEmpty();
        assertThat(steps.get(0).text()).as("the first block").contains("./careplan demo");
        assertThat(steps.stream().flatMap(b -> b.text().lines()).filter(l -> isSkipped(l)).count())
                .as("lines '%s' left out (exactly the one of the first block)", SKIPPED_LINE).isEqualTo(1);

        Clone.jar();
        Path bin = Clone.mavenThatRefuses(dir.resolve("bin"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Map<String, String> env = Clone.environment(bin, tmp);
        env.put("JDK_JAVA_OPTIONS", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("java-tmp")));
        boolean openssl = onPath("openssl");
        String port = String.valueOf(freePort());

        Optional<String> before = gitStatus();
        String transcript;
        try (ShellSession shell = new ShellSession(Clone.root(), env, dir.resolve("blocks"))) {
            for (Block b : steps) {
                if (!openssl && OPENSSL.matcher(b.text()).find()) {
                    System.out.println("README.md line " + b.line() + ": left out, openssl is not installed");
                    continue;
                }
                String text = b.text().lines().filter(l -> !isSkipped(l)).map(l -> l.replace(README_PORT, port))
                        .collect(Collectors.joining("\n", "", "\n"));
                long start = System.nanoTime();
                shell.run("README.md block at line " + b.line(), text, LIMIT);
                System.out.printf("README.md block at line %d ran in %.1f s%n", b.line(),
                        (System.nanoTime() - start) / 1e9);
            }
            assertThat(shell.leftRunning(Duration.ofSeconds(10)))
                    .as("a process the walk-through started (the relay) still runs after its last block").isFalse();
            transcript = shell.transcript();
        }
        assertThat(Files.exists(bin.resolve(Clone.MAVEN_CALLED))).as("mvn called during the walk-through").isFalse();
        assertThat(transcript).as("output into a pipe has no escape (colour) codes").doesNotContain("\u001b");

        Path scratch = scratchFolder(tmp);
        assertThat(names(scratch.resolve("received"))).as("the unit received through the relay")
                .hasSize(3).isEqualTo(names(scratch.resolve("outbox")));
        for (String f : names(scratch.resolve("outbox"))) {
            assertThat(scratch.resolve("received").resolve(f)).hasSameBinaryContentAs(scratch.resolve("outbox/" + f));
        }
        if (openssl) {
            assertThat(transcript).contains("OpenSSL opened the same bytes");
        }
        if (before.isPresent()) {
            assertThat(gitStatus()).as("git status of the clone after the walk-through").isEqualTo(before);
        } else {
            System.out.println("not a git checkout (or git missing): the clone's status is not compared");
        }
    }

    private static boolean isSkipped(String line) {
        return line.replaceFirst("#.*", "").trim().equals(SKIPPED_LINE);
    }

    /** The folder the walk-through made with {@code mktemp -d}: the one folder directly under TMPDIR. */
    private static Path scratchFolder(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> folders = s.filter(Files::isDirectory).collect(Collectors.toList());
            assertThat(folders).as("scratch folders made by the walk-through").hasSize(1);
            return folders.get(0);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            // Hidden entries are the tools' own bookkeeping (receive's .staging folder), not files of the unit.
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The clone's {@code git status --porcelain --ignored}, if the clone is a git checkout and git is installed. */
    private Optional<String> gitStatus() throws IOException, InterruptedException {
        if (!onPath("git")) {
            return Optional.empty();
        }
        Run run = Run.of(List.of("git", "status", "--porcelain", "--ignored"), Clone.root(), System.getenv(),
                dir.resolve("git"), Duration.ofSeconds(60));
        return run.exitCode() == 0 ? Optional.of(run.outText()) : Optional.empty();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Set<String> union(Set<String> a, String b) {
        List<String> all = new ArrayList<>(a);
        all.add(b);
        return Set.copyOf(all);
    }
}
