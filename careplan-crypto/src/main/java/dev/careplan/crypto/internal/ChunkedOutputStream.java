package dev.careplan.crypto.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Passes bytes on in writes of exactly {@link ContentChunks#SIZE} (the last one shorter), whatever sizes they come
 * in: the CMS generators write a few header bytes between content octets, and a cipher fed such odd sizes loses its
 * bulk speed. {@link #flush()} passes on what is buffered; {@link #close()} does not close the target, which belongs
 * to the caller.
 */
public final class ChunkedOutputStream extends OutputStream {
    private final OutputStream target;
    private final byte[] buf = new byte[ContentChunks.SIZE];
    private int used;

    public ChunkedOutputStream(OutputStream target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buf.length) {
            drain();
        }
        buf[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (used == 0 && len >= buf.length) {
                // Whole chunks straight from the caller's array: no copy.
                target.write(b, off, buf.length);
                off += buf.length;
                len -= buf.length;
                continue;
            }
            int n = Math.min(len, buf.length - used);
            System.arraycopy(b, off, buf, used, n);
            used += n;
            off += n;
            len -= n;
            if (used == buf.length) {
                drain();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        if (used > 0) {
            target.write(buf, 0, used);
            used = 0;
        }
    }
}
