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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLParameters;

/**
 * {@link Transport} to the reference relay ({@code RelayServer} of {@code careplan-relay}) over HTTPS with the office's certificate as TLS
 * client certificate. Also looks receivers up in the relay's directory, to seal for them.
 */
public final class RelayClient implements Transport {

    private static final ObjectMapper JSON = Json.forUnits();

    private final HttpClient http;
    private final URI base;

    private RelayClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A client for the relay at {@code base} (e.g. {@code https://localhost:8443/}). */
    public static RelayClient connect(URI base, KeyStore officeKey, char[] keyPassword,
            List<X509Certificate> trustAnchors) {
        try {
            SSLParameters tls13 = new SSLParameters();
            tls13.setProtocols(new String[] {"TLSv1.3"});
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(Tls.context(officeKey, keyPassword, trustAnchors))
                    .sslParameters(tls13)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String s = base.toString();
            return new RelayClient(http, URI.create(s.endsWith("/") ? s : s + "/"));
        } catch (GeneralSecurityException e) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot set up TLS: " + e.getMessage(), e);
        }
    }

    @Override
    public void send(Unit unit) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode files = body.putArray("files");
        for (UnitFile f : unit.files()) {
            files.addObject().put("name", f.name()).put("data", f.bytes());
        }
        try {
            call(HttpRequest.newBuilder(base.resolve("units"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .header("Content-Type", "application/json"));
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "cannot encode the unit", e);
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

    @Override
    public Unit download(UnitId id) {
        JsonNode o = json(call(HttpRequest.newBuilder(base.resolve("inbox/" + id.key())).GET()));
        List<UnitFile> files = new ArrayList<>();
        try {
            for (JsonNode f : o.get("files")) {
                files.add(new UnitFile(f.get("name").asText(), f.get("data").binaryValue()));
            }
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent a malformed unit", e);
        }
        return new Unit(id, files);
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
        HttpResponse<byte[]> r;
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                r = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException first) {
                // A kept-alive connection the relay closed after its idle time fails before the request is read.
                // Every request is safe to repeat (an identical upload is a duplicate, acknowledging or rejecting
                // twice is answered as once), so once more, on a new connection.
                r = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
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
        String message = "relay answered " + r.statusCode();
        try {
            JsonNode err = JSON.readTree(r.body());
            if (err != null && err.has("message")) {
                message = err.get("message").asText();
            }
        } catch (IOException e) {
            // Not JSON: keep the status line as the message.
        }
        Reason reason = switch (r.statusCode()) {
            case 404 -> Reason.NOT_FOUND;
            case 403 -> Reason.REFUSED;
            case 409 -> Reason.CONFLICT;
            case 413 -> Reason.TOO_LARGE;
            case 422 -> Reason.UNKNOWN_RECEIVER;
            case 429 -> Reason.TOO_MANY;
            default -> Reason.UNAVAILABLE;
        };
        throw new TransportException(reason, message);
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new TransportException(Reason.UNAVAILABLE, "the relay sent malformed JSON", e);
        }
    }
}
