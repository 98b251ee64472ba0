package dev.careplan.csv.internal;

import dev.careplan.csv.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The records of a {@link RecordSplitter}, split and decoded on a thread of their own while the caller checks the
 * ones before: on a machine with two cores or more, splitting and decoding (about a third of validating a file) no
 * longer adds to the checking. The records come in the splitter's order, so whatever is computed from them is what
 * reading them in the caller's thread gives.
 *
 * <p>Memory stays bounded: records are handed over in batches of at most {@link #BATCH_RECORDS} records or
 * {@link #BATCH_BYTES} bytes, and at most {@link #BATCHES_AHEAD} batches wait. A failure of the reading thread (an
 * I/O error, a JVM error) is thrown in the caller's thread, where it would have been thrown when reading there.
 * Closing stops the reading thread.
 */
final class ReadAhead implements RecordStream {

    static final int BATCH_RECORDS = 512;
    static final int BATCH_BYTES = 1 << 20;
    static final int BATCHES_AHEAD = 2;

    /** A batch of records; the last one of the file carries {@code end}, or the failure that ended reading. */
    private record Batch(List<RawRecord> records, boolean end, Throwable failure) {
    }

    private final RecordSplitter splitter;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private volatile boolean closed;
    private Iterator<RawRecord> current = List.<RawRecord>of().iterator();
    private boolean ended;

    private final InputStream in;

    /** Reads {@code in} ahead; closing closes {@code in}. */
    ReadAhead(InputStream in) {
        this.in = in;
        this.splitter = new RecordSplitter(in);
        Thread reader = new Thread(this::read, "careplan-csv-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        Batch last;
        try {
            List<RawRecord> records = new ArrayList<>();
            long bytes = 0;
            RawRecord r;
            while ((r = splitter.nextRecord()) != null) {
                records.add(r);
                bytes += splitter.lastRecordBytes();
                if (records.size() == BATCH_RECORDS || bytes >= BATCH_BYTES) {
                    if (!put(new Batch(records, false, null))) {
                        return;
                    }
                    records = new ArrayList<>();
                    bytes = 0;
                }
            }
            last = new Batch(records, true, null);
        } catch (IOException | RuntimeException | Error e) {
            last = new Batch(List.of(), true, e);
        }
        put(last);
    }

    /** Hands a batch over; false when the caller closed first (nobody will take it). */
    private boolean put(Batch batch) {
        try {
            while (!closed) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Batch batch = take();
            current = batch.records().iterator();
            if (batch.end()) {
                ended = true;
                if (batch.failure() != null) {
                    throw rethrown(batch.failure());
                }
            }
        }
        return true;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public boolean hadByteOrderMark() {
        if (!ended) {
            throw new IllegalStateException("the byte-order mark is known once every record was read");
        }
        return splitter.hadBom();
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading ahead"));
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    /** Stops the reading thread (within its next hand-over) and closes the stream. */
    @Override
    public void close() throws IOException {
        closed = true;
        in.close();
    }
}
