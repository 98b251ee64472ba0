package dev.careplan.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Tells a file that is plainly not CSV text (an image, a PDF, an archive, UTF-16) from one that is, by its first
 * bytes: a NUL byte, or a quarter of the bytes being control characters or not MS932. Such a file is reported once
 * (ENC-001) instead of as hundreds of records with broken fields.
 */
final class TextSniffer {

    private static final int SAMPLE = 8192;
    private static final Charset MS932 = Charset.forName("windows-31j");

    private TextSniffer() {
    }

    /** Looks at the first bytes of {@code in} and puts them back. */
    static boolean plainlyNotText(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        return plainlyNotText(sample, sample.length);
    }

    static boolean plainlyNotText(byte[] b, int n) {
        int bad = 0;
        boolean high = false;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x1A) {
                bad++;
            }
            high |= c >= 0x80;
        }
        if (high) {
            bad += undecodable(b, n);
        }
        return bad * 4 > n;
    }

    /** The number of bytes in {@code b} that do not decode as MS932; a character cut at the end counts as good. */
    private static int undecodable(byte[] b, int n) {
        CharsetDecoder d = MS932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, n);
        CharBuffer out = CharBuffer.allocate(n);
        int bad = 0;
        while (true) {
            CoderResult r = d.decode(in, out, false);
            if (r.isUnderflow()) {
                return bad;
            }
            if (r.isOverflow()) {
                out.clear();
            } else {
                bad += r.length();
                in.position(in.position() + r.length());
            }
        }
    }
}
