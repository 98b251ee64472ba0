package dev.careplan.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.internal.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference relay over HTTPS: the JDK's built-in HTTPS server (no extra dependency, enough for a reference
 * relay), TLS 1.3 only, client-certificate authentication required. The party of a connection is read from its
 * client certificate ({@link Directory#partyOf}); the {@link Relay} applies the rules. Endpoints (JSON; file bytes
 * base64):
 * <pre>
 * POST /units                       {"files":[{"name":…,"data":…}]}   201 {"unit":…,"result":"STORED|DUPLICATE"}
 * GET  /inbox                       200 {"units":["SEQ_SENDER_KIND_RECEIVER_KIND", …]}  (ascending sequence)
 * GET  /inbox/{unit}                200 {"unit":…,"files":[…]}   404 when not mine
 * POST /inbox/{unit}/ack            204
 * POST /inbox/{unit}/reject         {"reason":"MALFORMED"}   204   (deleted; its sender sees REJECTED)
 * GET  /sent/{unit}                 200 {"status":"WAITING|DELIVERED|REJECTED|EXPIRED|UNKNOWN"[,"reason":…]}
 * GET  /directory/{office}/{kind}   200 PEM certificate of a registered party
 * </pre>
 * Every refusal is a JSON {@code {"error":…,"message":…}} with status 400, 401, 403 (sender spoofing), 404, 409,
 * 413 (too large) or 422 (unknown receiver). The access log names office numbers and unit ids only.
 */
public final class RelayServer implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.careplan.transport.access");
    private static final ObjectMapper JSON = Json.forUnits();

    /**
     * Worker threads. The JDK server reads a request (and runs the TLS handshake) on a worker, so a handful of
     * clients that connect and stall would otherwise hold every worker; with the time limits set below a stalled
     * connection is also dropped.
     */
    static final int WORKERS = 32;
    /** Uploads decoded at once: each holds its unit in memory a few times over, so their number is bounded. */
    static final int UPLOADS = 4;

    private final Semaphore uploads = new Semaphore(UPLOADS);

    /** How often an idle relay removes expired units; requests sweep too, so this only bounds the idle case. */
    public static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);

    private final HttpsServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService sweeper;
    private final Relay relay;

    private RelayServer(HttpsServer server, ExecutorService executor, Relay relay) {
        this.server = server;
        this.executor = executor;
        this.relay = relay;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "relay-expiry");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a relay on {@code address} (port 0 for a free port) with the relay's TLS key and the trust anchors of
     * client certificates.
     */
    public static RelayServer start(InetSocketAddress address, Relay relay, KeyStore tlsKey, char[] keyPassword,
            List<X509Certificate> trustAnchors) throws IOException {
        SSLContext ctx;
        try {
            ctx = Tls.context(tlsKey, keyPassword, trustAnchors);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS for the relay: " + e.getMessage(), e);
        }
        serverLimits(relay.maxUnitBytes());
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = ctx.getDefaultSSLParameters();
                p.setProtocols(new String[] {"TLSv1.3"});
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS);
        server.setExecutor(executor);
        RelayServer rs = new RelayServer(server, executor, relay);
        server.createContext("/", rs::handle);
        server.start();
        // At once, so that units that expired while the relay was down leave the disk without waiting for a request.
        rs.sweeper.scheduleWithFixedDelay(rs::sweep, 0, SWEEP_INTERVAL.toSeconds(), TimeUnit.SECONDS);
        return rs;
    }

    /**
     * The JDK server's own time limits, in seconds, read once when its first server starts in the JVM; an explicit
     * setting wins. They bound a whole request or response, body included, so they allow the largest unit at a
     * modest 1 Mbit/s (and never less than two minutes): a stalled client is dropped, a slow honest one is not.
     */
    private static void serverLimits(long maxUnitBytes) {
        long seconds = Math.max(120, maxUnitBytes * 4 / 3 * 8 / 1_000_000);
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", Long.toString(seconds)));
        System.setProperty("sun.net.httpserver.maxRspTime",
                System.getProperty("sun.net.httpserver.maxRspTime", Long.toString(seconds)));
        System.setProperty("sun.net.httpserver.idleInterval",
                System.getProperty("sun.net.httpserver.idleInterval", "30"));
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting connections and waits briefly for running requests. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
    }

    private void sweep() {
        try {
            relay.sweep();
        } catch (RuntimeException e) {
            // A failed sweep must not end the schedule; the next one (or the next request) tries again.
            LoggerFactory.getLogger(RelayServer.class).warn("expiry sweep failed: {}", e.getClass().getName());
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        int status = 500;
        Optional<Party> party = Optional.empty();
        try {
            party = party((HttpsExchange) ex);
            if (party.isEmpty()) {
                status = error(ex, 401, "UNAUTHENTICATED", "the client certificate names no office");
                return;
            }
            if (!relay.directory().isRegistered(party.get())) {
                status = error(ex, 403, "NOT_REGISTERED", "the office " + party.get()
                        + " is not registered with this relay; ask its operator to register the office's certificate");
                return;
            }
            status = route(ex, party.get());
        } catch (TransportException e) {
            status = error(ex, switch (e.reason()) {
                case NOT_FOUND -> 404;
                case REFUSED -> 403;
                case CONFLICT -> 409;
                case TOO_LARGE -> 413;
                case UNKNOWN_RECEIVER -> 422;
                case UNAVAILABLE -> 503;
            }, e.reason().name(), e.getMessage());
        } catch (IllegalArgumentException e) {
            status = error(ex, 400, "BAD_REQUEST", e.getMessage());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RelayServer.class).warn("relay failure: {}", e.getClass().getName());
            status = error(ex, 500, "INTERNAL", "the relay failed; try again later");
        } finally {
            // Closed only here: try-with-resources would close the exchange before an error answer is written.
            ex.close();
            ACCESS.info("{} {} {} {}", party.map(Party::toString).orElse("-"), printable(ex.getRequestMethod()),
                    printable(ex.getRequestURI().getRawPath()), status);
        }
    }

    /** Client text for the access log: at most 200 characters, control characters escaped, so no forged lines. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : c);
        }
        return s.length() > 200 ? b.append('…').toString() : b.toString();
    }

    private static Optional<Party> party(HttpsExchange ex) {
        try {
            Certificate[] peer = ex.getSSLSession().getPeerCertificates();
            return peer.length == 0 ? Optional.empty() : Directory.partyOf((X509Certificate) peer[0]);
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    private int route(HttpExchange ex, Party me) throws IOException {
        String method = ex.getRequestMethod();
        String[] p = ex.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
        if (method.equals("POST") && p.length == 1 && p[0].equals("units")) {
            return receive(ex, me);
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
                files.addObject().put("name", f.name()).put("data", f.bytes());
            }
            return json(ex, 200, o);
        }
        if (method.equals("POST") && p.length == 3 && p[0].equals("inbox") && p[2].equals("ack")) {
            relay.acknowledge(me, unitId(p[1]));
            ex.sendResponseHeaders(204, -1);
            return 204;
        }
        if (method.equals("POST") && p.length == 3 && p[0].equals("inbox") && p[2].equals("reject")) {
            JsonNode body;
            try (InputStream in = ex.getRequestBody()) {
                body = JSON.readTree(in.readNBytes(4096));
            } catch (IOException e) {
                throw new IllegalArgumentException("the body must be {\"reason\":\"<CODE>\"}");
            }
            JsonNode reason = body == null ? null : body.get("reason");
            relay.reject(me, unitId(p[1]), reason == null || !reason.isTextual() ? null : reason.asText());
            ex.sendResponseHeaders(204, -1);
            return 204;
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
            byte[] pem = TestPki.pem(c).getBytes(StandardCharsets.US_ASCII);
            ex.getResponseHeaders().set("Content-Type", "application/x-pem-file");
            ex.sendResponseHeaders(200, pem.length);
            ex.getResponseBody().write(pem);
            return 200;
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

    private int receive(HttpExchange ex, Party me) throws IOException {
        long limit = relay.maxUnitBytes() / 3 * 4 + 64 * 1024;
        String len = ex.getRequestHeaders().getFirst("Content-Length");
        if (len != null && Long.parseLong(len) > limit) {
            throw new TransportException(Reason.TOO_LARGE, "the request is larger than this relay accepts ("
                    + relay.maxUnitBytes() + " bytes per unit)");
        }
        if (!uploads.tryAcquire()) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay is busy with other uploads; try again shortly");
        }
        try {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            if (body.length > limit) {
                throw new TransportException(Reason.TOO_LARGE, "the request is larger than this relay accepts ("
                        + relay.maxUnitBytes() + " bytes per unit)");
            }
            Unit unit = unitOf(body);
            UnitStore.PutResult r = relay.accept(me, unit);
            return json(ex, 201, JSON.createObjectNode().put("unit", unit.id().key()).put("result", r.name()));
        } finally {
            uploads.release();
        }
    }

    /** The unit of an upload body; any malformed body is a 400 with the expected shape, never a 500. */
    private static Unit unitOf(byte[] body) {
        String shape = "the body must be {\"files\":[{\"name\":\"<standard name>.p7m\",\"data\":\"<base64>\"}, …]}";
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON; " + shape);
        }
        JsonNode arr = root == null ? null : root.get("files");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new IllegalArgumentException(shape);
        }
        List<UnitFile> files = new ArrayList<>();
        for (JsonNode f : arr) {
            JsonNode name = f.get("name");
            JsonNode data = f.get("data");
            if (name == null || !name.isTextual() || data == null || !data.isTextual()) {
                throw new IllegalArgumentException(shape);
            }
            try {
                files.add(new UnitFile(name.asText(), data.binaryValue()));
            } catch (IOException e) {
                throw new IllegalArgumentException("the data of " + name.asText() + " is not base64; " + shape);
            }
        }
        return new Unit(Unit.idOf(files.get(0).name()), files);
    }

    private static int json(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
        return status;
    }

    private static int error(HttpExchange ex, int status, String code, String message) throws IOException {
        return json(ex, status, JSON.createObjectNode().put("error", code).put("message", message));
    }
}
