package dev.careplan.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** Hashing on another core gives the digest of the same bytes hashed in the caller's thread. */
class PipelinedDigestTest {

    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    @Test
    void givesTheDigestOfTheBytesWrittenWhateverTheSizesOfTheWrites() throws Exception {
        Random random = new Random(11);
        int t = PipelinedDigest.IN_THIS_THREAD;
        int b = PipelinedDigest.BLOCK;
        for (int size : new int[] {0, 1, t - 1, t, t + 1, t + b, t + b * PipelinedDigest.IN_FLIGHT * 3 + 7,
            5 * 1024 * 1024 + 13}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            PipelinedDigest digest = new PipelinedDigest(sha256());
            OutputStream out = digest.getOutputStream();
            int off = 0;
            while (off < size) {
                // Writes of every size: single bytes, odd lengths, whole blocks and more.
                int n = Math.min(size - off, random.nextInt(4) == 0 ? 1 : random.nextInt(3 * b));
                if (n == 1) {
                    out.write(content[off]);
                } else {
                    out.write(content, off, n);
                }
                off += n;
            }
            assertThat(digest.getDigest()).as("%d bytes", size)
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(digest.getAlgorithmIdentifier()).isEqualTo(SHA256);
        }
    }

    @Test
    void aFailureOfTheHashingThreadReachesTheCaller() throws Exception {
        DigestCalculator failing = new DigestCalculator() {
            private long written;

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return SHA256;
            }

            @Override
            public OutputStream getOutputStream() {
                return new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        if (written > PipelinedDigest.IN_THIS_THREAD) {
                            throw new IOException("digest device gone");
                        }
                    }
                };
            }

            @Override
            public byte[] getDigest() {
                return new byte[32];
            }
        };
        PipelinedDigest digest = new PipelinedDigest(failing);
        byte[] chunk = new byte[64 * 1024];
        assertThatThrownBy(() -> {
            for (int i = 0; i < 200; i++) {
                digest.getOutputStream().write(chunk);
            }
            digest.getDigest();
        }).hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("digest device gone");
    }

    private static DigestCalculator sha256() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build().get(SHA256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
