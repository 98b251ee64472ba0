package dev.careplan.crypto.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;

/**
 * A digest calculator that hashes on another core while the caller goes on: sealing and opening hash every byte of
 * the content (SHA-256, about 1.2 GB/s on a core with SHA instructions) besides encrypting or decrypting it (AES-GCM,
 * about 4 GB/s), so on one core hashing is most of their time. The first {@link #IN_THIS_THREAD} bytes are hashed in
 * the caller's thread (a small file needs no second thread); after that, content is copied into blocks of
 * {@link #BLOCK} bytes that a shared pool of daemon threads hashes in order, at most {@link #IN_FLIGHT} blocks
 * waiting (memory stays flat, and a caller faster than the hash waits for it). {@link #getDigest()} waits for the
 * last block. The digest is the one the wrapped calculator computes over the same bytes in the same order.
 *
 * <p>A caller that gives up half-way (a failed write, a refused envelope) leaves nothing behind: the blocks already
 * handed over are hashed and dropped, no thread waits for more.
 */
final class PipelinedDigest implements DigestCalculator {

    static final int IN_THIS_THREAD = 1 << 20;
    static final int BLOCK = 256 * 1024;
    static final int IN_FLIGHT = 4;

    /** Daemon threads, ended after a minute idle: nothing to shut down, and a JVM never waits for them. */
    private static final ExecutorService HASHERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "careplan-digest");
                t.setDaemon(true);
                return t;
            });

    private final DigestCalculator inner;
    private final OutputStream innerOut;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final OutputStream out = new Feed();
    private int allocated;
    private long total;
    private byte[] block;
    private int filled;
    private CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);

    PipelinedDigest(DigestCalculator inner) {
        this.inner = inner;
        this.innerOut = inner.getOutputStream();
    }

    /** Whether a second core can take the hashing: with one, the hash would only take turns with the cipher. */
    static boolean worthIt() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return inner.getAlgorithmIdentifier();
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public byte[] getDigest() {
        if (block != null && filled > 0) {
            handOver();
        }
        try {
            chain.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return inner.getDigest();
    }

    private void handOver() {
        byte[] b = block;
        int n = filled;
        block = null;
        filled = 0;
        chain = chain.thenRunAsync(() -> {
            try {
                innerOut.write(b, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            free.offer(b);
        }, HASHERS);
    }

    /** A free block: a new one while fewer than {@link #IN_FLIGHT} exist, else the next one hashed. */
    private byte[] freeBlock() throws IOException {
        byte[] b = free.poll();
        if (b != null) {
            return b;
        }
        if (allocated < IN_FLIGHT) {
            allocated++;
            return new byte[BLOCK];
        }
        try {
            while ((b = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (chain.isCompletedExceptionally()) {
                    chain.join();   // throws the hashing thread's failure
                }
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while hashing");
        } catch (CompletionException e) {
            throw new IOException("hashing failed", e.getCause());
        }
    }

    /** The stream the content is written to. */
    private final class Feed extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (total < IN_THIS_THREAD) {
                int n = (int) Math.min(len, IN_THIS_THREAD - total);
                innerOut.write(b, off, n);
                total += n;
                off += n;
                len -= n;
            }
            total += len;
            while (len > 0) {
                if (block == null) {
                    block = freeBlock();
                }
                int n = Math.min(len, BLOCK - filled);
                System.arraycopy(b, off, block, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == BLOCK) {
                    handOver();
                }
            }
        }
    }
}
