package dev.careplan.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.relay.internal.AdminHandler;
import dev.careplan.relay.internal.ConnectionGuard;
import dev.careplan.relay.internal.PartsFolder;
import dev.careplan.relay.internal.RelayMetrics;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Folders;
import dev.careplan.transport.internal.Json;
import dev.careplan.transport.internal.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference relay over HTTPS (Jetty), TLS 1.3 only, client-certificate authentication required. The party of a
 * connection is read from its client certificate ({@link Directory#partyOf}); the {@link Relay} applies the rules.
 * Endpoints (JSON, except file bytes, which are {@code application/octet-stream} streamed in both directions):
 * <pre>
 * PUT  /units/{unit}/files/{name}   file bytes   201 {"name":…,"size":…,"sha256":…}   (a part, not yet visible)
 * POST /units/{unit}                {"files":[{"name":…,"size":…,"sha256":…}]}   201 {"unit":…,"result":"STORED|DUPLICATE"}
 * GET  /inbox                       200 {"units":["SEQ_SENDER_KIND_RECEIVER_KIND", …]}  (ascending sequence)
 * GET  /inbox/{unit}                200 {"unit":…,"files":[{"name":…,"size":…,"sha256":…}]}   404 when not mine
 * GET  /inbox/{unit}/files/{name}   200 file bytes
 * POST /inbox/{unit}/ack            204
 * POST /inbox/{unit}/reject         {"reason":"MALFORMED"}   204   (deleted; its sender sees REJECTED)
 * GET  /sent/{unit}                 200 {"status":"WAITING|DELIVERED|REJECTED|EXPIRED|UNKNOWN"[,"reason":…]}
 * GET  /directory/{office}/{kind}   200 PEM certificate of a registered party
 * </pre>
 * Every refusal is a JSON {@code {"error":…,"message":…}} with status 400, 401, 403 (sender spoofing, or a
 * certificate that is not the registered one), 404, 409, 413 (too large), 422 (unknown receiver), 429 (too much
 * from one office at once) or 503 (busy). The access log names office numbers and unit ids only.
 *
 * <p>A unit is uploaded file by file: each {@code PUT} streams one file into a part on the relay's local disk
 * (its SHA-256 computed on the way, a constant buffer in memory), and the {@code POST} of the unit's manifest commits
 * the parts into the store in one step, so the unit becomes visible only when all its files are stored. The rules of
 * a unit's sender and receiver are checked on every part before any byte is read. Parts never committed are deleted
 * after {@link #PART_LIFETIME} by a background sweep, and the parts of a relay killed outright by the next relay
 * started on the machine ({@code PartsFolder}). The parts of one unit and its commit go to the same node: a
 * commit that reaches a node lacking a part (behind a balancer, when a broken connection was re-opened to another
 * node) is refused with the error {@code PART_MISSING}, on which {@code RelayClient} uploads the whole unit again.
 *
 * <p>Slow or stalled clients cannot starve it ({@link Limits}): handshakes need no thread and must complete within a
 * time limit; connections per client address, requests per office and uploads (in total and per office) are
 * bounded; a connection idle for too long, or an upload slower than a minimum rate, is dropped.
 *
 * <p><b>Admin port (health and metrics).</b> {@code GET /health} and {@code GET /metrics} (Prometheus text format)
 * are served on an optional second connector in plain HTTP, on its own address ({@code careplan relay serve
 * --admin-port}, bound to 127.0.0.1 unless {@code --admin-host} says otherwise), never on the TLS port. This is the
 * design a deployment of several nodes on one PostgreSQL needs: the load balancer in front of the nodes passes TLS
 * through (each node must see the office's client certificate itself, so the balancer cannot terminate TLS), and it
 * has no office certificate to complete the mutual handshake with; registering one for it would give it a mailbox
 * and the directory. Its health check therefore reaches each node's admin port directly, and a node whose database
 * cannot be reached answers 503 and is taken out of rotation while the other nodes keep serving. Prometheus scrapes
 * each node the same way; counters are per node and add up across nodes. The admin port answers nothing else, and
 * its answers name no office or unit (route templates only), but it tells how busy the relay is: bind it to a
 * private interface, never to the internet.
 */
public final class RelayServer implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.careplan.relay.access");
    private static final ObjectMapper JSON = Json.forUnits();

    /**
     * The relay's bounds on clients, each with a default for a national relay. Tests use short time limits.
     *
     * @param handshakeTimeout           time a new connection has to complete its TLS handshake
     * @param idleTimeout                time a connection may send or take nothing before it is closed
     * @param minUploadBytesPerSecond    slowest upload accepted (measured over the whole request body)
     * @param maxConnectionsPerAddress   TLS connections open at once from one client address
     * @param maxRequestsPerOffice       requests in progress at once for one office
     * @param maxUploads                 uploads streaming at once (each holds a 64 KiB buffer and a part file)
     * @param maxUploadsPerOffice        uploads at once from one office, below {@code maxUploads} so that one
     *                                   office cannot take every upload slot
     */
    public record Limits(Duration handshakeTimeout, Duration idleTimeout, long minUploadBytesPerSecond,
            int maxConnectionsPerAddress, int maxRequestsPerOffice, int maxUploads, int maxUploadsPerOffice) {

        /** Checks the bounds. */
        public Limits {
            Objects.requireNonNull(handshakeTimeout);
            Objects.requireNonNull(idleTimeout);
            if (handshakeTimeout.isNegative() || handshakeTimeout.isZero() || idleTimeout.isNegative()
                    || idleTimeout.isZero() || minUploadBytesPerSecond < 0 || maxConnectionsPerAddress < 1
                    || maxRequestsPerOffice < 1 || maxUploads < 1 || maxUploadsPerOffice < 1) {
                throw new IllegalArgumentException("relay limits must be positive");
            }
        }

        /**
         * 10 s for a handshake, 30 s idle, uploads at 16 kB/s at least, 16 connections per address, 16 requests
         * and 2 uploads per office, 8 uploads in all.
         */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 16_000, 16, 16, 8, 2);
        }

        /** These limits with another handshake time limit. */
        public Limits withHandshakeTimeout(Duration d) {
            return new Limits(d, idleTimeout, minUploadBytesPerSecond, maxConnectionsPerAddress,
                    maxRequestsPerOffice, maxUploads, maxUploadsPerOffice);
        }

        /** These limits with another idle time limit. */
        public Limits withIdleTimeout(Duration d) {
            return new Limits(handshakeTimeout, d, minUploadBytesPerSecond, maxConnectionsPerAddress,
                    maxRequestsPerOffice, maxUploads, maxUploadsPerOffice);
        }

        /** These limits with another minimum upload rate. */
        public Limits withMinUploadBytesPerSecond(long rate) {
            return new Limits(handshakeTimeout, idleTimeout, rate, maxConnectionsPerAddress, maxRequestsPerOffice,
                    maxUploads, maxUploadsPerOffice);
        }

        /** These limits with other connection, request and upload counts. */
        public Limits withCounts(int connectionsPerAddress, int requestsPerOffice, int uploads, int uploadsPerOffice) {
            return new Limits(handshakeTimeout, idleTimeout, minUploadBytesPerSecond, connectionsPerAddress,
                    requestsPerOffice, uploads, uploadsPerOffice);
        }
    }

    /**
     * How often the relay removes expired units, in the background only (a request costs nothing for it): a unit
     * stays at most this long past its retention.
     */
    public static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);
    /** How long an uploaded part may wait for its unit's commit before the sweep deletes it. */
    public static final Duration PART_LIFETIME = Duration.ofHours(1);
    /** The wait a busy relay asks for in {@code Retry-After}; clients add their own random jitter. */
    static final long RETRY_AFTER_SECONDS = 1;
    /** The largest unit manifest or other JSON request body. */
    private static final int MAX_JSON_BODY = 256 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService sweeper;
    private final Relay relay;
    private final Limits limits;
    private final Semaphore uploads;
    private final Map<Party, Semaphore> officeUploads = new ConcurrentHashMap<>();
    private final Map<Party, Semaphore> officeRequests = new ConcurrentHashMap<>();
    private final PartsFolder partsFolder;
    private final Path parts;
    private final RelayMetrics metrics;
    private final Relay.Listener counting;
    private final ExecutorService probes;
    private ServerConnector adminConnector;

    private RelayServer(Server server, ServerConnector connector, Relay relay, Limits limits,
            PartsFolder partsFolder) {
        this.partsFolder = partsFolder;
        this.parts = partsFolder.path();
        this.server = server;
        this.connector = connector;
        this.relay = relay;
        this.limits = limits;
        this.uploads = new Semaphore(limits.maxUploads());
        this.metrics = new RelayMetrics(() -> connector.getConnectedEndPoints().size(),
                () -> limits.maxUploads() - uploads.availablePermits());
        this.counting = new Relay.Listener() {
            @Override
            public void stored(long bytes) {
                metrics.stored(bytes);
            }

            @Override
            public void delivered() {
                metrics.delivered();
            }

            @Override
            public void rejected() {
                metrics.rejected();
            }

            @Override
            public void expired(int count) {
                metrics.expired(count);
            }
        };
        this.probes = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "relay-health");
            t.setDaemon(true);
            return t;
        });
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relay-expiry");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a relay on {@code address} (port 0 for a free port) with the relay's TLS key, the trust anchors of
     * client certificates and the default {@link Limits}.
     */
    public static RelayServer start(InetSocketAddress address, Relay relay, KeyStore tlsKey, char[] keyPassword,
            List<X509Certificate> trustAnchors) throws IOException {
        return start(address, relay, tlsKey, keyPassword, trustAnchors, Limits.defaults());
    }

    /** Starts a relay as {@link #start(InetSocketAddress, Relay, KeyStore, char[], List)} does, with {@code limits}. */
    public static RelayServer start(InetSocketAddress address, Relay relay, KeyStore tlsKey, char[] keyPassword,
            List<X509Certificate> trustAnchors, Limits limits) throws IOException {
        return start(address, relay, tlsKey, keyPassword, trustAnchors, limits, Optional.empty());
    }

    /**
     * Starts a relay as {@link #start(InetSocketAddress, Relay, KeyStore, char[], List, Limits)} does, with the admin
     * port ({@code GET /health}, {@code GET /metrics} in plain HTTP) on {@code admin} when present (port 0 for a free
     * port; see the class description for why it is a port of its own).
     */
    public static RelayServer start(InetSocketAddress address, Relay relay, KeyStore tlsKey, char[] keyPassword,
            List<X509Certificate> trustAnchors, Limits limits, Optional<InetSocketAddress> admin) throws IOException {
        SSLContext ctx;
        try {
            ctx = Tls.context(tlsKey, keyPassword, trustAnchors);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS for the relay: " + e.getMessage(), e);
        }
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(ctx);
        tls.setNeedClientAuth(true);
        tls.setIncludeProtocols("TLSv1.3");
        HttpConfiguration http = new HttpConfiguration();
        // Client certificates are read from the request; the host name is not checked against SNI (clients may
        // connect by address).
        http.addCustomizer(new SecureRequestCustomizer(false));
        http.setMinRequestDataRate(limits.minUploadBytesPerSecond());
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        http.setSendServerVersion(false);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("relay");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        // Parts wait on this node's disk, never in memory: a unit of any size costs a buffer per upload.
        RelayServer rs = new RelayServer(server, connector, relay, limits,
                PartsFolder.create(Path.of(System.getProperty("java.io.tmpdir"))));
        connector.addBean(new ConnectionGuard(limits.handshakeTimeout(), limits.maxConnectionsPerAddress(),
                connector.getScheduler()));
        if (admin.isPresent()) {
            rs.adminConnector = adminConnector(server, admin.get(), limits);
        }
        AdminHandler adminHandler = new AdminHandler(relay::storeReachable, rs.metrics, rs.probes);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (rs.adminConnector != null && request.getConnectionMetaData().getConnector() == rs.adminConnector) {
                    adminHandler.handle(request, response, callback);
                } else {
                    rs.handle(request, response, callback);
                }
                return true;
            }
        });
        relay.listen(rs.counting);
        try {
            server.start();
        } catch (IOException e) {
            rs.close();
            throw e;
        } catch (Exception e) {
            rs.close();
            throw new IOException("cannot start the relay: " + e.getMessage(), e);
        }
        // At once, so that units that expired while the relay was down leave the disk without waiting for a request.
        rs.sweeper.scheduleWithFixedDelay(rs::sweep, 0, SWEEP_INTERVAL.toSeconds(), TimeUnit.SECONDS);
        rs.sweeper.scheduleWithFixedDelay(rs::sweepParts, 1, 1, TimeUnit.MINUTES);
        return rs;
    }

    /** Plain HTTP, few threads' worth of work: it answers the load balancer and Prometheus only. */
    private static ServerConnector adminConnector(Server server, InetSocketAddress address, Limits limits) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector c = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        c.setName("admin");
        c.setHost(address.getHostString());
        c.setPort(address.getPort());
        c.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(c);
        return c;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Starting failed already; that failure is reported.
        }
    }

    /** The bound port. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The bound port of the admin connector ({@code /health}, {@code /metrics}); empty when it has none. */
    public OptionalInt adminPort() {
        return adminConnector == null ? OptionalInt.empty() : OptionalInt.of(adminConnector.getLocalPort());
    }

    /** The folder where this node keeps uploaded parts until their commit (tests take parts away from it). */
    Path partsFolder() {
        return parts;
    }

    /** The limits this relay applies. */
    public Limits limits() {
        return limits;
    }

    /** Stops accepting connections and ends running requests. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        relay.unlisten(counting);
        stopQuietly(server);
        deleteParts();
        probes.shutdownNow();
        metrics.close();
    }

    private void deleteParts() {
        try {
            partsFolder.close();
        } catch (IOException e) {
            LoggerFactory.getLogger(RelayServer.class).warn("cannot delete uploaded parts: {}", e.getClass().getName());
        }
    }

    /** Deletes the parts of units not committed within {@link #PART_LIFETIME}. */
    void sweepParts() {
        long cutoff = System.currentTimeMillis() - PART_LIFETIME.toMillis();
        try (Stream<Path> units = Files.list(parts)) {
            for (Path u : units.filter(u -> !u.getFileName().toString().equals(PartsFolder.LOCK)).toList()) {
                if (Files.getLastModifiedTime(u).toMillis() < cutoff) {
                    Folders.deleteTree(u, true);
                }
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(RelayServer.class).warn("part sweep failed: {}", e.getClass().getName());
        }
    }

    private void sweep() {
        try {
            relay.sweep();
        } catch (RuntimeException e) {
            // A failed sweep must not end the schedule; the next one (or the next request) tries again.
            LoggerFactory.getLogger(RelayServer.class).warn("expiry sweep failed: {}", e.getClass().getName());
        }
    }

    /** One exchange: the request, its answer, and the callback that completes it. */
    private record Exchange(Request request, Response response, Callback callback) {
        String method() {
            return request.getMethod();
        }

        String path() {
            String p = request.getHttpURI().getPath();
            return p == null ? "/" : p;
        }
    }

    private void handle(Request request, Response response, Callback callback) {
        Exchange ex = new Exchange(request, response, callback);
        long started = System.nanoTime();
        int status = 500;
        Optional<Party> party = Optional.empty();
        Semaphore officeSlot = null;
        try {
            Optional<X509Certificate> cert = peer(request);
            party = cert.flatMap(Directory::partyOf);
            if (party.isEmpty()) {
                status = error(ex, 401, "UNAUTHENTICATED", "the client certificate names no office");
                return;
            }
            Directory directory = relay.directory();
            if (!directory.isRegistered(party.get())) {
                status = error(ex, 403, "NOT_REGISTERED", "the office " + party.get()
                        + " is not registered with this relay; ask its operator to register the office's certificate");
                return;
            }
            // The registered certificate, not any certificate naming the office: a CA may issue several.
            if (!directory.isRegisteredCertificate(cert.get())) {
                status = error(ex, 403, "NOT_REGISTERED_CERTIFICATE", "this certificate of office " + party.get()
                        + " is not the one registered with this relay (SHA-256 " + Directory.fingerprint(cert.get())
                        + "); ask its operator to register it");
                party = Optional.empty();
                return;
            }
            if (directory.isRevoked(cert.get())) {
                status = error(ex, 403, "REVOKED", "this certificate of office " + party.get() + " is revoked");
                party = Optional.empty();
                return;
            }
            Semaphore slots = officeRequests.computeIfAbsent(party.get(),
                    p -> new Semaphore(limits.maxRequestsPerOffice()));
            if (!slots.tryAcquire()) {
                throw new TransportException(Reason.TOO_MANY, "the office " + party.get() + " has "
                        + limits.maxRequestsPerOffice() + " requests in progress; wait for them before sending more");
            }
            officeSlot = slots;
            status = route(ex, party.get());
        } catch (TransportException e) {
            if (e.reason() == Reason.UNAVAILABLE) {
                // Busy: the client is told when to come back, on the same connection. Its body is read and dropped
                // first, so it sees this answer instead of a connection closed under its upload.
                discardBody(ex);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            status = error(ex, switch (e.reason()) {
                case NOT_FOUND -> 404;
                case REFUSED -> 403;
                case CONFLICT -> 409;
                case TOO_LARGE -> 413;
                case UNKNOWN_RECEIVER -> 422;
                case TOO_MANY -> 429;
                case UNAVAILABLE -> 503;
            }, e.reason().name(), e.getMessage());
        } catch (PartMissingException e) {
            // Its own code: a client whose parts went to another node (a connection broken and re-opened behind a
            // balancer) uploads the unit again rather than giving up.
            status = error(ex, 400, "PART_MISSING", e.getMessage());
        } catch (IllegalArgumentException e) {
            status = error(ex, 400, "BAD_REQUEST", e.getMessage());
        } catch (UncheckedIOException e) {
            // The client went away or was too slow (idle time, minimum upload rate): there is no one to answer.
            status = 408;
            callback.failed(e.getCause());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RelayServer.class).warn("relay failure: {}", e.getClass().getName());
            status = error(ex, 500, "INTERNAL", "the relay failed; try again later");
        } finally {
            if (officeSlot != null) {
                officeSlot.release();
            }
            ACCESS.info("{} {} {} {}", party.map(Party::toString).orElse("-"), printable(ex.method()),
                    printable(ex.path()), status);
            metrics.request(ex.method(), ex.path(), status, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Reads and drops what is left of the request body, up to the largest unit; a longer one ends the connection. */
    private void discardBody(Exchange ex) {
        byte[] buf = new byte[1 << 16];
        long left = relay.maxUnitBytes() + MAX_JSON_BODY;
        try (InputStream in = Content.Source.asInputStream(ex.request())) {
            for (int n; left > 0 && (n = in.read(buf)) >= 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // The client went away: the answer below goes nowhere, which is fine.
        }
    }

    /** Client text for the access log: at most 200 characters, control characters escaped, so no forged lines. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7F ? String.format(Locale.ROOT, "\\x%02X", (int) c) : c);
        }
        return s.length() > 200 ? b.append('…').toString() : b.toString();
    }

    private static Optional<X509Certificate> peer(Request request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData ssl) {
            X509Certificate[] chain = ssl.peerCertificates();
            return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
        }
        return Optional.empty();
    }

    private int route(Exchange ex, Party me) {
        String method = ex.method();
        String[] p = ex.path().replaceAll("^/+|/+$", "").split("/");
        if (method.equals("PUT") && p.length == 4 && p[0].equals("units") && p[2].equals("files")) {
            return receivePart(ex, me, p[1], p[3]);
        }
        if (method.equals("POST") && p.length == 2 && p[0].equals("units")) {
            return commit(ex, me, p[1]);
        }
        if (method.equals("GET") && p.length == 1 && p[0].equals("inbox")) {
            ObjectNode o = JSON.createObjectNode();
            ArrayNode units = o.putArray("units");
            relay.inbox(me).forEach(id -> units.add(id.key()));
            return json(ex, 200, o);
        }
        if (method.equals("GET") && p.length == 2 && p[0].equals("inbox")) {
            Unit u = relay.download(me, unitId(p[1]));
            ObjectNode o = JSON.createObjectNode().put("unit", u.id().key());
            ArrayNode files = o.putArray("files");
            for (UnitFile f : u.files()) {
                files.addObject().put("name", f.name()).put("size", f.size()).put("sha256", f.sha256());
            }
            return json(ex, 200, o);
        }
        if (method.equals("GET") && p.length == 4 && p[0].equals("inbox") && p[2].equals("files")) {
            Unit u = relay.download(me, unitId(p[1]));
            UnitFile f = u.files().stream().filter(x -> x.name().equals(p[3])).findFirst().orElseThrow(() ->
                    new TransportException(Reason.NOT_FOUND, "unit " + u.id() + " has no file " + p[3]));
            return stream(ex, f);
        }
        if (method.equals("POST") && p.length == 3 && p[0].equals("inbox") && p[2].equals("ack")) {
            relay.acknowledge(me, unitId(p[1]));
            return empty(ex, 204);
        }
        if (method.equals("POST") && p.length == 3 && p[0].equals("inbox") && p[2].equals("reject")) {
            JsonNode body;
            try {
                body = JSON.readTree(body(ex, 4096));
            } catch (IOException e) {
                throw new IllegalArgumentException("the body must be {\"reason\":\"<CODE>\"}");
            }
            JsonNode reason = body == null ? null : body.get("reason");
            relay.reject(me, unitId(p[1]), reason == null || !reason.isTextual() ? null : reason.asText());
            return empty(ex, 204);
        }
        if (method.equals("GET") && p.length == 2 && p[0].equals("sent")) {
            UnitId id = unitId(p[1]);
            ObjectNode o = JSON.createObjectNode().put("status", relay.status(me, id).name());
            relay.rejection(me, id).ifPresent(r -> o.put("reason", r));
            return json(ex, 200, o);
        }
        if (method.equals("GET") && p.length == 3 && p[0].equals("directory")) {
            X509Certificate c = relay.directory().certificateOf(Party.of(p[1], p[2])).orElseThrow(() ->
                    new TransportException(Reason.NOT_FOUND, "no registered office " + p[1] + ":" + p[2]));
            return send(ex, 200, "application/x-pem-file", TestPki.pem(c).getBytes(StandardCharsets.US_ASCII));
        }
        return error(ex, 404, "NOT_FOUND", "no such endpoint");
    }

    private static UnitId unitId(String key) {
        try {
            return UnitId.parse(key);
        } catch (RuntimeException e) {
            throw new TransportException(Reason.NOT_FOUND, "no such unit");
        }
    }

    /** The unit an upload names; a malformed key is a bad request, not a missing unit. */
    private static UnitId uploadId(String key) {
        try {
            return UnitId.parse(key);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the path must name a unit, /units/SEQ_SENDER_KIND_RECEIVER_KIND/…");
        }
    }

    /** Streams one file of a unit into a part on disk; nothing is visible until the unit is committed. */
    private int receivePart(Exchange ex, Party me, String key, String name) {
        UnitId id = uploadId(key);
        UnitFile.Source none = () -> InputStream.nullInputStream();
        UnitFile.streamed(name, 0, none); // checks the file name: a plain name, no folders
        UnitId named;
        try {
            named = Unit.idOf(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a standard file name");
        }
        if (!named.equals(id)) {
            throw new IllegalArgumentException(name + " belongs to unit " + named + ", not " + id);
        }
        relay.admit(me, id);
        long max = relay.maxUnitBytes();
        if (ex.request().getLength() > max) {
            throw tooLarge();
        }
        Path unitParts = parts.resolve(id.key());
        Semaphore mine = officeUploads.computeIfAbsent(me, p -> new Semaphore(limits.maxUploadsPerOffice()));
        if (!mine.tryAcquire()) {
            throw new TransportException(Reason.TOO_MANY, "the office " + me + " has " + limits.maxUploadsPerOffice()
                    + " uploads in progress; wait for them before sending more");
        }
        try {
            if (!uploads.tryAcquire()) {
                throw new TransportException(Reason.UNAVAILABLE, "the relay is busy with other uploads; try again"
                        + " shortly");
            }
            try {
                Files.createDirectories(unitParts);
                try (Stream<Path> s = Files.list(unitParts)) {
                    if (s.count() >= relay.quotas().filesPerUnit()) {
                        throw relay.tooManyFiles(relay.quotas().filesPerUnit() + 1);
                    }
                }
                Path tmp = unitParts.resolve("." + UUID.randomUUID());
                try {
                    MessageDigest d = MessageDigest.getInstance("SHA-256");
                    long size = copyBody(ex, tmp, d, max);
                    String sha256 = HexFormat.of().formatHex(d.digest());
                    // Named by its content: the commit finds exactly the bytes its manifest announces.
                    Files.move(tmp, unitParts.resolve(name + "." + sha256), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    return json(ex, 201, JSON.createObjectNode().put("name", name).put("size", size)
                            .put("sha256", sha256));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } finally {
                uploads.release();
            }
        } finally {
            mine.release();
        }
    }

    /** Commits the parts a manifest names as one unit: stored whole, or refused with nothing stored. */
    private int commit(Exchange ex, Party me, String key) {
        UnitId id = uploadId(key);
        relay.admit(me, id);
        String shape = "the body must be {\"files\":[{\"name\":\"<standard name>.p7m\",\"size\":<bytes>,"
                + "\"sha256\":\"<hex>\"}, …]}";
        JsonNode root;
        try {
            root = JSON.readTree(body(ex, MAX_JSON_BODY));
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON; " + shape);
        }
        JsonNode arr = root == null ? null : root.get("files");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new IllegalArgumentException(shape);
        }
        if (arr.size() > relay.quotas().filesPerUnit()) {
            throw relay.tooManyFiles(arr.size());
        }
        Path unitParts = parts.resolve(id.key());
        List<UnitFile> files = new ArrayList<>();
        long total = 0;
        for (JsonNode f : arr) {
            JsonNode name = f.get("name");
            JsonNode size = f.get("size");
            JsonNode sha = f.get("sha256");
            if (name == null || !name.isTextual() || size == null || !size.canConvertToLong() || sha == null
                    || !sha.isTextual() || !sha.asText().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(shape);
            }
            total += size.asLong();
            if (total > relay.maxUnitBytes()) {
                throw tooLarge();
            }
            UnitFile.streamed(name.asText(), 0, () -> InputStream.nullInputStream()); // a plain file name
            Path part = unitParts.resolve(name.asText() + "." + sha.asText());
            try {
                if (!Files.isRegularFile(part) || Files.size(part) != size.asLong()) {
                    throw new PartMissingException("the file " + name.asText() + " of unit " + id + " was not"
                            + " uploaded to this relay node with this size and SHA-256; upload it with PUT /units/"
                            + id.key() + "/files/" + name.asText() + " first");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(UnitFile.streamed(name.asText(), size.asLong(), sha.asText(), () -> Files.newInputStream(part)));
        }
        Unit unit = new Unit(id, files);
        UnitStore.PutResult r = relay.accept(me, unit);
        try {
            Folders.deleteTree(unitParts, true);
        } catch (IOException e) {
            // The part sweep removes them later.
        }
        return json(ex, 201, JSON.createObjectNode().put("unit", unit.id().key()).put("result", r.name()));
    }

    private TransportException tooLarge() {
        return new TransportException(Reason.TOO_LARGE, "the unit is larger than this relay accepts ("
                + relay.maxUnitBytes() + " bytes per unit)");
    }

    /**
     * Copies the request body into {@code to} with a constant buffer, digesting it, at most {@code max} bytes (more
     * is {@link Reason#TOO_LARGE}); a client too slow or gone is an {@link UncheckedIOException}, as in
     * {@link #body}.
     */
    private long copyBody(Exchange ex, Path to, MessageDigest digest, long max) throws IOException {
        long start = System.nanoTime();
        long minRate = limits.minUploadBytesPerSecond();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = Content.Source.asInputStream(ex.request());
                OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                if (total > max) {
                    throw tooLarge();
                }
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds > 1 && total < minRate * seconds) {
                    throw new UncheckedIOException(new IOException("the upload is slower than " + minRate
                            + " bytes per second"));
                }
            }
        } catch (UncheckedIOException | TransportException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /**
     * The request body, at most {@code max} bytes. A client too slow or gone is an {@link UncheckedIOException}: one
     * that sends nothing for the idle time, or (after a second of grace) less than the minimum upload rate on
     * average, so that trickling a byte now and then cannot hold an upload slot either.
     */
    private byte[] body(Exchange ex, int max) {
        long start = System.nanoTime();
        long minRate = limits.minUploadBytesPerSecond();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Content.Source.asInputStream(ex.request())) {
            while (out.size() < max) {
                int n = in.read(buf, 0, Math.min(buf.length, max - out.size()));
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds > 1 && out.size() < minRate * seconds) {
                    throw new IOException("the upload is slower than " + minRate + " bytes per second");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a stored file as the answer, with a constant buffer. */
    private static int stream(Exchange ex, UnitFile f) {
        ex.response().setStatus(200);
        ex.response().getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        ex.response().getHeaders().put(HttpHeader.CONTENT_LENGTH, f.size());
        try (InputStream in = f.open(); OutputStream out = Content.Sink.asOutputStream(ex.response())) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ex.callback().succeeded();
        return 200;
    }

    private static int json(Exchange ex, int status, JsonNode body) {
        try {
            return send(ex, status, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int send(Exchange ex, int status, String type, byte[] body) {
        ex.response().setStatus(status);
        ex.response().getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        ex.response().getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        ex.response().write(true, ByteBuffer.wrap(body), ex.callback());
        return status;
    }

    private static int empty(Exchange ex, int status) {
        ex.response().setStatus(status);
        ex.response().write(true, null, ex.callback());
        return status;
    }

    private static int error(Exchange ex, int status, String code, String message) {
        return json(ex, status, JSON.createObjectNode().put("error", code).put("message", message));
    }

    /** A commit names a file whose part is not on this node (never uploaded, or uploaded to another node). */
    private static final class PartMissingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PartMissingException(String message) {
            super(message);
        }
    }
}
