package dev.careplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
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

/**
 * The ceiling of {@link RelayLoad}: Jetty set up as the relay is (TLS 1.3 only, client certificates required, the
 * same thread pool), answering the relay client's requests (the streamed protocol: a {@code PUT} per file, the
 * commit, the unit's manifest, a {@code GET} per file, the acknowledgement) with a handler that stores nothing. An
 * uploaded file's body is read to its end and discarded; a download is answered with a prepared file under the name
 * the unit id gives. What is left between the relay and this is the relay's own work: rules, parts, the store.
 */
final class CeilingServer implements AutoCloseable {

    /** Answers are written with Jackson, as the relay writes its own. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final ServerConnector connector;

    private CeilingServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    static CeilingServer start(KeyStore tlsKey, char[] keyPassword, List<X509Certificate> anchors, byte[] download)
            throws Exception {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        try {
            tls.setSslContext(Tls.context(tlsKey, keyPassword, anchors));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
        tls.setNeedClientAuth(true);
        tls.setIncludeProtocols("TLSv1.3");
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new SecureRequestCustomizer(false));
        http.setSendServerVersion(false);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("ceiling");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(download));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                String[] p = path.replaceAll("^/+|/+$", "").split("/");
                String method = request.getMethod();
                if (method.equals("PUT") && p.length == 4 && p[0].equals("units") && p[2].equals("files")) {
                    long size = discard(request);
                    send(response, callback, 201, JSON.writeValueAsBytes(JSON.createObjectNode().put("name", p[3])
                            .put("size", size).put("sha256", sha256)));
                } else if (method.equals("POST") && p.length == 2 && p[0].equals("units")) {
                    discard(request);
                    send(response, callback, 201, JSON.writeValueAsBytes(JSON.createObjectNode().put("unit", p[1])
                            .put("result", "STORED")));
                } else if (method.equals("GET") && p.length == 2 && p[0].equals("inbox")) {
                    ObjectNode manifest = JSON.createObjectNode().put("unit", p[1]);
                    manifest.putArray("files").addObject().put("name", fileName(UnitId.parse(p[1])))
                            .put("size", download.length).put("sha256", sha256);
                    send(response, callback, 200, JSON.writeValueAsBytes(manifest));
                } else if (method.equals("GET") && p.length == 4 && p[0].equals("inbox") && p[2].equals("files")) {
                    response.setStatus(200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, download.length);
                    response.write(true, ByteBuffer.wrap(download), callback);
                } else if (method.equals("POST") && p.length == 3 && p[2].equals("ack")) {
                    response.setStatus(204);
                    response.write(true, null, callback);
                } else {
                    send(response, callback, 404, JSON.writeValueAsBytes(JSON.createObjectNode()
                            .put("error", "NOT_FOUND").put("message", "no such endpoint")));
                }
                return true;
            }
        });
        server.start();
        return new CeilingServer(server, connector);
    }

    /** Reads a request's body to its end and drops it; its length. */
    private static long discard(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** The name of the one file of a unit, as the load's senders name it. */
    private static String fileName(UnitId id) {
        return "UPPLAN_202506_" + id.sender().office().value() + "_" + id.sender().kind().code() + "_"
                + id.receiver().office().value() + "_" + id.receiver().kind().code() + "_" + id.sequence().value()
                + ".CSV.p7m";
    }

    private static void send(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
