package dev.careplan.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Cipher;

/**
 * How content bytes are handed to the ciphers and digests: in chunks of {@link #SIZE} bytes, to the platform's
 * AES-GCM (the JDK's SunJCE implementation, which runs at the CPU's AES and carry-less multiply speed once compiled;
 * Bouncy Castle's pure-Java GCM runs at tens of MB/s).
 */
public final class ContentChunks {
    /**
     * The chunk size for the platform's AES-GCM. Its speed comes from CPU intrinsics that the JIT puts in only when
     * it compiles the code calling them, after some thousands of calls. In a fresh JVM, 64 MiB in 4 KiB chunks runs
     * at the CPU's speed (about 3 GB/s on the 2-core test machine) from the second 64 MiB on, in 16 KiB chunks from
     * the third, in 64 KiB chunks not within 200 MB (about 50 MB/s). Once compiled, 2 to 16 KiB run equally fast, so
     * the smallest size without a per-call cost wins for one-shot commands. Measured with
     * {@code AesGcmChunkBenchmark} in careplan-benchmarks.
     */
    public static final int SIZE = 4 * 1024;

    /** The provider of {@code AES/GCM/NoPadding} and {@code AES/CTR/NoPadding} on this platform (SunJCE on a JDK). */
    public static final Provider AES = platformProvider("AES/GCM/NoPadding");

    private ContentChunks() {
    }

    private static Provider platformProvider(String transformation) {
        try {
            return Cipher.getInstance(transformation).getProvider();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java platform offers no " + transformation, e);
        }
    }

    /** Copies {@code in} to {@code out} in chunks of {@link #SIZE}; returns the number of bytes copied. */
    public static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[SIZE];
        long total = 0;
        int n;
        while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }
}
