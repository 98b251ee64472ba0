package dev.careplan.benchmarks;

import java.io.OutputStream;

/** Counts bytes and drops them, so that neither side of a comparison pays for storing output. */
final class CountingSink extends OutputStream {
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
