package dev.careplan.csv.internal;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

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

    /** The records of {@code in}, read in the caller's thread as they are asked for (a {@link CareplanCsvReader}). */
    static RecordStream inThisThread(InputStream in) {
        CareplanCsvReader reader = CareplanCsvReader.of(in);
        Iterator<RawRecord> records = reader.iterator();
        return new RecordStream() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public RawRecord next() {
                return records.next();
            }

            @Override
            public boolean hadByteOrderMark() {
                return reader.hadByteOrderMark();
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
