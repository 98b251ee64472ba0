package dev.careplan.csv.internal;

import dev.careplan.csv.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of one file for the validator, in order, read in the caller's thread or ahead of it on a thread of its
 * own ({@link ReadAhead}) where a second core makes that pay. I/O failures come as {@link UncheckedIOException};
 * closing closes the stream.
 */
interface RecordStream extends Iterator<RawRecord>, AutoCloseable {

    /** True when the file started with a UTF-8 byte-order mark (ENC-004); known once every record was read. */
    boolean hadByteOrderMark();

    @Override
    void close() throws IOException;

    /** The records of {@code in}: read ahead when the machine has more than one core. */
    static RecordStream of(InputStream in) {
        return Runtime.getRuntime().availableProcessors() > 1 ? new ReadAhead(in) : inThisThread(in);
    }

    /** The records of {@code in}, read in the caller's thread as they are asked for. */
    static RecordStream inThisThread(InputStream in) {
        RecordSplitter splitter = new RecordSplitter(in);
        return new RecordStream() {
            private RawRecord next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    try {
                        next = splitter.nextRecord();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public RawRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawRecord r = next;
                next = null;
                return r;
            }

            @Override
            public boolean hadByteOrderMark() {
                return splitter.hadBom();
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
