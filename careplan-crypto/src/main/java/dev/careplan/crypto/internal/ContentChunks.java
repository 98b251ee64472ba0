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
 * Bouncy Castle's pure-Java GCM runs at tens of MB/s), and written in envelope segments of {@link #SEGMENT} bytes.
 */
public final class ContentChunks {
    /**
     * The chunk size for the platform's AES-GCM. Measured with {@code AesGcmChunkBenchmark} in careplan-benchmarks on
     * JDK 17 (a CPU with AES, carry-less multiply and AVX-512 VAES): once compiled, 8 to 64 KiB run equally fast
     * (about 4 GB/s on the 2-core test machine), 4 KiB at about 2.4 GB/s: the JDK hands calls of 7680 bytes or more
     * to its combined AES-GCM kernel, and smaller ones to separate AES-CTR and GHASH kernels. The kernels run only
     * once the JIT has compiled the code calling them, after some thousands of calls (before that GHASH runs in Java
     * at tens of MB/s): in a fresh JVM 4 KiB chunks get there after about 32 MB, 8 KiB after about 64 MB, 64 KiB not
     * within 200 MB. So the smallest size that reaches the combined kernel.
     */
    public static final int SIZE = 8 * 1024;

    /**
     * The length of the octet-string segments the sealer writes content in (CMS streams content as a BER octet string
     * of definite-length segments). Parsing costs some single-byte reads through each nested ASN.1 stream per
     * segment: with 4 KiB segments that was a quarter of the time of opening 16 MiB, with 64 KiB it is negligible. The
     * opener takes segments of any length.
     */
    public static final int SEGMENT = 64 * 1024;

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
