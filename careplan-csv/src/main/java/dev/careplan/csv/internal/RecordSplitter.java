package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.ReadIssue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an MS932 byte stream into records and fields, quote-aware, and decodes each field strictly.
 *
 * <p>Why not Commons CSV here: it reads decoded characters, so one malformed byte sequence either stops the whole
 * file or is silently replaced, and its positions are unreliable on multibyte text. In Shift_JIS/MS932 the bytes
 * {@code "} (0x22), {@code ,} (0x2C), CR and LF never occur inside a two-byte character (trail bytes are
 * 0x40–0xFC), so splitting on bytes is exact; each field is then decoded on its own with
 * {@link CodingErrorAction#REPORT}, which gives exact record, line and field positions and lets reading go on after a
 * bad field.
 *
 * <p>Bounded for any input: memory by a constant and time linear in the bytes read. A record keeps at most
 * {@link #MAX_RECORD_BYTES} bytes and {@link #MAX_FIELDS} fields (so a field at most {@link #MAX_RECORD_BYTES} bytes),
 * far above any layout of the standard (its longest records have a few hundred fields of at most a few thousand
 * bytes). A record beyond either bound is read to its end without keeping more, and carries one issue on the record
 * as a whole instead of its other problems: CSV-002 for too many bytes (typically a quote never closed), CSV-004 for
 * too many fields. Each byte costs constant work: issues are recorded at most once per rule and field, without
 * searching the ones already found.
 */
public final class RecordSplitter {

    /** The bytes a record may keep; a longer record is reported once (CSV-002 on the record) and its excess dropped. */
    public static final int MAX_RECORD_BYTES = 1 << 20;

    /** The fields a record may have; a record with more is reported once (CSV-004 on the record). */
    public static final int MAX_FIELDS = 4096;

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
    /** The characters of the field being decoded. */
    private char[] chars = new char[256];
    private int recLen;
    /** Start and end offsets in {@link #rec} and quoting of the fields kept of the current record. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] quotedFlags = new boolean[16];
    private int kept;
    /** Fields of the current record seen, kept or not. */
    private long seen;
    /** The rule the current record broke a bound of (CSV-002 bytes, CSV-004 fields), or null. */
    private String overBound;
    private final List<ReadIssue> issues = new ArrayList<>();
    private boolean bomChecked;
    private boolean bom;

    public RecordSplitter(InputStream in) {
        this.in = in;
    }

    /** The bytes kept of the record {@link #nextRecord()} returned last (at most {@link #MAX_RECORD_BYTES}). */
    public int lastRecordBytes() {
        return recLen;
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

    /** Whether {@code b} ends a run of a quoted field's bytes: a quote, or a line break (counted). */
    private static boolean endsQuotedRun(byte b) {
        // Every byte that matters is below 0x30; multibyte characters (lead 0x81+, trail 0x40+) never are.
        return b < 0x30 && (b == '"' || b == '\r' || b == '\n');
    }

    /** Whether {@code b} ends a run of an unquoted field's bytes: a separator, a line break or a stray quote. */
    private static boolean endsPlainRun(byte b) {
        return b < 0x30 && (b == ',' || b == '"' || b == '\r' || b == '\n');
    }

    private void append(int b) {
        if (overBound != null) {
            return;
        }
        if (recLen == MAX_RECORD_BYTES) {
            overBound = ReadIssue.QUOTE;
            return;
        }
        if (recLen == rec.length) {
            rec = Arrays.copyOf(rec, Math.min(MAX_RECORD_BYTES, rec.length * 2));
        }
        rec[recLen++] = (byte) b;
    }

    /**
     * Appends the bytes of a field up to the next one that ends a run (of a quoted field: a quote or a line break; of
     * an unquoted one: also a separator), whole runs at a time (a call per byte was most of a cold run's splitting).
     * Returns that byte, consumed, or -1 at the end of the stream.
     */
    private int appendRun(boolean quotedField) throws IOException {
        while (peek() >= 0) {
            int i = pos;
            byte[] bytes = buf;
            int end = len;
            if (quotedField) {
                while (i < end && !endsQuotedRun(bytes[i])) {
                    i++;
                }
            } else {
                while (i < end && !endsPlainRun(bytes[i])) {
                    i++;
                }
            }
            append(bytes, pos, i - pos);
            pos = i;
            if (i < end) {
                pos++;
                return bytes[i] & 0xFF;
            }
        }
        return -1;
    }

    /** {@link #append(int)} for {@code n} bytes of {@code src} at once, with the same bound. */
    private void append(byte[] src, int off, int n) {
        if (overBound != null || n == 0) {
            return;
        }
        int room = MAX_RECORD_BYTES - recLen;
        int taken = Math.min(n, room);
        if (recLen + taken > rec.length) {
            rec = Arrays.copyOf(rec, Math.min(MAX_RECORD_BYTES, Math.max(rec.length * 2, recLen + taken)));
        }
        System.arraycopy(src, off, rec, recLen, taken);
        recLen += taken;
        if (taken < n) {
            overBound = ReadIssue.QUOTE;
        }
    }

    /**
     * Records an issue unless the same one was the last recorded: the issues of one field come together, so a rule
     * repeated on every byte of a field (a stray quote) is kept once, in constant time.
     */
    private void issue(String rule, int field) {
        if (overBound != null) {
            return;
        }
        if (!issues.isEmpty()) {
            ReadIssue last = issues.get(issues.size() - 1);
            if (last.field() == field && last.ruleId().equals(rule)) {
                return;
            }
        }
        issues.add(new ReadIssue(rule, field));
    }

    /** The number the field being read will have, from 1. */
    private int fieldNo() {
        return (int) Math.min(seen + 1, MAX_FIELDS + 1);
    }

    private void endField(int start, boolean quoted) {
        seen++;
        if (kept > 0 && (overBound != null || seen > MAX_FIELDS)) {
            // The first field is kept even past the byte bound (truncated): a record always has one.
            if (overBound == null) {
                overBound = ReadIssue.FIELD_COUNT;
            }
            return;
        }
        if (kept == starts.length) {
            int n = Math.min(MAX_FIELDS, kept * 2);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            quotedFlags = Arrays.copyOf(quotedFlags, n);
        }
        starts[kept] = start;
        ends[kept] = recLen;
        quotedFlags[kept] = quoted;
        kept++;
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
        kept = 0;
        seen = 0;
        overBound = null;
        issues.clear();
        if (starts.length > 256) {
            // One huge record must not keep its arrays for the rest of the file.
            starts = new int[16];
            ends = new int[16];
            quotedFlags = new boolean[16];
        }
        if (rec.length > 1 << 16) {
            rec = new byte[256];
        }
        if (chars.length > 1 << 16) {
            chars = new char[256];
        }
        String terminator = "";
        boolean crOnly = false;
        boolean endOfRecord = false;
        while (!endOfRecord) {
            int start = recLen;
            boolean quoted = false;
            int b = peek();
            if (b == '"') {
                quoted = true;
                pos++;
                boolean closed = false;
                while (!closed) {
                    int c = appendRun(true);
                    if (c < 0) {
                        issue(ReadIssue.QUOTE, fieldNo());
                        break;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            pos++;
                            append('"');
                        } else {
                            closed = true;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        append(c);
                    }
                }
                int after = peek();
                if (closed && after != ',' && after != '\r' && after != '\n' && after >= 0) {
                    issue(ReadIssue.QUOTE, fieldNo());
                }
            }
            while (true) {
                int c = appendRun(false);
                if (c < 0) {
                    endOfRecord = true;
                    break;
                }
                if (c == ',') {
                    break;
                }
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                        terminator = "\r\n";
                    } else {
                        terminator = c == '\n' ? "\n" : "\r";
                        crOnly = true;
                    }
                    line++;
                    endOfRecord = true;
                    break;
                }
                // A quote inside an unquoted field, or after a quoted one's closing quote (reported above).
                if (!quoted) {
                    issue(ReadIssue.QUOTE, fieldNo());
                }
                append(c);
            }
            endField(start, quoted);
        }
        number++;
        List<ReadIssue> found = new ArrayList<>(overBound != null ? 2 : issues.size() + 1);
        List<ReadIssue> decoding = found;
        if (overBound != null) {
            // The record is skipped: one issue on it as a whole; its other problems would be guesses.
            found.add(new ReadIssue(overBound, 0));
            decoding = new ArrayList<>();
        } else {
            found.addAll(issues);
        }
        if (crOnly) {
            found.add(new ReadIssue(ReadIssue.LINE_END, 0));
        }
        List<RawField> fields = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            fields.add(decode(starts[i], ends[i] - starts[i], quotedFlags[i], i + 1, decoding));
            if (decoding != found) {
                decoding.clear();
            }
        }
        return new RawRecord(number, startLine, fields, terminator, found);
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
        // Decoded into one reused buffer (MS932 never gives more characters than bytes) and scanned as an array.
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(rec, off, length), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            issues.add(new ReadIssue(ReadIssue.UNDECODABLE, fieldNo));
            return new RawField("", quoted, false);
        }
        int n = out.position();
        for (int i = 0; i < n; i++) {
            char ch = chars[i];
            if (ch >= '\uE000' && ch <= '\uE757') {
                issues.add(new ReadIssue(ReadIssue.GAIJI, fieldNo));
                break;
            }
        }
        return new RawField(new String(chars, 0, n), quoted, true);
    }
}
