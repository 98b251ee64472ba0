package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory per upload is a buffer, not the unit: a 200 MB unit goes through a relay whose JVM has 128 MB of heap in
 * all, and comes out intact. The content is generated as it is sent and checked as it is read, so the test itself
 * holds no copy of it either.
 */
class RelayLargeUnitTest {

    private static final Pattern LISTENING = Pattern.compile("relay listening on https://127\\.0\\.0\\.1:(\\d+)/");
    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aUnitLargerThanTheRelaysHeapIsUploadedAndDownloadedIntact() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(CliRun.en("pki", "init", "--out", pki.toString(), "--office", "1310000001:43", "--office",
                "1310000002:11", "--relay-host", "localhost").code()).isZero();
        Path offices = Files.createDirectories(dir.resolve("offices"));
        for (String party : List.of("1310000001-43", "1310000002-11")) {
            Files.copy(pki.resolve(party + ".pem"), offices.resolve(party + ".pem"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process relay = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                CareplanCli.class.getName(), "relay", "serve", "--store", dir.resolve("store").toString(),
                "--max-unit-mb", "256", "--port", "0", "--tls-key", pki.resolve("relay.p12").toString(),
                "--password-file", pki.resolve("password.txt").toString(), "--trust", pki.resolve("ca.pem").toString(),
                "--register", offices.toString())
                .redirectError(dir.resolve("relay.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(relay.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("start-up line (stderr: %s)", Files.readString(dir.resolve("relay.err")))
                    .isNotNull();
            Matcher m = LISTENING.matcher(first);
            assertThat(m.find()).as(first).isTrue();
            CompletableFuture.runAsync(() -> drain(relay.getInputStream()));
            String url = "https://localhost:" + m.group(1) + "/";

            String name = "UPPLAN_202612_1310000001_43_1310000002_11_20261201090000.CSV.p7m";
            String sha256 = sha256(generated());
            Unit unit = new Unit(Unit.idOf(name), List.of(UnitFile.streamed(name, SIZE, sha256,
                    RelayLargeUnitTest::generated)));
            Transport office = client(pki, url, "1310000001-43");
            office.send(unit);
            assertThat(office.status(unit.id())).isEqualTo(DeliveryStatus.WAITING);

            Transport provider = client(pki, url, "1310000002-11");
            UnitFile received = provider.download(unit.id()).files().get(0);
            assertThat(received.size()).isEqualTo(SIZE);
            // The relay client checks the size and SHA-256 announced; this reads and compares them independently.
            assertThat(sha256(received.open())).isEqualTo(sha256);
            provider.acknowledge(unit.id());
            assertThat(office.status(unit.id())).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(relay.isAlive()).as("the relay within 128 MB of heap (stderr: %s)",
                    Files.readString(dir.resolve("relay.err"))).isTrue();
            assertThat(Files.readString(dir.resolve("relay.err"))).doesNotContain("OutOfMemoryError");
        } finally {
            relay.destroy();
            relay.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Transport client(Path pki, String url, String office) {
        return TransportProvider.named("relay").orElseThrow().create(Map.of("url", url, "key",
                pki.resolve(office + ".p12").toString(), "password-file", pki.resolve("password.txt").toString(),
                "trust", pki.resolve("ca.pem").toString()));
    }

    /** {@link #SIZE} pseudo-random bytes from a fixed seed, made as they are read. */
    private static InputStream generated() {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(12);
            private final byte[] block = new byte[1 << 16];
            private long left = SIZE;
            private int pos = block.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                if (pos == block.length) {
                    random.nextBytes(block);
                    pos = 0;
                }
                int n = (int) Math.min(Math.min(len, block.length - pos), left);
                System.arraycopy(block, pos, b, off, n);
                pos += n;
                left -= n;
                return n;
            }
        };
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream s = new DigestInputStream(in, d)) {
            s.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // The relay stopped.
        }
    }
}
