package dev.careplan.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run to its end with a time limit, its standard output and error kept apart as bytes (so that a check
 * can look for escape codes) in files beside the run.
 *
 * @param exitCode the command's exit code
 * @param out what it wrote on standard output
 * @param err what it wrote on standard error
 */
record Run(int exitCode, byte[] out, byte[] err) {

    static Run of(List<String> command, Path cwd, Map<String, String> env, Path logs, Duration limit)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + limit);
        }
        return new Run(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    }

    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
        return new String(err, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + outText() + "--- stderr\n" + errText();
    }
}
