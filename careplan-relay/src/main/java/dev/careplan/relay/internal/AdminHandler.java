package dev.careplan.relay.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The relay's admin endpoints (plain HTTP, for the operator's load balancer and Prometheus): {@code GET /health} and
 * {@code GET /metrics}, nothing else. Neither answer names an office or a unit.
 *
 * <pre>
 * GET /health    200 {"status":"UP","store":"UP"}     503 {"status":"DOWN","store":"DOWN"}
 * GET /metrics   200 Prometheus text format
 * </pre>
 */
public final class AdminHandler {

    /** How long the store's probe may take before the relay counts as down: a load balancer waits a few seconds. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BooleanSupplier storeReachable;
    private final RelayMetrics metrics;
    private final ExecutorService probes;

    /** Endpoints over the store's probe and the relay's meters; probes run on {@code probes}. */
    public AdminHandler(BooleanSupplier storeReachable, RelayMetrics metrics, ExecutorService probes) {
        this.storeReachable = storeReachable;
        this.metrics = metrics;
        this.probes = probes;
    }

    /** Answers one request of the admin connector. */
    public void handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (get && "/health".equals(path)) {
            boolean up = probe();
            ObjectNode o = JSON.createObjectNode().put("status", up ? "UP" : "DOWN").put("store", up ? "UP" : "DOWN");
            send(response, callback, up ? 200 : 503, "application/json", o.toString());
        } else if (get && "/metrics".equals(path)) {
            send(response, callback, 200, RelayMetrics.contentType(), metrics.scrape());
        } else {
            send(response, callback, 404, "application/json", JSON.createObjectNode().put("error", "NOT_FOUND")
                    .put("message", "the admin port serves GET /health and GET /metrics only").toString());
        }
    }

    /** The store's probe, bounded in time: a store that hangs is as down as one that fails. */
    private boolean probe() {
        CompletableFuture<Boolean> f = CompletableFuture.supplyAsync(storeReachable::getAsBoolean, probes);
        try {
            return f.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
