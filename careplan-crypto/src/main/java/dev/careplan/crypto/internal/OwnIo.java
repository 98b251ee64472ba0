package dev.careplan.crypto.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Marks the I/O failures of the opener's own streams (the envelope's source, its temporary file) as
 * {@link Failure}. Bouncy Castle's parsers report a malformed or truncated envelope as a plain {@link IOException}
 * too: with this mark the opener can tell "the disk failed" (an I/O error for the caller) from "the sender's bytes
 * are not an envelope" (a typed refusal), so that no content a sender controls escapes as an I/O error.
 */
public final class OwnIo {
    private OwnIo() {
    }

    /** An I/O failure of a stream the opener owns; {@link #original()} is the exception as it was thrown. */
    public static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /** The original exception. */
        public IOException original() {
            return (IOException) getCause();
        }
    }

    /** {@code in} with its own failures marked. */
    public static InputStream guard(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public long skip(long n) throws IOException {
                try {
                    return super.skip(n);
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public int available() throws IOException {
                try {
                    return super.available();
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } catch (IOException e) {
                    throw marked(e);
                }
            }
        };
    }

    /** A file opened for writing, its failures (opening included) marked. */
    public static OutputStream write(Path file) throws Failure {
        OutputStream out;
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw marked(e);
        }
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw marked(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw marked(e);
                }
            }
        };
    }

    private static Failure marked(IOException e) {
        return e instanceof Failure f ? f : new Failure(e);
    }
}
