package dev.careplan.benchmarks;

import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
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
 * same thread pool), answering the relay client's requests with a handler that stores nothing. An upload's body is
 * read to its end and discarded; a download is answered with a prepared file of {@code downloadBytes} bytes (base64
 * in the relay's JSON shape) under the name the unit id gives; an acknowledgement is a 204. What is left between the
 * relay and this is the relay's own work: rules, JSON and base64, the store.
 */
final class CeilingServer implements AutoCloseable {

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
        byte[] data = Base64.getEncoder().encode(download);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                String[] p = path.replaceAll("^/+|/+$", "").split("/");
                if (request.getMethod().equals("POST") && p.length == 1 && p[0].equals("units")) {
                    try (InputStream in = Content.Source.asInputStream(request)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    send(response, callback, 201, "{\"result\":\"STORED\"}".getBytes(StandardCharsets.US_ASCII));
                } else if (request.getMethod().equals("GET") && p.length == 2 && p[0].equals("inbox")) {
                    UnitId id = UnitId.parse(p[1]);
                    String name = "UPPLAN_202506_" + id.sender().office().value() + "_" + id.sender().kind().code()
                            + "_" + id.receiver().office().value() + "_" + id.receiver().kind().code() + "_"
                            + id.sequence().value() + ".CSV.p7m";
                    byte[] head = ("{\"unit\":\"" + id.key() + "\",\"files\":[{\"name\":\"" + name + "\",\"data\":\"")
                            .getBytes(StandardCharsets.US_ASCII);
                    byte[] tail = "\"}]}".getBytes(StandardCharsets.US_ASCII);
                    ByteBuffer body = ByteBuffer.allocate(head.length + data.length + tail.length);
                    body.put(head).put(data).put(tail).flip();
                    response.setStatus(200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
                    response.write(true, body, callback);
                } else if (request.getMethod().equals("POST") && p.length == 3 && p[2].equals("ack")) {
                    response.setStatus(204);
                    response.write(true, null, callback);
                } else {
                    send(response, callback, 404, "{\"error\":\"NOT_FOUND\",\"message\":\"no such endpoint\"}"
                            .getBytes(StandardCharsets.US_ASCII));
                }
                return true;
            }
        });
        server.start();
        return new CeilingServer(server, connector);
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
