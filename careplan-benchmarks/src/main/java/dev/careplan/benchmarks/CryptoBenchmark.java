package dev.careplan.benchmarks;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing (sign + AES-256-GCM envelope) and opening (decrypt, verify, validate the signer, write the file) against
 * the ceilings of the same bytes measured in the same run: the platform's AES-256-GCM fed its best chunk size
 * ({@link AesGcmChunkBenchmark#BEST_CHUNK}) and the platform's SHA-256.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 6, time = 2)
public class CryptoBenchmark {

    /**
     * The size of a small file: what a receiver of many small files pays per file, beyond the streaming work. A few
     * hundred operations a second: one-second iterations are enough.
     */
    static final int SMALL = 4096;

    @Param("16777216")
    public int size;

    private byte[] data;
    private byte[] envelope;
    private byte[] smallData;
    private byte[] smallEnvelope;
    private byte[] out;
    private Sealer sealer;
    private Opener opener;
    private SecretKey key;
    private Path dir;
    private final SecureRandom random = new SecureRandom();

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException, IOException {
        data = new byte[size];
        random.nextBytes(data);
        out = new byte[AesGcmChunkBenchmark.BEST_CHUNK + 16];
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials from = pki.issueOffice(Party.of("1310000001", "43"), KeyType.EC_P256);
        OfficeCredentials to = pki.issueOffice(Party.of("1310000002", "11"), KeyType.EC_P256);
        sealer = Sealer.of(from, List.of(to.certificate()));
        opener = Opener.of(to, List.of(pki.caCertificate()));
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(size + (1 << 16));
        sealer.seal(new ByteArrayInputStream(data), PlanFile.NAME, sealed);
        envelope = sealed.toByteArray();
        smallData = new byte[SMALL];
        random.nextBytes(smallData);
        sealed.reset();
        sealer.seal(new ByteArrayInputStream(smallData), PlanFile.NAME, sealed);
        smallEnvelope = sealed.toByteArray();
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        key = g.generateKey();
        // Opening forces the file to disk before it is moved into place; in a memory file system, where that costs
        // nothing, the ratio measures the SDK's work and not the disk (a disk adds one fsync per file opened).
        Path memory = Path.of("/dev/shm");
        dir = Files.isDirectory(memory) && Files.isWritable(memory)
                ? Files.createTempDirectory(memory, "careplan-bench-open")
                : Files.createTempDirectory("careplan-bench-open");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir);
    }

    /** Ceiling: the platform's AES-256-GCM over the bytes, fed in its best chunk size. */
    @Benchmark
    public long rawAesGcm() throws GeneralSecurityException {
        return AesGcmChunkBenchmark.encrypt(key, random, data, AesGcmChunkBenchmark.BEST_CHUNK, out);
    }

    /** Ceiling: the platform's SHA-256 over the bytes (sealing and opening hash the content once). */
    @Benchmark
    public byte[] rawSha256() throws GeneralSecurityException {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (int off = 0; off < data.length; off += AesGcmChunkBenchmark.BEST_CHUNK) {
            d.update(data, off, Math.min(AesGcmChunkBenchmark.BEST_CHUNK, data.length - off));
        }
        return d.digest();
    }

    /** careplan-crypto: SHA-256 signature, AES-256-GCM content encryption, ECDH key agreement, CMS encoding. */
    @Benchmark
    public long seal() throws IOException {
        CountingSink sink = new CountingSink();
        sealer.seal(new ByteArrayInputStream(data), PlanFile.NAME, sink);
        return sink.count;
    }

    /**
     * careplan-crypto: AES-256-GCM decryption, signature verification, PKIX validation of the signer, the file written
     * into a folder (then deleted, so that the next operation writes it again): in memory where the system has
     * {@code /dev/shm}.
     */
    @Benchmark
    public long open() throws IOException {
        return open(envelope);
    }

    /**
     * Sealing a 4 KiB file: almost all of it is the fixed cost per file (the ephemeral key, the key agreement, the
     * signature, the CMS structures), which a sender of many small files pays each time.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 1)
    @Measurement(iterations = 6, time = 1)
    public long sealSmall() throws IOException {
        CountingSink sink = new CountingSink();
        sealer.seal(new ByteArrayInputStream(smallData), PlanFile.NAME, sink);
        return sink.count;
    }

    /**
     * Opening a 4 KiB file: almost all of it is the fixed cost per file (the key agreement, the signature check, the
     * signer's certificate path, creating and moving the file), which a receiver of many small files pays each time.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 4, time = 1)
    @Measurement(iterations = 6, time = 1)
    public long openSmall() throws IOException {
        return open(smallEnvelope);
    }

    private long open(byte[] sealed) throws IOException {
        OpenedFile f = opener.open(new ByteArrayInputStream(sealed), PlanFile.NAME, dir);
        long n = Files.size(f.file());
        Files.delete(f.file());
        return n;
    }
}
