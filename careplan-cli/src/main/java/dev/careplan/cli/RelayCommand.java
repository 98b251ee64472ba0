package dev.careplan.cli;

import dev.careplan.transport.Directory;
import dev.careplan.transport.FileSystemUnitStore;
import dev.careplan.transport.Relay;
import dev.careplan.transport.RelayServer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careplan relay}: the reference relay. */
@Command(name = "relay", mixinStandardHelpOptions = true, description = "The reference relay.",
        subcommands = {RelayCommand.Serve.class})
final class RelayCommand {

    /** {@code careplan relay serve}: runs the relay until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Runs the reference relay (HTTPS, TLS 1.3, client certificates) until stopped.")
    static final class Serve implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--store", required = true, description = "folder of the durable unit store")
        Path store;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
        String host;

        @Option(names = "--port", defaultValue = "8443", description = "port (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--tls-key", required = true, description = "the relay's PKCS#12 TLS key (alias relay)")
        Path tlsKey;

        @Option(names = "--password-file", required = true, description = "file holding the PKCS#12 password")
        Path passwordFile;

        @Option(names = "--trust", required = true, description = "CA certificates trusted for client certificates")
        Path trust;

        @Option(names = "--register", required = true, description = "folder of office certificates (*.pem) to register")
        Path register;

        @Option(names = "--retention-days", defaultValue = "30", description = "days an unacknowledged unit is kept")
        int retentionDays;

        @Option(names = "--max-unit-mb", defaultValue = "64", description = "largest unit accepted, in MiB")
        int maxUnitMb;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            char[] pw = Pem.password(passwordFile);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(tlsKey)) {
                ks.load(in, pw);
            }
            Directory directory = Directory.fromFolder(register);
            Relay relay = new Relay(new FileSystemUnitStore(store), directory, Clock.systemUTC(),
                    Duration.ofDays(retentionDays), (long) maxUnitMb * 1024 * 1024);
            RelayServer server = RelayServer.start(new InetSocketAddress(host, port), relay, ks, pw,
                    Pem.certificates(trust));
            out.println("relay listening on https://" + host + ":" + server.port() + "/ with "
                    + directory.entries().size() + " registered offices " + directory.entries().keySet());
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stop.countDown();
            }));
            stop.await();
            return CareplanCli.OK;
        }
    }
}
