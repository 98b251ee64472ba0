package dev.careplan.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One bash process fed one block at a time, as a user pastes blocks into one terminal: the working folder, the
 * variables and the background jobs carry over from block to block. Bash runs with {@code set -euo pipefail}, so the
 * first failing command ends the session and fails the block. Each block has a time limit. Standard output and
 * error are read together, as a terminal shows them.
 */
final class ShellSession implements AutoCloseable {
    private static final String DONE = "@@careplan-it: block done ";

    private final Process bash;
    private final Writer input;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final StringBuffer transcript = new StringBuffer();
    private final Path scripts;
    private int blocks;

    ShellSession(Path cwd, Map<String, String> env, Path scripts) throws IOException {
        this.scripts = Files.createDirectories(scripts);
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-s").directory(cwd.toFile())
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        bash = pb.start();
        input = new OutputStreamWriter(bash.getOutputStream(), UTF_8);
        Thread reader = new Thread(this::readOutput, "shell-session-output");
        reader.setDaemon(true);
        reader.start();
        // A failing command ends bash, whose background jobs (a relay) would outlive it as orphans, out of reach of
        // close(): bash stops them itself on its way out.
        send("set -euo pipefail\ntrap 'for job in $(jobs -p); do kill $job 2>/dev/null; done' EXIT\n");
    }

    private void readOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(bash.getInputStream(), UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.startsWith(DONE)) {
                    transcript.append(l).append('\n');
                }
                lines.add(Optional.of(l));
            }
        } catch (IOException e) {
            transcript.append("(output of the shell unreadable: ").append(e.getMessage()).append(")\n");
        }
        lines.add(Optional.empty());
    }

    /**
     * Runs {@code text} as the next block (its commands read no input: standard input is empty, so that none of
     * them swallows the next block); returns what it printed.
     *
     * @throws AssertionError naming the block, with its output, when a command fails or the block overruns
     */
    String run(String name, String text, Duration limit) throws IOException, InterruptedException {
        int n = ++blocks;
        Path script = scripts.resolve(String.format("block-%02d.sh", n));
        Files.writeString(script, text);
        int start = transcript.length();
        // The marker starts a line of its own even when the block's last output did not end one.
        send("source '" + script + "' < /dev/null\nprintf '\\n%s\\n' '" + DONE + n + "'\n");
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<String> line = lines.poll(deadline - System.nanoTime(), NANOSECONDS);
            if (line == null) {
                throw new AssertionError(name + " did not end within " + limit + "; its output:\n" + since(start));
            }
            if (line.isEmpty()) {
                bash.waitFor(10, TimeUnit.SECONDS);
                String code = bash.isAlive() ? "?" : String.valueOf(bash.exitValue());
                throw new AssertionError(name + " failed (exit code " + code + "); its output:\n" + since(start));
            }
            if (line.get().equals(DONE + n)) {
                return since(start);
            }
        }
    }

    /** Everything the blocks printed so far. */
    String transcript() {
        return transcript.toString();
    }

    /** Whether a process the blocks started (a background job) is still running after {@code grace}. */
    boolean leftRunning(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (bash.descendants().findAny().isPresent()) {
            if (System.nanoTime() > deadline) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String since(int start) {
        return transcript.substring(Math.min(start, transcript.length()));
    }

    private void send(String commands) throws IOException {
        input.write(commands);
        input.flush();
    }

    /** Ends the shell, and first any job a failed block left running (such as a relay it started). */
    @Override
    public void close() {
        bash.descendants().forEach(ProcessHandle::destroy);
        try {
            input.close();
        } catch (IOException e) {
            // The shell has already ended (a block failed): its input pipe is gone, there is nothing to close.
        }
        try {
            if (bash.waitFor(10, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bash.descendants().forEach(ProcessHandle::destroyForcibly);
        bash.destroyForcibly();
    }
}
