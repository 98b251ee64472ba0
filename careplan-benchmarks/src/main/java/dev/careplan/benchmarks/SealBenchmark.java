package dev.careplan.benchmarks;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Sealing (sign + AES-256-GCM envelope) against plain JCA AES-256-GCM of the same bytes, in the same run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SealBenchmark {

    @Param("4194304")
    public int size;

    private byte[] data;
    private Sealer sealer;
    private SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        data = new byte[size];
        random.nextBytes(data);
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials from = pki.issueOffice(Party.of("1310000001", "43"), KeyType.EC_P256);
        OfficeCredentials to = pki.issueOffice(Party.of("1310000002", "11"), KeyType.EC_P256);
        sealer = Sealer.of(from, List.of(to.certificate()));
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        key = g.generateKey();
    }

    /** Baseline: JCA AES-256-GCM over the bytes. */
    @Benchmark
    public long rawJcaAesGcm() throws GeneralSecurityException, IOException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        CountingSink sink = new CountingSink();
        try (OutputStream out = new CipherOutputStream(sink, c)) {
            out.write(data);
        }
        return sink.count;
    }

    /** careplan-crypto: SHA-256 signature, AES-256-GCM content encryption, ECDH key agreement, CMS encoding. */
    @Benchmark
    public long seal() throws IOException {
        CountingSink sink = new CountingSink();
        sealer.seal(new ByteArrayInputStream(data), PlanFile.NAME, sink);
        return sink.count;
    }

    /** Counts bytes and drops them, so that neither side pays for buffering output. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
