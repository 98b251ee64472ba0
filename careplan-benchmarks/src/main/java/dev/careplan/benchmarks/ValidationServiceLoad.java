package dev.careplan.benchmarks;

import dev.careplan.web.CareplanServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Load check of {@code POST /api/validate}: N concurrent requests (default 50), each a ~1 MB 第6表 unit, against the
 * service on 127.0.0.1 in this JVM; prints latency percentiles, wall time, throughput and errors. A measurement, not a
 * test: run it with {@code java -cp careplan-benchmarks/target/benchmarks.jar dev.careplan.benchmarks.ValidationServiceLoad
 * [REQUESTS] [MEGABYTES]}. Traffic stays on the loopback address and the run ends after one round.
 */
public final class ValidationServiceLoad {

    private static final String BOUNDARY = "----careplan-load-boundary";

    private ValidationServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long bytes = (args.length > 1 ? Long.parseLong(args[1]) : 1) << 20;
        Path dir = Files.createTempDirectory("careplan-load");
        Path file = PlanFile.write(dir, bytes);
        byte[] body = multipart(file);
        Files.delete(file);
        Files.delete(dir);
        try (CareplanServer server = CareplanServer.builder().build().start()) {
            URI uri = server.uri().resolve("/api/validate");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < 3; i++) {
                one(client, uri, body).join();
            }
            long start = System.nanoTime();
            List<CompletableFuture<long[]>> all = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                all.add(one(client, uri, body));
            }
            List<Long> millis = new ArrayList<>();
            int errors = 0;
            for (CompletableFuture<long[]> f : all) {
                long[] r = f.join();
                millis.add(r[1]);
                if (r[0] != 200) {
                    errors++;
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "%d concurrent POST /api/validate of %.2f MB (%d cores, -Xmx %d MB):%n",
                    requests, body.length / 1048576.0, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "  errors %d; latency ms min %d, median %d, p95 %d, max %d;"
                    + " wall %.2f s; %.1f requests/s; %.1f MB/s%n", errors, millis.get(0),
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.get(millis.size() - 1), wall, requests / wall, requests * body.length / 1048576.0 / wall);
            if (errors > 0) {
                System.exit(1);
            }
        }
    }

    private static CompletableFuture<long[]> one(HttpClient client, URI uri, byte[] body) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> new long[] {r.statusCode(), (System.nanoTime() - start) / 1_000_000});
    }

    private static byte[] multipart(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(file));
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
