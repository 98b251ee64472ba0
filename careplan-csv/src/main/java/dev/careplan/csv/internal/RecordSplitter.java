package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.ReadIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an MS932 byte stream into records and fields, quote-aware, and decodes each field strictly.
 *
 * <p>Why not Commons CSV here: it reads decoded characters, so one malformed byte sequence either stops the whole
 * file or is silently replaced, and its positions are unreliable on multibyte text. In Shift_JIS/MS932 the bytes
 * {@code "} (0x22), {@code ,} (0x2C), CR and LF never occur inside a two-byte character (trail bytes are
 * 0x40–0xFC), so splitting on bytes is exact; each field is then decoded on its own with
 * {@link CodingErrorAction#REPORT}, which gives exact record, line and field positions and lets reading go on after a
 * bad field. Memory per record is bounded ({@link #MAX_RECORD_BYTES}), so a missing closing quote cannot make the
 * reader hold the rest of the file.
 */
public final class RecordSplitter {

    /** A record longer than this is reported (CSV-002) and its excess is not kept. */
    public static final int MAX_RECORD_BYTES = 1 << 20;

    private static final Charset MS932 = Charset.forName("windows-31j");

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private long line = 1;
    private long number;
    private final CharsetDecoder decoder = MS932.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private byte[] rec = new byte[256];
    private int recLen;
    private final List<int[]> bounds = new ArrayList<>();
    private final List<Boolean> quotedFlags = new ArrayList<>();
    private boolean bomChecked;
    private boolean bom;

    public RecordSplitter(InputStream in) {
        this.in = in;
    }

    /** True when the stream started with a UTF-8 byte-order mark (ENC-004); known after the first record. */
    public boolean hadBom() {
        return bom;
    }

    private int peek() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos] & 0xFF;
    }

    private int next() throws IOException {
        int b = peek();
        if (b >= 0) {
            pos++;
        }
        return b;
    }

    private void append(int b, List<ReadIssue> issues) {
        if (recLen == MAX_RECORD_BYTES) {
            if (issues.stream().noneMatch(i -> i.ruleId().equals(ReadIssue.QUOTE) && i.field() == 0)) {
                issues.add(new ReadIssue(ReadIssue.QUOTE, 0));
            }
            return;
        }
        if (recLen == rec.length) {
            rec = java.util.Arrays.copyOf(rec, Math.min(MAX_RECORD_BYTES, rec.length * 2));
        }
        rec[recLen++] = (byte) b;
    }

    /** The next record, or {@code null} at the end of the stream. */
    public RawRecord nextRecord() throws IOException {
        if (!bomChecked) {
            bomChecked = true;
            if (peek() == 0xEF && len - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
                bom = true;
                pos += 3;
            }
        }
        if (peek() < 0) {
            return null;
        }
        long startLine = line;
        recLen = 0;
        bounds.clear();
        quotedFlags.clear();
        List<ReadIssue> issues = new ArrayList<>();
        String terminator = "";
        boolean endOfRecord = false;
        while (!endOfRecord) {
            int start = recLen;
            boolean quoted = false;
            int b = peek();
            if (b == '"') {
                quoted = true;
                next();
                boolean closed = false;
                while (!closed) {
                    int c = next();
                    if (c < 0) {
                        issues.add(new ReadIssue(ReadIssue.QUOTE, bounds.size() + 1));
                        break;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            append('"', issues);
                        } else {
                            closed = true;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        append(c, issues);
                    }
                }
                int after = peek();
                if (closed && after != ',' && after != '\r' && after != '\n' && after >= 0) {
                    issues.add(new ReadIssue(ReadIssue.QUOTE, bounds.size() + 1));
                }
            }
            while (true) {
                int c = peek();
                if (c < 0) {
                    endOfRecord = true;
                    break;
                }
                if (c == ',') {
                    next();
                    break;
                }
                if (c == '\r' || c == '\n') {
                    next();
                    if (c == '\r' && peek() == '\n') {
                        next();
                        terminator = "\r\n";
                    } else {
                        terminator = c == '\n' ? "\n" : "\r";
                        issues.add(new ReadIssue(ReadIssue.LINE_END, 0));
                    }
                    line++;
                    endOfRecord = true;
                    break;
                }
                next();
                if (c == '"' && !quoted) {
                    issues.add(new ReadIssue(ReadIssue.QUOTE, bounds.size() + 1));
                }
                append(c, issues);
            }
            bounds.add(new int[] {start, recLen});
            quotedFlags.add(quoted);
        }
        number++;
        List<RawField> fields = new ArrayList<>(bounds.size());
        for (int i = 0; i < bounds.size(); i++) {
            int[] bnd = bounds.get(i);
            fields.add(decode(bnd[0], bnd[1] - bnd[0], quotedFlags.get(i), i + 1, issues));
        }
        return new RawRecord(number, startLine, fields, terminator, issues);
    }

    private RawField decode(int off, int length, boolean quoted, int fieldNo, List<ReadIssue> issues) {
        if (length == 0) {
            return new RawField("", quoted, true);
        }
        boolean ascii = true;
        for (int i = off; i < off + length; i++) {
            if (rec[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new RawField(new String(rec, off, length, java.nio.charset.StandardCharsets.ISO_8859_1), quoted,
                    true);
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(rec, off, length));
            String text = chars.toString();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch >= '\uE000' && ch <= '\uE757') {
                    issues.add(new ReadIssue(ReadIssue.GAIJI, fieldNo));
                    break;
                }
            }
            return new RawField(text, quoted, true);
        } catch (CharacterCodingException e) {
            issues.add(new ReadIssue(ReadIssue.UNDECODABLE, fieldNo));
            return new RawField("", quoted, false);
        }
    }
}
