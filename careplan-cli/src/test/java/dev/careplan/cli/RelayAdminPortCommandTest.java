package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careplan relay serve --admin-port}: the relay in its own process answers {@code /health} and
 * {@code /metrics} in plain HTTP on 127.0.0.1, beside its TLS port.
 */
class RelayAdminPortCommandTest {

    private static final Pattern ADMIN = Pattern.compile("health and metrics on (http://127\\.0\\.0\\.1:\\d+)/health");

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

    private Path pki() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--relay-host", "localhost").code()).isZero();
        Path offices = Files.createDirectories(dir.resolve("offices"));
        for (String party : List.of("1310000001-43", "1310000002-11")) {
            Files.copy(pki.resolve(party + ".pem"), offices.resolve(party + ".pem"));
        }
        return pki;
    }

    private List<String> serve(Path pki, String adminPort) {
        return List.of("relay", "serve", "--store", dir.resolve("relay-store").toString(), "--port", "0",
                "--admin-port", adminPort, "--tls-key", pki.resolve("relay.p12").toString(), "--password-file",
                pki.resolve("password.txt").toString(), "--trust", pki.resolve("ca.pem").toString(), "--register",
                dir.resolve("offices").toString());
    }

    @Test
    void healthAndMetricsAreServedOnTheAdminPort() throws Exception {
        Path pki = pki();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CareplanCli.class.getName(), "--lang", "en"));
        command.addAll(serve(pki, "0"));
        relay = new ProcessBuilder(command).redirectError(dir.resolve("relay.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        String listening = out.readLine();
        String admin = out.readLine();
        assertThat(listening).as("stderr: %s", Files.readString(dir.resolve("relay.err"))).contains("relay listening");
        Matcher m = ADMIN.matcher(admin);
        assertThat(m.find()).as(admin).isTrue();
        CompletableFuture.runAsync(() -> {
            try {
                relay.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // The relay stopped.
            }
        });

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(health.body()).get("status").asText()).isEqualTo("UP");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("careplan_relay_units_stored_total 0.0")
                .contains("careplan_relay_connections_open");
    }

    @Test
    void anAdminPortOutOfRangeOrEqualToTheTlsPortIsBadUsage() throws Exception {
        Path pki = pki();
        CliRun outOfRange = CliRun.en(serve(pki, "70000").toArray(String[]::new));
        assertThat(outOfRange.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(outOfRange.err()).contains("--admin-port");
        List<String> same = new ArrayList<>(serve(pki, "8443"));
        same.set(same.indexOf("--port") + 1, "8443");
        CliRun clash = CliRun.en(same.toArray(String[]::new));
        assertThat(clash.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(clash.err()).contains("differ from --port");
    }
}
