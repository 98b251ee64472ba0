package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.examples.ExportMonthExample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's relay walk-through as a test: {@code relay serve} runs as its own process (as a user starts it),
 * {@code send}, {@code receive}, {@code status} and {@code journal} talk to it over 127.0.0.1.
 */
class RelayCommandsTest {

    private static final Pattern LISTENING = Pattern.compile("relay listening on https://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private Process relay;

    @AfterEach
    void stopRelay() throws Exception {
        if (relay != null && relay.isAlive()) {
            relay.destroy();
            relay.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts {@code careplan relay serve} on a free port in a child JVM; returns the relay's URL. */
    private String startRelay(Path pki, Path offices, Path stderr) throws Exception {
        return startRelay(pki, offices, stderr, pki.resolve("ca.pem"));
    }

    private String startRelay(Path pki, Path offices, Path stderr, Path trust) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        relay = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CareplanCli.class.getName(),
                "relay", "serve", "--store", dir.resolve("relay-store").toString(), "--port", "0",
                "--tls-key", pki.resolve("relay.p12").toString(), "--password-file",
                pki.resolve("password.txt").toString(), "--trust", trust.toString(),
                "--register", offices.toString())
                .redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("relay start-up line (stderr: %s)", Files.exists(stderr) ? Files.readString(stderr) : "")
                .isNotNull();
        Matcher m = LISTENING.matcher(first);
        assertThat(m.find()).as(first).isTrue();
        return "https://localhost:" + m.group(1) + "/";
    }

    private long envelopesInStore() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("relay-store"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".p7m")).count();
        }
    }

    @Test
    void oneOfficeSendsAPlanThatAnotherReceives() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--office", "1310000003:15", "--relay-host", "localhost").code()).isZero();
        String pw = pki.resolve("password.txt").toString();
        Path offices = Files.createDirectories(dir.resolve("offices"));
        for (String party : List.of("1310000001-43", "1310000002-11", "1310000003-15")) {
            Files.copy(pki.resolve(party + ".pem"), offices.resolve(party + ".pem"));
        }
        Path relayErr = dir.resolve("relay.err");
        String url = startRelay(pki, offices, relayErr);
        List<Path> unit = ExportMonthExample.export(YearMonth.of(2026, 12), dir.resolve("outbox"));
        List<String> send = new ArrayList<>(List.of("send", "--relay", url, "--key",
                pki.resolve("1310000001-43.p12").toString(), "--password-file", pw, "--trust",
                pki.resolve("ca.pem").toString(), "--journal", dir.resolve("cm.jsonl").toString()));
        unit.forEach(p -> send.add(p.toString()));

        CliRun sent = CliRun.en(send.toArray(String[]::new));
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("(3 files) to 1310000002:11: WAITING");
        assertThat(envelopesInStore()).as("accepted unit on the relay's disk").isEqualTo(3);
        CliRun retry = CliRun.en(send.toArray(String[]::new));
        assertThat(retry.code()).as("a retry sends the same envelopes: a duplicate, not a conflict " + retry.err())
                .isZero();
        assertThat(envelopesInStore()).isEqualTo(3);

        CliRun other = CliRun.in(CliRun.TERMINAL_EN, "receive", "--relay", url, "--key", pki.resolve("1310000003-15.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("ds.jsonl").toString(), "--out", dir.resolve("ds-inbox").toString());
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.out()).contains("nothing waits");
        assertThat(other.err()).as("progress on a terminal, even of nothing").contains("receiving: 0/0 units");

        CliRun received = CliRun.in(CliRun.TERMINAL_EN, "receive", "--relay", url, "--key", pki.resolve("1310000002-11.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("hh.jsonl").toString(), "--out", dir.resolve("hh-inbox").toString());
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("from 1310000001:43: IMPORTED").contains("verified sender 1310000001:43");
        assertThat(received.err()).as("progress on a terminal: units done of total and the rate")
                .containsPattern("receiving: 1/1 units, [0-9.]+ MB, [0-9.]+ MB/s").doesNotContain("\n");
        assertThat(received.out()).as("progress goes to standard error only").doesNotContain("receiving:");
        for (Path p : unit) {
            assertThat(dir.resolve("hh-inbox").resolve(p.getFileName())).hasSameBinaryContentAs(p);
        }
        assertThat(envelopesInStore()).as("acknowledged unit's bytes").isZero();

        CliRun status = CliRun.en("status", "--relay", url, "--key", pki.resolve("1310000001-43.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("cm.jsonl").toString());
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("to 1310000002:11: DELIVERED");

        CliRun journal = CliRun.en("journal", "--journal", dir.resolve("hh.jsonl").toString(), "--format", "json");
        assertThat(journal.code()).isZero();
        JsonNode entries = new ObjectMapper().readTree(journal.out()).get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("outcome").asText()).isEqualTo("PENDING:IMPORTED");
        assertThat(entries.get(1).get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(entries.get(1).get("direction").asText()).isEqualTo("RECEIVED");
        assertThat(entries.get(1).get("files")).hasSize(3);

        // A file that breaks a rule, sent anyway: it is received, journalled as such, and receive says so (exit 1).
        List<Path> second = ExportMonthExample.export(YearMonth.of(2026, 12),
                dev.careplan.model.SequenceNumber.of("20261125100000"), dir.resolve("outbox2"));
        Path plan = second.get(0);
        Files.writeString(plan, Files.readString(plan, java.nio.charset.Charset.forName("windows-31j"))
                .replace(",131045,", ",13104X,"), java.nio.charset.Charset.forName("windows-31j"));
        List<String> force = new ArrayList<>(send.subList(0, send.size() - unit.size()));
        force.add("--force");
        second.forEach(p -> force.add(p.toString()));
        assertThat(CliRun.en(force.toArray(String[]::new)).code()).isZero();
        CliRun invalid = CliRun.en("receive", "--relay", url, "--key", pki.resolve("1310000002-11.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("hh.jsonl").toString(), "--out", dir.resolve("hh-inbox").toString());
        assertThat(invalid.code()).as(invalid.out() + invalid.err()).isEqualTo(CareplanCli.FAILED);
        assertThat(invalid.out()).contains("IMPORTED_WITH_ERRORS").contains("ERROR violations");

        // A sealed file of 4 MB of quotes, sent anyway (once an OutOfMemoryError on every receive run): reported.
        List<Path> third = ExportMonthExample.export(YearMonth.of(2026, 12),
                dev.careplan.model.SequenceNumber.of("20261126100000"), dir.resolve("outbox3"));
        Files.write(third.get(0), "\"".repeat(4 << 20).getBytes(StandardCharsets.US_ASCII));
        List<String> quotes = new ArrayList<>(send.subList(0, send.size() - unit.size()));
        quotes.add("--force");
        third.forEach(p -> quotes.add(p.toString()));
        assertThat(CliRun.en(quotes.toArray(String[]::new)).code()).isZero();
        CliRun hostile = CliRun.en("receive", "--relay", url, "--key", pki.resolve("1310000002-11.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("hh.jsonl").toString(), "--out", dir.resolve("hh-inbox").toString());
        assertThat(hostile.code()).as(hostile.out() + hostile.err()).isEqualTo(CareplanCli.FAILED);
        assertThat(hostile.out()).contains("IMPORTED_WITH_ERRORS");
        assertThat(hostile.err()).doesNotContain("internal error");

        relay.destroy();
        relay.waitFor(10, TimeUnit.SECONDS);
        assertThat(Files.readString(relayErr)).as("access log").contains("1310000001:43 POST")
                .contains("1310000002:11 GET").doesNotContain("Exception");

        CliRun down = CliRun.en("receive", "--relay", url, "--key", pki.resolve("1310000002-11.p12").toString(),
                "--password-file", pw, "--trust", pki.resolve("ca.pem").toString(), "--journal",
                dir.resolve("hh.jsonl").toString(), "--out", dir.resolve("hh-inbox").toString());
        assertThat(down.code()).isEqualTo(CareplanCli.IO);
        assertThat(down.err()).contains("cannot be reached").doesNotContain("null");
    }

    @Test
    void aSenderEncryptsOnlyToCertificatesItsOwnAnchorsVouchFor() throws Exception {
        Path pki = dir.resolve("pki");
        Path other = dir.resolve("other-pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--relay-host", "localhost").code()).isZero();
        assertThat(CliRun.en("pki", "init", "--out", other.toString(), "--office", "1310000002:11").code()).isZero();
        Path offices = Files.createDirectories(dir.resolve("offices"));
        Files.copy(pki.resolve("1310000001-43.pem"), offices.resolve("1310000001-43.pem"));
        Files.copy(other.resolve("1310000002-11.pem"), offices.resolve("1310000002-11.pem"));
        Path both = dir.resolve("both-cas.pem");
        Files.writeString(both, Files.readString(pki.resolve("ca.pem")) + Files.readString(other.resolve("ca.pem")));
        String url = startRelay(pki, offices, dir.resolve("relay.err"), both);
        List<String> send = new ArrayList<>(List.of("send", "--relay", url, "--key",
                pki.resolve("1310000001-43.p12").toString(), "--password-file", pki.resolve("password.txt").toString(),
                "--trust", pki.resolve("ca.pem").toString(), "--journal", dir.resolve("cm.jsonl").toString()));
        ExportMonthExample.export(YearMonth.of(2026, 12), dir.resolve("outbox")).forEach(p -> send.add(p.toString()));
        CliRun r = CliRun.en(send.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(r.err()).contains("cannot be used").contains("does not chain");
        assertThat(envelopesInStore()).isZero();
    }

    @Test
    void relayStartUpErrorsAreOneClearLine() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--relay-host",
                "localhost").code()).isZero();
        Files.writeString(dir.resolve("wrong.txt"), "not-the-password");
        CliRun wrongPassword = CliRun.en("relay", "serve", "--store", dir.resolve("store").toString(), "--port", "0",
                "--tls-key", pki.resolve("relay.p12").toString(), "--password-file", dir.resolve("wrong.txt").toString(),
                "--trust", pki.resolve("ca.pem").toString(), "--register", pki.toString());
        assertThat(wrongPassword.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(wrongPassword.err()).contains("wrong password").doesNotContain("not-the-password")
                .doesNotContain("\tat ");

        CliRun noKey = CliRun.en("relay", "serve", "--store", dir.resolve("store").toString(), "--port", "0",
                "--tls-key", dir.resolve("none.p12").toString(), "--password-file", pki.resolve("password.txt").toString(),
                "--trust", pki.resolve("ca.pem").toString(), "--register", pki.toString());
        assertThat(noKey.code()).isEqualTo(CareplanCli.IO);
        assertThat(noKey.err()).contains("does not exist").doesNotContain("\tat ");

        Path journal = Files.writeString(dir.resolve("cm.jsonl"), "");
        List<Path> unit = ExportMonthExample.export(YearMonth.of(2026, 12), dir.resolve("outbox"));
        String[] client = {"--relay", "https://localhost:1/", "--password-file", pki.resolve("password.txt").toString(),
            "--trust", pki.resolve("ca.pem").toString(), "--journal", journal.toString()};
        List<String> send = new ArrayList<>(List.of("send"));
        unit.forEach(p -> send.add(p.toString()));
        for (String[] command : List.of(send.toArray(String[]::new),
                new String[] {"receive", "--out", dir.resolve("in").toString()}, new String[] {"status"})) {
            List<String> args = new ArrayList<>(List.of(command[0], "--key", dir.resolve("none.p12").toString()));
            args.addAll(List.of(client));
            args.addAll(List.of(command).subList(1, command.length));
            CliRun run = CliRun.en(args.toArray(String[]::new));
            assertThat(run.code()).as(command[0] + ": " + run.err()).isEqualTo(CareplanCli.IO);
            assertThat(run.err()).as(command[0]).contains("does not exist");
        }
        CliRun statusWrongPassword = CliRun.en("status", "--relay", "https://localhost:1/", "--key",
                pki.resolve("1310000001-43.p12").toString(), "--password-file", dir.resolve("wrong.txt").toString(),
                "--trust", pki.resolve("ca.pem").toString(), "--journal", journal.toString());
        assertThat(statusWrongPassword.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(statusWrongPassword.err()).contains("wrong password").doesNotContain("not-the-password");

        CliRun negative = CliRun.en("relay", "serve", "--store", dir.resolve("store").toString(), "--retention-days",
                "-5", "--tls-key", pki.resolve("relay.p12").toString(), "--password-file",
                pki.resolve("password.txt").toString(), "--trust", pki.resolve("ca.pem").toString(), "--register",
                pki.toString());
        assertThat(negative.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(negative.err()).contains("--retention-days");

        CliRun noJournal = CliRun.en("journal", "--journal", dir.resolve("none.jsonl").toString());
        assertThat(noJournal.code()).isEqualTo(CareplanCli.IO);
        assertThat(noJournal.err()).contains("no journal at");
    }
}
