package dev.careplan.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clone under check: its folder, its {@code ./careplan} launcher and README, the packaged tool, and the
 * environment in which a check runs them.
 */
final class Clone {
    /** The name of the file the stand-in {@code mvn} leaves when something called it. */
    static final String MAVEN_CALLED = "mvn-was-called";

    private Clone() {
    }

    /** The clone's top folder: given by the build, or the parent of this module's folder (as an IDE runs it). */
    static Path root() {
        String given = System.getProperty("careplan.clone");
        Path root = (given != null ? Path.of(given) : Path.of("..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("careplan")) || !Files.isRegularFile(root.resolve("README.md"))) {
            throw new IllegalStateException("not the top folder of a careplan-sdk clone: " + root);
        }
        return root;
    }

    static Path launcher() {
        return root().resolve("careplan");
    }

    static Path readme() {
        return root().resolve("README.md");
    }

    /** careplan-cli's runnable jar, which these checks need already packaged (the launcher must not build it). */
    static Path jar() {
        Path jar = root().resolve("careplan-cli/target/careplan.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these checks run after careplan-cli is packaged "
                    + "(mvn -B verify, or mvn -B -pl careplan-it -am verify)");
        }
        return jar;
    }

    /**
     * Writes into {@code bin} an {@code mvn} that refuses to build and leaves {@link #MAVEN_CALLED} there: with it
     * first on the PATH, a launcher that found the jar out of date fails the check instead of building for a
     * minute inside the build, and the check can say why.
     */
    static Path mavenThatRefuses(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "echo \"careplan-it: mvn was called ($*): careplan.jar is missing or older than a source;"
                + " package careplan-cli first (mvn -B verify does)\" >&2\n"
                + "touch '" + bin.resolve(MAVEN_CALLED) + "'\n"
                + "exit 97\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /**
     * Removes the symbolic links under {@code dir} (not what they point to), so that a temporary folder holding links
     * into the clone is deleted without a warning about links that lead out of it.
     */
    static void removeLinks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isSymbolicLink).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    /**
     * The environment of a check: {@code bin} first on the PATH, then the JDK running the check (so that
     * {@code java} is the same one), then the inherited PATH; temporary files under {@code tmp}.
     */
    static Map<String, String> environment(Path bin, Path tmp) {
        Map<String, String> env = new HashMap<>(System.getenv());
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        env.put("PATH", bin + ":" + javaBin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("TMPDIR", tmp.toString());
        env.remove("NO_COLOR");   // the launcher must keep colour out of pipes on its own
        return env;
    }
}
