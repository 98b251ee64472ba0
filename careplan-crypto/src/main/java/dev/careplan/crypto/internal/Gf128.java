package dev.careplan.crypto.internal;

/**
 * Arithmetic in GCM's field GF(2^128) (NIST SP 800-38D, 6.3), for the few multiplications that add late AAD to a GCM
 * tag; the bulk of the work stays in the platform's cipher. An element is two longs, the first holding bits 0 to 63
 * (bit 0 the most significant), as GCM writes blocks.
 */
final class Gf128 {
    private static final long R = 0xE100000000000000L;

    private Gf128() {
    }

    static long[] of(byte[] block) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (block[i] & 0xff);
            lo = lo << 8 | (block[i + 8] & 0xff);
        }
        return new long[] {hi, lo};
    }

    static byte[] bytes(long[] x) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (x[0] >>> (56 - 8 * i));
            b[i + 8] = (byte) (x[1] >>> (56 - 8 * i));
        }
        return b;
    }

    /** x·y (Algorithm 1 of SP 800-38D). */
    static long[] multiply(long[] x, long[] y) {
        long zh = 0;
        long zl = 0;
        long vh = y[0];
        long vl = y[1];
        for (int i = 0; i < 128; i++) {
            long bit = i < 64 ? x[0] >>> (63 - i) : x[1] >>> (127 - i);
            if ((bit & 1) != 0) {
                zh ^= vh;
                zl ^= vl;
            }
            boolean carry = (vl & 1) != 0;
            vl = vl >>> 1 | vh << 63;
            vh >>>= 1;
            if (carry) {
                vh ^= R;
            }
        }
        return new long[] {zh, zl};
    }

    /** h^n for n ≥ 1, by squaring. */
    static long[] power(long[] h, long n) {
        long[] result = {Long.MIN_VALUE, 0}; // the field's 1: the first bit set
        long[] base = h;
        for (long e = n; e > 0; e >>>= 1) {
            if ((e & 1) != 0) {
                result = multiply(result, base);
            }
            base = multiply(base, base);
        }
        return result;
    }

    /** GHASH of {@code data} zero-padded to whole blocks, without a length block. */
    static long[] ghash(long[] h, byte[] data) {
        long[] y = {0, 0};
        for (int off = 0; off < data.length; off += 16) {
            byte[] block = new byte[16];
            System.arraycopy(data, off, block, 0, Math.min(16, data.length - off));
            long[] x = of(block);
            y = multiply(new long[] {y[0] ^ x[0], y[1] ^ x[1]}, h);
        }
        return y;
    }
}
