package dev.careplan.benchmarks;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finds the chunk size at which the platform's AES-256-GCM runs fastest: the same 16 MiB encrypted in chunks of 1 KiB
 * to 1 MiB. The JDK's GCM reaches the CPU's speed only once the code calling its intrinsics is compiled, which takes
 * thousands of calls: tiny chunks pay per call, large ones are too few calls to get there soon (in a loaded or short
 * run, 64 KiB and more stay at tens of MB/s). The long warm-up is for them: the sweep compares compiled speeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 4, time = 1)
public class AesGcmChunkBenchmark {
    /**
     * The chunk size the ceilings are measured with and careplan-crypto streams in (its ContentChunks.SIZE): the
     * smallest at which the JDK's combined AES-GCM kernel runs (calls of 7680 bytes or more); 8 to 64 KiB run equally
     * fast once compiled, and the smallest gets compiled soonest.
     */
    static final int BEST_CHUNK = 8 * 1024;

    @Param({"1024", "2048", "4096", "8192", "16384", "65536", "1048576"})
    public int chunk;

    private byte[] data;
    private byte[] out;
    private SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException {
        data = new byte[16 << 20];
        random.nextBytes(data);
        out = new byte[chunk + 16];
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        key = g.generateKey();
    }

    /** The platform's AES-256-GCM over 16 MiB fed {@code chunk} bytes at a time. */
    @Benchmark
    public long aesGcm() throws GeneralSecurityException {
        return encrypt(key, random, data, chunk, out);
    }

    /** Encrypts {@code data} in chunks of {@code chunk} into {@code out} (reused: only the work is measured). */
    static long encrypt(SecretKey key, SecureRandom random, byte[] data, int chunk, byte[] out)
            throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        long n = 0;
        for (int off = 0; off < data.length; off += chunk) {
            n += c.update(data, off, Math.min(chunk, data.length - off), out, 0);
        }
        return n + c.doFinal(out, 0);
    }
}
