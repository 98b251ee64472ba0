package dev.careplan.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** The hostile inputs of an attack review on the reader, written by streaming at any size. */
enum HostileFiles {
    /** One record of nothing but commas. */
    COMMAS,
    /** Nothing but double quotes: one quoted field that never ends. */
    QUOTES,
    /** Random bytes, NUL included. */
    RANDOM,
    /** Random quotes, commas, CR, LF, text, valid and broken MS932: passes for text, then breaks everywhere. */
    NOISE,
    /** Nothing but CRLF: blank lines. */
    BLANK_LINES,
    /** A record with a stray quote on every line: one violation per record. */
    STRAY_QUOTES,
    /** One {@code x}, {@link #LONG_QUOTES} quotes, then {@code x} to the size: a record past the byte bound. */
    LONG_RECORD;

    static final int LONG_QUOTES = 1_048_600;

    /** A name under which the files are validated: a 利用票 file (UPPLAN), 25 fields a record. */
    static final String NAME = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV";

    private static final byte[] NOISE_BYTES = {'"', ',', '\r', '\n', 'x', '1', '2', (byte) 0x82, (byte) 0xA0,
            (byte) 0x81, (byte) 0xFF, '"', ','};

    /** Writes {@code bytes} bytes of this input to {@code file}. */
    void write(Path file, long bytes) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, bytes);
        }
    }

    /** This input of {@code bytes} bytes, in memory. */
    byte[] bytes(int bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes);
        try {
            write(out, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(OutputStream out, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(bytes);
        byte[] chunk = new byte[1 << 16];
        long written = 0;
        long at = 0;
        while (written < bytes) {
            int n = (int) Math.min(chunk.length, bytes - written);
            for (int i = 0; i < n; i++, at++) {
                chunk[i] = byteAt(at, random);
            }
            out.write(chunk, 0, n);
            written += n;
        }
    }

    private byte byteAt(long at, SplittableRandom random) {
        return switch (this) {
            case COMMAS -> ',';
            case QUOTES -> '"';
            case RANDOM -> (byte) random.nextInt(256);
            case NOISE -> NOISE_BYTES[random.nextInt(NOISE_BYTES.length)];
            case BLANK_LINES -> at % 2 == 0 ? (byte) '\r' : (byte) '\n';
            case STRAY_QUOTES -> STRAY[(int) (at % STRAY.length)];
            case LONG_RECORD -> at == 0 ? (byte) 'x' : at <= LONG_QUOTES ? (byte) '"' : (byte) 'x';
        };
    }

    private static final byte[] STRAY = "202407,1\"3\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}
