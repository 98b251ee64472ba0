package dev.careplan.relay.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * The relay's meters (Micrometer, scraped in Prometheus text format on the admin connector). Labels hold route
 * templates, methods and status codes only: never an office number, a unit id or anything a client chose, so that a
 * scrape carries no personal data and a client cannot make the label sets grow.
 */
public final class RelayMetrics implements AutoCloseable {

    /** One route: its method, its template (the label) and the pattern of the paths it answers. */
    private record Route(String method, String template, Pattern path) {
        static Route of(String method, String template) {
            String regex = Pattern.quote(template).replaceAll("\\{[a-z]+}", "\\\\E[^/]+\\\\Q");
            return new Route(method, template, Pattern.compile(regex));
        }
    }

    /** The relay's routes. A route missing here is labelled {@code other}: add new routes of the relay to it. */
    private static final List<Route> ROUTES = List.of(
            Route.of("PUT", "/units/{unit}/files/{name}"),
            Route.of("POST", "/units/{unit}"),
            Route.of("GET", "/inbox"),
            Route.of("GET", "/inbox/{unit}"),
            Route.of("GET", "/inbox/{unit}/files/{name}"),
            Route.of("POST", "/inbox/{unit}/ack"),
            Route.of("POST", "/inbox/{unit}/reject"),
            Route.of("GET", "/sent/{unit}"),
            Route.of("GET", "/directory/{office}/{kind}"));

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter stored;
    private final Counter storedBytes;
    private final Counter delivered;
    private final Counter rejected;
    private final Counter expired;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /**
     * Meters of one relay; {@code openConnections} and {@code uploadsInProgress} are read at each scrape (held
     * strongly: a gauge holds its object weakly by default, and a lambda nobody else holds would be collected).
     */
    public RelayMetrics(IntSupplier openConnections, IntSupplier uploadsInProgress) {
        stored = Counter.builder("careplan.relay.units.stored").description("units stored (not counting identical"
                + " re-sends)").register(registry);
        storedBytes = Counter.builder("careplan.relay.stored").baseUnit("bytes").description("bytes of the units"
                + " stored").register(registry);
        delivered = Counter.builder("careplan.relay.units.delivered").description("units acknowledged by their"
                + " receiver (bytes deleted)").register(registry);
        rejected = Counter.builder("careplan.relay.units.rejected").description("units rejected by their receiver"
                + " (bytes deleted)").register(registry);
        expired = Counter.builder("careplan.relay.units.expired").description("units deleted unread at the end of"
                + " the retention period").register(registry);
        Gauge.builder("careplan.relay.connections.open", openConnections, IntSupplier::getAsInt)
                .description("TLS connections open").strongReference(true).register(registry);
        Gauge.builder("careplan.relay.uploads.in.progress", uploadsInProgress, IntSupplier::getAsInt)
                .description("uploads being received").strongReference(true).register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** A unit of {@code bytes} bytes was stored. */
    public void stored(long bytes) {
        stored.increment();
        storedBytes.increment(bytes);
    }

    /** A unit was acknowledged. */
    public void delivered() {
        delivered.increment();
    }

    /** A unit was rejected by its receiver. */
    public void rejected() {
        rejected.increment();
    }

    /** {@code count} units expired. */
    public void expired(int count) {
        expired.increment(count);
    }

    /**
     * One answered request: its latency under its route template, and a count of the refusals that tell an operator
     * the relay is too small (503 busy, 429 too many from one office).
     */
    public void request(String method, String path, int status, Duration latency) {
        String route = template(method, path);
        String m = route.equals("other") ? "other" : method;
        String code = status(status);
        Timer.builder("careplan.relay.requests").description("requests answered, by route template")
                .tags("method", m, "route", route, "status", code)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry).record(latency.toNanos(), TimeUnit.NANOSECONDS);
        if (status == 503 || status == 429) {
            Counter.builder("careplan.relay.refusals").description("requests refused as busy (503) or too many from"
                    + " one office (429)").tags("route", route, "status", code).register(registry).increment();
        }
    }

    /** The route template of a request, or {@code other}: a label never holds a path as sent. */
    static String template(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Route r : ROUTES) {
            if (r.method().equals(method) && r.path().matcher(p).matches()) {
                return r.template();
            }
        }
        return "other";
    }

    /** The meters in Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /** Stops listening to the JVM's GC notifications (one listener per relay started in a JVM otherwise stays). */
    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    /** Content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    /** The status code as a label: a code outside 100–599 is {@code other}. */
    static String status(int status) {
        return status >= 100 && status <= 599 ? Integer.toString(status) : "other";
    }
}
