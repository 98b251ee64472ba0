package dev.careplan.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Cipher;

/**
 * How content bytes are handed to the ciphers and digests: in chunks of {@link #SIZE} bytes, to the platform's
 * AES-GCM (the JDK's intrinsified SunJCE implementation, which runs at the CPU's AES and carry-less multiply speed
 * only when fed chunks of this order; Bouncy Castle's pure-Java GCM runs at tens of MB/s).
 */
public final class ContentChunks {
    /**
     * The chunk size at which the platform's AES-GCM runs fastest. Measured with {@code AesGcmChunkBenchmark} in
     * careplan-benchmarks: 16 KiB and above reach the plateau, very small chunks pay per call, and chunks of a
     * megabyte and more leave the cipher's hot loop running longer before it is compiled.
     */
    public static final int SIZE = 16 * 1024;

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
