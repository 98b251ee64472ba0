package dev.careplan.crypto.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decrypted content of an envelope as the opener parses it in one pass, with what only the end can tell.
 *
 * <p>AES-GCM authenticates the content when its last byte has been read: until then the bytes are unauthenticated, and
 * a changed ciphertext shows up as any parse error of the signed data inside. So a read failure of the decryption
 * (the tag does not match, the ciphertext is cut short) is marked as {@link Tampered}, and {@link #drain()} reads to
 * the end, so that the opener can ask the tag before it believes any verdict on the content. An I/O failure of the
 * opener's own source ({@link OwnIo.Failure}) passes unmarked: that is the caller's error, not the sender's.
 */
public final class DecryptedContent extends FilterInputStream {

    /** The decryption failed: the ciphertext or its tag is not what the sender's key sealed. */
    public static final class Tampered extends IOException {
        private static final long serialVersionUID = 1L;

        Tampered(Exception cause) {
            super("AES-GCM authentication failed", cause);
        }
    }

    private boolean ended;
    private Tampered failed;

    public DecryptedContent(InputStream decrypting) {
        super(decrypting);
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = guarded(() -> super.read(b, off, len));
        ended |= n < 0;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping is reading here: every byte passes through the tag.
        byte[] buf = new byte[(int) Math.min(n, ContentChunks.SIZE)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    /**
     * Reads what is left up to the end, which checks the tag.
     *
     * @throws Tampered if the tag does not match
     */
    public void drain() throws IOException {
        if (failed != null) {
            throw failed;
        }
        byte[] buf = new byte[ContentChunks.SIZE];
        while (!ended) {
            read(buf, 0, buf.length);
        }
    }

    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read r) throws IOException {
        try {
            return r.run();
        } catch (Tampered e) {
            failed = e;
            throw e;
        } catch (OwnIo.Failure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle may wrap a failure of the opener's own source on the way up.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof OwnIo.Failure f) {
                    throw f;
                }
            }
            failed = new Tampered(e);
            throw failed;
        }
    }
}
