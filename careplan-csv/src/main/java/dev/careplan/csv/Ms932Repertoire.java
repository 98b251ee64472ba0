package dev.careplan.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;

/**
 * Which characters the writer may put into a file unchanged (ENC-003): those that MS932 holds <em>and</em> that read
 * back as the same character. {@link CharsetEncoder#canEncode} is not enough: Java's windows-31j encoder maps some
 * characters one way only (¥ → 0x5C, which reads back as {@code \}; ‾ → {@code ~}; ¢ £ ¬ → ￠ ￡ ￢; and a few more), so
 * trusting it would change data silently. 外字 (the private-use area MS932 maps to user-defined codes) is never
 * written either, although it would round-trip.
 */
final class Ms932Repertoire {

    private Ms932Repertoire() {
    }

    /** True when {@code codePoint} can be written as is. */
    static boolean holds(int codePoint) {
        if (codePoint < 0x80) {
            return true;
        }
        if (codePoint > 0xFFFF || (codePoint >= 0xE000 && codePoint <= 0xE757)) {
            // MS932 has no character outside the BMP, and U+E000..U+E757 is 外字.
            return false;
        }
        return (Bmp.VERDICTS[codePoint >>> 6] & (1L << codePoint)) != 0;
    }

    /** Holder: the verdicts for the whole BMP, computed once (about 10k round trips) on first use, thread-safe. */
    private static final class Bmp {
        static final long[] VERDICTS = compute();

        private static long[] compute() {
            Charset ms932 = Charset.forName("windows-31j");
            CharsetEncoder encoder = ms932.newEncoder();
            CharsetDecoder decoder = ms932.newDecoder();
            long[] bits = new long[1 << 10];
            char[] one = new char[1];
            CharBuffer in = CharBuffer.wrap(one);
            ByteBuffer bytes = ByteBuffer.allocate(8);
            CharBuffer back = CharBuffer.allocate(8);
            for (int c = 0; c <= 0xFFFF; c++) {
                one[0] = (char) c;
                in.clear();
                bytes.clear();
                back.clear();
                // CoderResult instead of exceptions: most of the BMP is unmappable, and this runs 65,536 times.
                encoder.reset();
                if (encoder.encode(in, bytes, true).isError() || encoder.flush(bytes).isError()) {
                    continue;
                }
                bytes.flip();
                decoder.reset();
                if (decoder.decode(bytes, back, true).isError() || decoder.flush(back).isError()) {
                    continue;
                }
                back.flip();
                if (back.remaining() == 1 && back.get(0) == c) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }
    }
}
