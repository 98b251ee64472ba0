package dev.careplan.benchmarks;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import dev.careplan.relay.Directory;
import dev.careplan.relay.FileSystemUnitStore;
import dev.careplan.relay.PostgresUnitStore;
import dev.careplan.relay.Relay;
import dev.careplan.relay.RelayServer;
import dev.careplan.relay.UnitStore;
import dev.careplan.relay.testing.TestPostgres;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.relay.RelayClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load benchmark of the reference relay (a program, not a timed test): N concurrent clients on 127.0.0.1, each with
 * a sending and a receiving office of its own, upload units of one sealed file (~100 KB) through the public
 * {@link RelayClient}, then download and acknowledge them. It prints units per second and p50/p95/p99 latency per
 * operation and the heap, for the folder store, the PostgreSQL store and a raw-Jetty ceiling (the same requests, TLS
 * 1.3 with client certificates, answered by a handler that stores nothing: {@link CeilingServer}), then each store's
 * throughput as a ratio of the ceiling's.
 *
 * <pre>
 * java -cp careplan-benchmarks/target/benchmarks.jar dev.careplan.benchmarks.RelayLoad \
 *     [--clients 32] [--units 50] [--warmup 3] [--size-kb 100] [--duration 60]
 *     [--targets folder,postgresql,ceiling]
 *     [--max-uploads 8] [--postgres jdbc:postgresql://HOST:PORT/DB?user=U&amp;password=P]
 * </pre>
 *
 * {@code --units} is per client, after {@code --warmup} units per client that are not measured (so that each
 * target runs compiled code); {@code --duration} bounds each phase in seconds (clients stop starting new
 * operations when it is up). {@code --max-uploads} is the relay's bound on uploads at once
 * ({@link RelayServer.Limits}, 8 by default). Without {@code --postgres} a PostgreSQL is started from Maven
 * Central's binaries as the tests do ({@link TestPostgres}).
 *
 * <p>Each client seals its file once and sends those bytes under a new name for each unit (the relay treats
 * envelopes as opaque bytes), so that sealing costs nothing during the run. Relay and clients share this JVM (and
 * the machine's cores): the heap figures are of the whole process, after a full GC at the start and the end of each
 * target (what is retained) and at its peak. A busy answer (503) or "too many" (429) is retried after a random
 * pause of 5 to 50 ms and counted; an operation's latency includes its retries.
 */
public final class RelayLoad {

    /** The benchmark's settings. */
    record Options(int clients, int units, int warmup, int sizeKb, Duration duration, List<String> targets,
            int maxUploads, Optional<String> postgres) {

        static Options parse(String... args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("usage: RelayLoad [--clients N] [--units N] [--warmup N] [--size-kb N]"
                            + " [--duration S] [--targets folder,postgresql,ceiling] [--max-uploads N]"
                            + " [--postgres JDBC-URL]; got " + args[i]);
                }
                o.put(args[i].substring(2), args[++i]);
            }
            Options r = new Options(Integer.parseInt(o.getOrDefault("clients", "32")),
                    Integer.parseInt(o.getOrDefault("units", "50")),
                    Integer.parseInt(o.getOrDefault("warmup", "3")),
                    Integer.parseInt(o.getOrDefault("size-kb", "100")),
                    Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "60"))),
                    List.of(o.getOrDefault("targets", "folder,postgresql,ceiling").split(",")),
                    Integer.parseInt(o.getOrDefault("max-uploads", "8")),
                    Optional.ofNullable(o.get("postgres")));
            o.keySet().removeAll(List.of("clients", "units", "warmup", "size-kb", "duration", "targets", "max-uploads",
                    "postgres"));
            if (!o.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + o.keySet());
            }
            if (r.clients < 1 || r.units < 1 || r.warmup < 0 || r.sizeKb < 1 || r.maxUploads < 1 || r.duration.isNegative()
                    || r.duration.isZero() || !List.of("folder", "postgresql", "ceiling").containsAll(r.targets)) {
                throw new IllegalArgumentException("counts must be positive; targets are folder, postgresql and"
                        + " ceiling");
            }
            return r;
        }
    }

    /** Latencies of one operation, in nanoseconds. */
    static final class Latencies {
        private long[] nanos = new long[1024];
        private int n;

        synchronized void add(long ns) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = ns;
        }

        synchronized int count() {
            return n;
        }

        /** The {@code p}-th percentile (0 to 100) in milliseconds, nearest rank. */
        synchronized double percentileMillis(double p) {
            if (n == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * n);
            return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }
    }

    /** What one target measured. */
    record Result(String target, int uploaded, double uploadSeconds, int delivered, double deliverSeconds,
            Map<String, Latencies> latencies, int retries, int failures, long heapBefore, long heapAfter,
            long heapPeak) {

        double uploadsPerSecond() {
            return uploaded / uploadSeconds;
        }

        double deliveriesPerSecond() {
            return delivered / deliverSeconds;
        }
    }

    private static final char[] PW = "benchmark".toCharArray();

    private final Options options;
    private final PrintStream out;
    private final TestPki pki = TestPki.create(Clock.systemUTC());
    private final OfficeCredentials relayTls = pki.issueTlsServer("localhost");
    private final List<OfficeCredentials> senders = new ArrayList<>();
    private final List<OfficeCredentials> receivers = new ArrayList<>();
    private final List<Party> senderParties = new ArrayList<>();
    private final List<Party> receiverParties = new ArrayList<>();
    private final List<byte[]> sealed = new ArrayList<>();
    /** Made once: a PKCS#12 key store takes a tenth of a second to build. */
    private final List<KeyStore> senderKeys = new ArrayList<>();
    private final List<KeyStore> receiverKeys = new ArrayList<>();
    private final KeyStore relayKey;

    RelayLoad(Options options, PrintStream out) throws IOException {
        this.options = options;
        this.out = out;
        this.relayKey = pki.keyStore(relayTls, "relay", PW);
        for (int i = 0; i < options.clients(); i++) {
            senderParties.add(Party.of(String.format(Locale.ROOT, "13%08d", 2 * i + 1), "43"));
            receiverParties.add(Party.of(String.format(Locale.ROOT, "13%08d", 2 * i + 2), "11"));
            OfficeCredentials s = pki.issueOffice(senderParties.get(i), KeyType.EC_P256);
            OfficeCredentials r = pki.issueOffice(receiverParties.get(i), KeyType.EC_P256);
            senders.add(s);
            receivers.add(r);
            senderKeys.add(pki.keyStore(s, "office", PW));
            receiverKeys.add(pki.keyStore(r, "office", PW));
            ByteArrayOutputStream sealedFile = new ByteArrayOutputStream();
            Sealer.of(s, List.of(r.certificate())).seal(new ByteArrayInputStream(plan(options.sizeKb() * 1024)),
                    fileName(i, 0).replace(".p7m", ""), sealedFile);
            sealed.add(sealedFile.toByteArray());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<Result> results = new RelayLoad(options, System.out).run();
        System.exit(results.stream().anyMatch(r -> r.failures() > 0) ? 1 : 0);
    }

    /** Runs every target and prints the figures and ratios. */
    List<Result> run() throws Exception {
        out.printf(Locale.ROOT, "relay load: %d clients on 127.0.0.1, %d units each of one sealed file of %d bytes,"
                + " at most %d uploads at once; %d cores, -Xmx %d MB%n", options.clients(), options.units(),
                sealed.get(0).length, options.maxUploads(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Result> results = new ArrayList<>();
        for (String target : options.targets()) {
            Result r = runTarget(target);
            print(r);
            results.add(r);
        }
        Optional<Result> ceiling = results.stream().filter(r -> r.target().equals("ceiling")).findFirst();
        if (ceiling.isPresent()) {
            for (Result r : results) {
                if (r != ceiling.get()) {
                    out.printf(Locale.ROOT, "%-10s / ceiling: uploads %.3f×, downloads + acknowledgements %.3f×%n",
                            r.target(), r.uploadsPerSecond() / ceiling.get().uploadsPerSecond(),
                            r.deliveriesPerSecond() / ceiling.get().deliveriesPerSecond());
                }
            }
        }
        return results;
    }

    private Result runTarget(String target) throws Exception {
        Path dir = Files.createTempDirectory("careplan-relay-load-");
        UnitStore store = null;
        AutoCloseable server = null;
        try {
            int port;
            if (target.equals("ceiling")) {
                CeilingServer c = CeilingServer.start(relayKey, PW,
                        List.of(pki.caCertificate()), sealed.get(0));
                server = c;
                port = c.port();
            } else {
                store = target.equals("folder") ? new FileSystemUnitStore(dir.resolve("store"))
                        : PostgresUnitStore.connect(options.postgres().orElseGet(TestPostgres::newDatabase), null,
                                new char[0], 16);
                Directory directory = new Directory();
                for (int i = 0; i < options.clients(); i++) {
                    directory.register(senderParties.get(i), senders.get(i).certificate());
                    directory.register(receiverParties.get(i), receivers.get(i).certificate());
                }
                Relay relay = new Relay(store, directory, Clock.systemUTC(), Relay.DEFAULT_RETENTION,
                        Relay.DEFAULT_MAX_UNIT_BYTES, new Relay.Quotas(64, Integer.MAX_VALUE, Long.MAX_VALUE));
                // Every client connects from 127.0.0.1, so the bound on connections per address (meant for one
                // address among many) is lifted: at 4 × clients + 16 the retries after busy answers ran into it and
                // every later request of the run was refused.
                RelayServer.Limits limits = RelayServer.Limits.defaults().withCounts(100_000, 16,
                        options.maxUploads(), Math.min(2, options.maxUploads()));
                RelayServer rs = RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay,
                        relayKey, PW, List.of(pki.caCertificate()), limits);
                server = rs;
                port = rs.port();
            }
            if (options.warmup() > 0) {
                // Each target starts with compiled code: otherwise the first one measured would pay for the JIT.
                drive(target, port, 0, options.units(), options.warmup());
            }
            long heapBefore = heapAfterGc();
            resetPeaks();
            return drive(target, port, heapBefore, 0, options.units());
        } finally {
            if (server != null) {
                server.close();
            }
            if (store instanceof AutoCloseable c) {
                c.close();
            }
            deleteTree(dir);
        }
    }

    /** One run of units {@code first} to {@code first + units - 1} of every client: upload, then deliver. */
    private Result drive(String target, int port, long heapBefore, int first, int units) throws Exception {
        URI base = URI.create("https://127.0.0.1:" + port + "/");
        Map<String, Latencies> lat = new LinkedHashMap<>();
        for (String op : List.of("upload", "download", "acknowledge")) {
            lat.put(op, new Latencies());
        }
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<RelayClient> sending = new ArrayList<>();
        List<RelayClient> receiving = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            sending.add(RelayClient.connect(base, senderKeys.get(i), PW, List.of(pki.caCertificate())));
            receiving.add(RelayClient.connect(base, receiverKeys.get(i), PW, List.of(pki.caCertificate())));
        }
        List<List<UnitId>> sent = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            sent.add(new ArrayList<>());
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        try {
            long start = System.nanoTime();
            long deadline = start + options.duration().toNanos();
            List<CompletableFuture<Void>> phase = new ArrayList<>();
            for (int i = 0; i < options.clients(); i++) {
                int c = i;
                phase.add(CompletableFuture.runAsync(() -> {
                    for (int u = first; u < first + units && System.nanoTime() < deadline; u++) {
                        String name = fileName(c, u);
                        Unit unit = new Unit(Unit.idOf(name), List.of(new UnitFile(name, sealed.get(c))));
                        if (timed(lat.get("upload"), retries, failures, () -> sending.get(c).send(unit))) {
                            sent.get(c).add(unit.id());
                        }
                    }
                }, pool));
            }
            CompletableFuture.allOf(phase.toArray(CompletableFuture[]::new)).join();
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            int uploaded = sent.stream().mapToInt(List::size).sum();

            AtomicInteger delivered = new AtomicInteger();
            start = System.nanoTime();
            long deliverDeadline = start + options.duration().toNanos();
            phase.clear();
            for (int i = 0; i < options.clients(); i++) {
                int c = i;
                phase.add(CompletableFuture.runAsync(() -> {
                    for (UnitId id : sent.get(c)) {
                        if (System.nanoTime() >= deliverDeadline) {
                            return;
                        }
                        boolean ok = timed(lat.get("download"), retries, failures, () -> {
                            byte[] got = receiving.get(c).download(id).files().get(0).bytes();
                            // The ceiling answers one prepared file for every unit: only a relay's bytes are checked.
                            if (!target.equals("ceiling") && !Arrays.equals(got, sealed.get(c))) {
                                throw new IllegalStateException("the relay sent other bytes for " + id);
                            }
                        }) && timed(lat.get("acknowledge"), retries, failures, () -> receiving.get(c).acknowledge(id));
                        if (ok) {
                            delivered.incrementAndGet();
                        }
                    }
                }, pool));
            }
            CompletableFuture.allOf(phase.toArray(CompletableFuture[]::new)).join();
            double deliverSeconds = (System.nanoTime() - start) / 1e9;
            long peak = heapPeak();
            return new Result(target, uploaded, uploadSeconds, delivered.get(), deliverSeconds, lat, retries.get(),
                    failures.get(), heapBefore, heapAfterGc(), peak);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs one operation, retrying busy (503) and "too many" (429) answers after a random pause; records its latency
     * with the retries. False (and counted) when it failed otherwise or was still busy after 200 tries.
     */
    private static boolean timed(Latencies lat, AtomicInteger retries, AtomicInteger failures, Runnable op) {
        long t0 = System.nanoTime();
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                op.run();
                lat.add(System.nanoTime() - t0);
                return true;
            } catch (TransportException e) {
                if (e.reason() != TransportException.Reason.UNAVAILABLE
                        && e.reason() != TransportException.Reason.TOO_MANY) {
                    fail(failures, e);
                    return false;
                }
                retries.incrementAndGet();
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 51));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    failures.incrementAndGet();
                    return false;
                }
            } catch (RuntimeException e) {
                fail(failures, e);
                return false;
            }
        }
        fail(failures, new IllegalStateException("still busy after 200 tries"));
        return false;
    }

    /** The first failure of a run is printed: the figures of a run with failures are not comparable. */
    private static void fail(AtomicInteger failures, RuntimeException e) {
        if (failures.getAndIncrement() == 0) {
            System.err.println("first failure: " + e);
        }
    }

    private void print(Result r) {
        out.printf(Locale.ROOT, "%-10s uploaded %d units in %.2f s: %.1f units/s; downloaded + acknowledged %d in"
                + " %.2f s: %.1f units/s; %d busy/too-many answers retried, %d failures%n", r.target(), r.uploaded(),
                r.uploadSeconds(), r.uploadsPerSecond(), r.delivered(), r.deliverSeconds(), r.deliveriesPerSecond(),
                r.retries(), r.failures());
        for (Map.Entry<String, Latencies> e : r.latencies().entrySet()) {
            Latencies l = e.getValue();
            out.printf(Locale.ROOT, "%-10s   %-12s n=%-6d p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms%n", "",
                    e.getKey(), l.count(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
        }
        out.printf(Locale.ROOT, "%-10s   heap after GC %d MB at the start, %d MB at the end; peak %d MB"
                + " (relay and clients in one JVM)%n", "", r.heapBefore() >> 20, r.heapAfter() >> 20,
                r.heapPeak() >> 20);
    }

    /** The name of client {@code c}'s unit {@code u}: a 利用票 from its sender to its receiver. */
    private String fileName(int c, int u) {
        Party s = senderParties.get(c);
        Party r = receiverParties.get(c);
        String seq = LocalDateTime.of(2025, 6, 1, 0, 0).plusSeconds(u)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
        return "UPPLAN_202506_" + s.office().value() + "_" + s.kind().code() + "_" + r.office().value() + "_"
                + r.kind().code() + "_" + seq + ".CSV.p7m";
    }

    /** About {@code bytes} of MS932 CSV lines (synthetic rows: the relay never reads them). */
    private static byte[] plan(int bytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < bytes; i++) {
            b.append(String.format(Locale.ROOT, "202407,1,13%08d,43,202506,%06d,\"ケアプラン\",1\r\n", i, i));
        }
        return b.toString().getBytes(Charset.forName("windows-31j"));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of the heap's peak. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
