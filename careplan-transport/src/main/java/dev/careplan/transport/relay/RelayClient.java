package dev.careplan.transport.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Json;
import dev.careplan.transport.internal.Tls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import javax.net.ssl.SSLParameters;

/**
 * {@link Transport} to the reference relay ({@code RelayServer} of {@code careplan-relay}) over HTTPS with the office's certificate as TLS
 * client certificate. Also looks receivers up in the relay's directory, to seal for them.
 */
public final class RelayClient implements Transport {

    private static final ObjectMapper JSON = Json.forUnits();

    private final HttpClient http;
    private final URI base;
    private final RetryPolicy retry;
    private final Random random;
    private final RetryPolicy.Sleeper sleeper;

    private RelayClient(HttpClient http, URI base, RetryPolicy retry, Random random, RetryPolicy.Sleeper sleeper) {
        this.http = http;
        this.base = base;
        this.retry = retry;
        this.random = random;
        this.sleeper = sleeper;
    }

    /** A client for the relay at {@code base} (e.g. {@code https://localhost:8443/}) with the default retries. */
    public static RelayClient connect(URI base, KeyStore officeKey, char[] keyPassword,
            List<X509Certificate> trustAnchors) {
        return connect(base, officeKey, keyPassword, trustAnchors, RetryPolicy.defaults(), new Random(),
                RetryPolicy.Sleeper.real());
    }

    /**
     * A client that retries a busy or unreachable relay as {@code retry} says, drawing its jitter from
     * {@code random} and waiting with {@code sleeper} (tests give fixed ones).
     */
    public static RelayClient connect(URI base, KeyStore officeKey, char[] keyPassword,
            List<X509Certificate> trustAnchors, RetryPolicy retry, Random random, RetryPolicy.Sleeper sleeper) {
        try {
            SSLParameters tls13 = new SSLParameters();
            tls13.setProtocols(new String[] {"TLSv1.3"});
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(Tls.context(officeKey, keyPassword, trustAnchors))
                    .sslParameters(tls13)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String s = base.toString();
            return new RelayClient(http, URI.create(s.endsWith("/") ? s : s + "/"), Objects.requireNonNull(retry),
                    Objects.requireNonNull(random), Objects.requireNonNull(sleeper));
        } catch (GeneralSecurityException e) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /**
     * Uploads each file with one streamed {@code PUT} (a constant buffer, whatever its size), then commits the unit
     * with its manifest; the relay makes it visible only then. Parts wait on the node that received them: when the
     * commit reaches a node that lacks a part (the connection broke and a new one went to another node behind a
     * balancer), the node answers {@code PART_MISSING} and the whole unit is uploaded again, at most
     * {@value #UPLOAD_ROUNDS} times in all.
     */
    @Override
    public void send(Unit unit) {
        for (int round = 1; ; round++) {
            try {
                upload(unit);
                return;
            } catch (PartMissing e) {
                if (round >= UPLOAD_ROUNDS) {
                    throw new TransportException(Reason.UNAVAILABLE, e.getMessage(), e);
                }
            }
        }
    }

    /** Whole-unit uploads per {@link #send}: parts and commit reach one node almost always, so a few suffice. */
    private static final int UPLOAD_ROUNDS = 3;

    private void upload(Unit unit) {
        String unitPath = "units/" + unit.id().key();
        ObjectNode manifest = JSON.createObjectNode();
        ArrayNode files = manifest.putArray("files");
        for (UnitFile f : unit.files()) {
            // A known length, so the relay can refuse a file too large before reading it.
            HttpRequest.BodyPublisher body = f.size() == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(f::open),
                            f.size());
            call(HttpRequest.newBuilder(base.resolve(unitPath + "/files/" + f.name())).PUT(body)
                    .header("Content-Type", "application/octet-stream"));
            files.addObject().put("name", f.name()).put("size", f.size()).put("sha256", f.sha256());
        }
        try {
            call(HttpRequest.newBuilder(base.resolve(unitPath))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(manifest)))
                    .header("Content-Type", "application/json"));
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot encode the unit's manifest", e);
        }
    }

    /** The relay node that got the commit lacks a part: the unit is uploaded again. */
    private static final class PartMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartMissing(String message) {
            super(message);
        }
    }

    @Override
    public List<UnitId> inbox() {
        List<UnitId> out = new ArrayList<>();
        for (JsonNode n : json(call(HttpRequest.newBuilder(base.resolve("inbox")).GET())).get("units")) {
            out.add(UnitId.parse(n.asText()));
        }
        return out;
    }

    /**
     * The unit's manifest; each file's bytes are streamed from the relay when the file is {@link UnitFile#open()
     * opened} (and checked against the announced size and SHA-256 as they are read), not held in memory.
     */
    @Override
    public Unit download(UnitId id) {
        JsonNode o = json(call(HttpRequest.newBuilder(base.resolve("inbox/" + id.key())).GET()));
        List<UnitFile> files = new ArrayList<>();
        JsonNode list = o.get("files");
        if (list == null || !list.isArray()) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent a malformed unit manifest");
        }
        try {
            for (JsonNode f : list) {
                String name = f.get("name").asText();
                long size = f.get("size").asLong();
                String sha256 = f.get("sha256").asText();
                URI uri = base.resolve("inbox/" + id.key() + "/files/" + name);
                files.add(UnitFile.streamed(name, size, sha256, () -> new CheckedStream(
                        stream(HttpRequest.newBuilder(uri).GET()), name, size, sha256)));
            }
            return new Unit(id, files);
        } catch (RuntimeException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent a malformed unit manifest", e);
        }
    }

    @Override
    public void acknowledge(UnitId id) {
        call(HttpRequest.newBuilder(base.resolve("inbox/" + id.key() + "/ack"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Override
    public void reject(UnitId id, String reasonCode) {
        try {
            call(HttpRequest.newBuilder(base.resolve("inbox/" + id.key() + "/reject"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                            JSON.createObjectNode().put("reason", reasonCode))))
                    .header("Content-Type", "application/json"));
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot encode the rejection", e);
        }
    }

    @Override
    public DeliveryStatus status(UnitId id) {
        return DeliveryStatus.valueOf(sent(id).get("status").asText());
    }

    @Override
    public Optional<String> rejection(UnitId id) {
        JsonNode reason = sent(id).get("reason");
        return reason == null || !reason.isTextual() ? Optional.empty() : Optional.of(reason.asText());
    }

    private JsonNode sent(UnitId id) {
        return json(call(HttpRequest.newBuilder(base.resolve("sent/" + id.key())).GET()));
    }

    /** The encryption certificate of a registered party, from the relay's directory. */
    @Override
    public Optional<X509Certificate> certificateOf(Party party) {
        try {
            byte[] pem = call(HttpRequest.newBuilder(base.resolve("directory/" + party.office().value() + "/"
                    + party.kind().code())).GET());
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem)));
        } catch (TransportException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        } catch (GeneralSecurityException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent a malformed certificate", e);
        }
    }

    private byte[] call(HttpRequest.Builder request) {
        try (InputStream in = stream(request)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay at " + base + " broke off its answer", e);
        }
    }

    /**
     * Sends a request and returns its successful answer's body as a stream. A relay that cannot be reached or
     * answers 503 (busy) is tried again after a random wait (at least its {@code Retry-After}), as {@link #retry}
     * allows; every request is safe to repeat (a part is stored again, an identical unit is a duplicate,
     * acknowledging or rejecting twice is answered as once). Another refusal is a {@link TransportException} with
     * the relay's message.
     */
    private InputStream stream(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> r;
            try {
                r = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt < retry.maxAttempts()) {
                    // The first failure is often a kept-alive connection the relay closed after its idle time: that
                    // one is tried again at once, on a new connection; later ones after a wait.
                    pause(attempt == 1 ? Duration.ZERO : retry.delay(attempt - 1, Optional.empty(), random));
                    continue;
                }
                // A refused connection carries no message: name the relay and the kind of failure instead.
                throw new TransportException(Reason.UNAVAILABLE, "the relay at " + base + " cannot be reached ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(Reason.UNAVAILABLE, "interrupted", e);
            }
            if (r.statusCode() / 100 == 2) {
                return r.body();
            }
            byte[] body = errorBody(r);
            if (r.statusCode() == 503 && attempt < retry.maxAttempts()) {
                pause(retry.delay(attempt, retryAfter(r), random));
                continue;
            }
            throw refusal(r.statusCode(), body);
        }
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Reason.UNAVAILABLE, "interrupted", e);
        }
    }

    /** The relay's {@code Retry-After} in seconds; an HTTP date or junk is ignored. */
    private static Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    /** An error answer's body, at most 64 KiB (a JSON error is far shorter). */
    private static byte[] errorBody(HttpResponse<InputStream> r) {
        try (InputStream in = r.body()) {
            return in.readNBytes(64 * 1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The refusal to throw: {@link PartMissing} for a commit without its parts, else a {@link TransportException}. */
    private static RuntimeException refusal(int status, byte[] body) {
        String message = "relay answered " + status;
        String code = "";
        try {
            JsonNode err = JSON.readTree(body);
            if (err != null && err.has("message")) {
                message = err.get("message").asText();
            }
            if (err != null && err.has("error")) {
                code = err.get("error").asText();
            }
        } catch (IOException e) {
            // Not JSON: keep the status line as the message.
        }
        if (status == 400 && code.equals("PART_MISSING")) {
            return new PartMissing(message);
        }
        Reason reason = switch (status) {
            case 404 -> Reason.NOT_FOUND;
            case 403 -> Reason.REFUSED;
            case 409 -> Reason.CONFLICT;
            case 413 -> Reason.TOO_LARGE;
            case 422 -> Reason.UNKNOWN_RECEIVER;
            case 429 -> Reason.TOO_MANY;
            default -> Reason.UNAVAILABLE;
        };
        return new TransportException(reason, message);
    }

    /** A downloaded file's bytes, checked at their end against the size and SHA-256 the manifest announced. */
    private static final class CheckedStream extends java.io.FilterInputStream {
        private final String name;
        private final long size;
        private final String sha256;
        private final MessageDigest digest;
        private long count;
        private boolean checked;

        CheckedStream(InputStream in, String name, long size, String sha256) {
            super(in);
            this.name = name;
            this.size = size;
            this.sha256 = sha256;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                count += n;
            } else if (n < 0 && !checked) {
                checked = true;
                if (count != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    throw new IOException(name + " arrived damaged or cut short (" + count + " of " + size
                            + " bytes, or another SHA-256)");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)]);
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent malformed JSON", e);
        }
    }
}
