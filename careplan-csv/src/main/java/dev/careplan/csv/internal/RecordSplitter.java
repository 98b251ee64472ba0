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
        String terminator = "";
        boolean crOnly = false;
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
                        issue(ReadIssue.QUOTE, fieldNo());
                        break;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
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
                        crOnly = true;
                    }
                    line++;
                    endOfRecord = true;
                    break;
                }
                next();
                if (c == '"' && !quoted) {
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
