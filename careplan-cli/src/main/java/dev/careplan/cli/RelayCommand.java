package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.KeyStoreSpec;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.relay.CrlFile;
import dev.careplan.relay.Directory;
import dev.careplan.relay.Relay;
import dev.careplan.relay.RelayServer;
import dev.careplan.relay.UnitStore;
import dev.careplan.transport.TransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code careplan relay}: the reference relay. */
@Command(name = "relay", mixinStandardHelpOptions = true, description = "The reference relay.",
        subcommands = {RelayCommand.Serve.class, RelayOfficeCommands.Register.class,
            RelayOfficeCommands.Replace.class, RelayOfficeCommands.Remove.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:help shown", "2:bad usage (a subcommand is needed: relay serve, register, replace or"
            + " remove)"})
final class RelayCommand {

    /** {@code careplan relay serve}: runs the relay until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Runs the reference relay (HTTPS, TLS 1.3, client certificates) until stopped.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:stopped", "1:the TLS key store cannot be used", "2:bad usage",
                "3:a file could not be read, the port not bound or the PostgreSQL store not reached"})
    static final class Serve implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, paramLabel = "DIR|URL", description = "folder of the durable unit"
                + " store, or a PostgreSQL database shared by several relay nodes: postgresql://USER@HOST:PORT/DATABASE"
                + " (password from --store-password-file or the environment variable "
                + RelayStoreOption.PASSWORD_VARIABLE + ")")
        String store;

        @Option(names = "--store-password-file", paramLabel = "FILE",
                description = "file holding the PostgreSQL password of --store")
        Path storePasswordFile;

        @Option(names = "--store-pool", defaultValue = "16", paramLabel = "N",
                description = "connections to PostgreSQL (default: ${DEFAULT-VALUE})")
        int storePool;

        @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "address to bind (default: ${DEFAULT-VALUE})")
        String host;

        @Option(names = "--port", defaultValue = "8443", paramLabel = "PORT", description = "port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--admin-port", paramLabel = "PORT", description = "port of the admin connector (plain HTTP,"
                + " GET /health and GET /metrics only) for the load balancer's health check and Prometheus; none when"
                + " not given")
        Integer adminPort;

        @Option(names = "--admin-host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "address"
                + " the admin connector binds: a private interface, never the internet (default: ${DEFAULT-VALUE})")
        String adminHost;

        @Option(names = "--tls-key", required = true, paramLabel = "P12", description = "the relay's PKCS#12 TLS key")
        Path tlsKey;

        @Option(names = "--tls-alias", defaultValue = "relay", paramLabel = "ALIAS", description = "alias of the TLS key (default: ${DEFAULT-VALUE})")
        String tlsAlias;

        @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "file holding the PKCS#12 password")
        Path passwordFile;

        @Option(names = "--trust", required = true, paramLabel = "CA.pem", description = "CA certificates trusted for client certificates")
        Path trust;

        @Option(names = "--register", required = true, paramLabel = "DIR", description = "folder of office certificates (*.pem) to register")
        Path register;

        @Option(names = "--retention-days", defaultValue = "30", paramLabel = "DAYS",
                description = "days an unacknowledged unit is kept (default: ${DEFAULT-VALUE})")
        int retentionDays;

        @Option(names = "--max-unit-mb", defaultValue = "64", paramLabel = "MIB",
                description = "largest unit accepted, in MiB (default: ${DEFAULT-VALUE})")
        int maxUnitMb;

        @Option(names = "--crl", paramLabel = "FILE", description = "CRL file of the trusted CAs: revoked client"
                + " certificates are refused; read again when the file changes")
        Path crl;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Messages m = CareplanCli.messages(spec);
            if (retentionDays < 1 || maxUnitMb < 1 || port < 0 || port > 65535 || storePool < 2) {
                throw new ParameterException(spec.commandLine(), m.get("relay.badLimits"));
            }
            if (adminPort != null && (adminPort < 0 || adminPort > 65535 || (adminPort != 0 && adminPort == port))) {
                throw new ParameterException(spec.commandLine(), m.get("relay.badAdminPort"));
            }
            RelayServer server;
            Directory directory;
            UnitStore units = null;
            try {
                char[] pw = Pem.password(passwordFile, m);
                KeyStoreSpec tls = KeyStoreSpec.of(tlsKey, pw, tlsAlias);
                KeyStore ks = tls.loadKeyStore();
                List<X509Certificate> anchors = Pem.certificates(trust, m);
                // Only offices the anchors vouch for: a stray certificate in the folder registers nobody.
                directory = Directory.fromFolder(register).onlyTrusted(anchors, Clock.systemUTC());
                if (crl != null) {
                    directory.checkRevocation(CrlFile.watch(crl, anchors));
                }
                // Before the relay's loggers exist: a running relay shows its access log (slf4j-simple reads this).
                System.setProperty("org.slf4j.simpleLogger.log.dev.careplan.relay", "info");
                units = RelayStoreOption.open(store, java.util.Optional.ofNullable(storePasswordFile), System.getenv(),
                        storePool, m);
                Relay relay = new Relay(units, directory, Clock.systemUTC(),
                        Duration.ofDays(retentionDays), (long) maxUnitMb * 1024 * 1024);
                server = RelayServer.start(new InetSocketAddress(host, port), relay, ks, pw, anchors,
                        RelayServer.Limits.defaults(), java.util.Optional.ofNullable(adminPort)
                                .map(p -> new InetSocketAddress(adminHost, p)));
            } catch (CredentialsException e) {
                closeQuietly(units);
                err.println(m.get("command.error", "careplan relay serve", e.getMessage()));
                err.flush();
                return CareplanCli.exitCode(e);
            } catch (TransportException e) {
                // The PostgreSQL store cannot be reached or migrated.
                closeQuietly(units);
                err.println(m.get("command.error", "careplan relay serve", e.getMessage()));
                err.flush();
                return CareplanCli.IO;
            } catch (BindException e) {
                closeQuietly(units);
                err.println(m.get("relay.cannotListen", host, String.valueOf(port), e.getMessage()));
                err.flush();
                return CareplanCli.IO;
            } catch (IllegalArgumentException e) {
                closeQuietly(units);
                err.println("careplan relay serve: " + e.getMessage());
                err.flush();
                return CareplanCli.FAILED;
            } catch (IOException | UncheckedIOException e) {
                closeQuietly(units);
                err.println(m.get("error.io", "careplan relay serve", e.getMessage()));
                err.flush();
                return CareplanCli.IO;
            }
            out.println(m.get("relay.listening", "https://" + host + ":" + server.port() + "/",
                    directory.entries().size(), directory.entries().keySet().toString()));
            server.adminPort().ifPresent(p -> out.println(m.get("relay.admin", "http://" + adminHost + ":" + p)));
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            // relay register, replace and remove change the folder: the running relay takes the change.
            java.util.concurrent.ScheduledExecutorService reload = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "relay-registrations");
                        t.setDaemon(true);
                        return t;
                    });
            Directory live = directory;
            List<X509Certificate> trusted = Pem.certificates(trust, m);
            java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>(
                    folderState(register));
            reload.scheduleWithFixedDelay(() -> {
                try {
                    String now = folderState(register);
                    if (!now.equals(seen.getAndSet(now))) {
                        live.replaceRegistrations(Directory.fromFolder(register).onlyTrusted(trusted,
                                Clock.systemUTC()));
                        out.println(m.get("relay.registrationsReloaded", live.entries().size()));
                        out.flush();
                    }
                } catch (IOException | RuntimeException e) {
                    err.println(m.get("relay.cannotReload", e.getMessage()));
                    err.flush();
                }
            }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
            UnitStore opened = units;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                reload.shutdownNow();
                server.close();
                closeQuietly(opened);
                stop.countDown();
            }));
            stop.await();
            return CareplanCli.OK;
        }

        /** Closes a store that holds connections (PostgreSQL); a folder store holds none. */
        private static void closeQuietly(UnitStore units) {
            if (units instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // Stopping anyway.
                }
            }
        }

        /** Names, times and sizes of the folder's certificate files: what changes when a registration does. */
        private static String folderState(Path folder) throws IOException {
            StringBuilder b = new StringBuilder();
            try (var s = java.nio.file.Files.list(folder)) {
                for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                    b.append(p.getFileName()).append(' ').append(java.nio.file.Files.getLastModifiedTime(p)).append(' ')
                            .append(java.nio.file.Files.size(p)).append('\n');
                }
            }
            return b.toString();
        }
    }
}
