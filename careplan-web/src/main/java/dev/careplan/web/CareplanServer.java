package dev.careplan.web;

import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.web.internal.WebHandler;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code careplan serve}: the validation service and web page (検証サービス・閲覧ページ) on Jetty 12. Binds to
 * {@code 127.0.0.1} by default. Uploaded files live in a private temporary folder for the time of one request and are
 * deleted before the answer is sent; the log has method, path, status, counts, sizes and time, never a file's content,
 * name or an insured number.
 *
 * <ul>
 *   <li>{@code POST /api/validate?profile=producer|consumer&lang=ja|en}: multipart files (or a zip of a folder, or a zip
 *       as the body): the JSON report of {@code careplan validate --format json}.</li>
 *   <li>{@code POST /api/reconcile}, {@code POST /api/annex}: the JSON of {@code careplan reconcile} and
 *       {@code careplan check-annex} for the month of the files.</li>
 *   <li>{@code POST /api/view}: report plus each user's sheets as SVG, for the page at {@code /}.</li>
 *   <li>{@code POST /api/render?format=pdf|svg|png}: the sheets as a file.</li>
 * </ul>
 *
 * <pre>{@code
 * try (CareplanServer server = CareplanServer.builder().port(8080).build().start()) {
 *     System.out.println(server.uri());
 *     server.join();
 * }
 * }</pre>
 */
public final class CareplanServer implements AutoCloseable {

    private final Builder settings;
    private final Server server;
    private ServerConnector connector;

    private CareplanServer(Builder b) {
        this.settings = b;
        QueuedThreadPool threads = new QueuedThreadPool(b.maxThreads, Math.min(8, b.maxThreads));
        threads.setName("careplan-web");
        this.server = new Server(threads);
    }

    /** A builder: 127.0.0.1, a free port, {@link UploadLimits#defaults()}, the sample service-code master. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the address cannot be bound (port in use, unknown host)
     */
    public CareplanServer start() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind);
        connector.setPort(settings.port);
        server.addConnector(connector);
        server.setHandler(new WebHandler(settings.limits, settings.master, settings.region));
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot listen on " + settings.bind + ":" + settings.port + ": "
                    + e.getMessage(), e);
        }
        return this;
    }

    /** The port listened on (the one chosen when {@code 0} was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = settings.bind.contains(":") ? "[" + settings.bind + "]" : settings.bind;
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops listening and waits for running requests to finish. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server: " + e.getMessage(), e);
        }
    }

    /** Settings of a {@link CareplanServer}. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port;
        private UploadLimits limits = UploadLimits.defaults();
        private ServiceCodeMaster master = ServiceCodeMaster.sample();
        private RegionGrade region = RegionGrade.OTHER;
        private int maxThreads = 64;

        private Builder() {
        }

        /** The address to bind; default {@code 127.0.0.1}, so that only this machine can reach the service. */
        public Builder bind(String value) {
            this.bind = Objects.requireNonNull(value, "bind");
            return this;
        }

        /** The port; {@code 0} (default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = value;
            return this;
        }

        /** Limits on one upload. */
        public Builder limits(UploadLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The service-code master (サービスコード表) for the 第7表; default: the bundled illustrative sample. */
        public Builder master(ServiceCodeMaster value) {
            this.master = Objects.requireNonNull(value, "master");
            return this;
        }

        /** The 地域区分 of every provider for the 第7表's 単位数単価; default その他. */
        public Builder region(RegionGrade value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** The most requests handled at once (worker threads); default 64. */
        public Builder maxThreads(int value) {
            if (value < 4) {
                throw new IllegalArgumentException("maxThreads must be at least 4");
            }
            this.maxThreads = value;
            return this;
        }

        /** The server, not yet started. */
        public CareplanServer build() {
            return new CareplanServer(this);
        }
    }
}
