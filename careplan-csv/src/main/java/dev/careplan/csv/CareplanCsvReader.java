package dev.careplan.csv;

import dev.careplan.csv.internal.RecordSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the records of a care-plan CSV file (MS932) one at a time, never holding the whole file: quote-aware,
 * with exact record and line numbers, and with every malformed byte sequence, 外字, malformed quote or bare-LF
 * terminator reported on the record as a {@link ReadIssue} instead of failing or being replaced. The reader never
 * throws for bad content; only I/O failures surface, as {@link UncheckedIOException} from iteration.
 *
 * <pre>{@code
 * try (CareplanCsvReader reader = CareplanCsvReader.open(path)) {
 *     for (RawRecord r : reader) { ... }
 * }
 * }</pre>
 */
public final class CareplanCsvReader implements Iterable<RawRecord>, AutoCloseable {

    private final InputStream in;
    private final RecordSplitter splitter;
    private boolean iterated;

    private CareplanCsvReader(InputStream in) {
        this.in = in;
        this.splitter = new RecordSplitter(in);
    }

    /** Reads from a file. */
    public static CareplanCsvReader open(Path file) throws IOException {
        return new CareplanCsvReader(Files.newInputStream(file));
    }

    /** Reads from a stream; closing the reader closes the stream. */
    public static CareplanCsvReader of(InputStream in) {
        return new CareplanCsvReader(in);
    }

    /** True when the file started with a UTF-8 byte-order mark (ENC-004); known once the first record was read. */
    public boolean hadByteOrderMark() {
        return splitter.hadBom();
    }

    /** The records, once; a second iteration is refused because the stream is consumed. */
    @Override
    public Iterator<RawRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("a CareplanCsvReader can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            private RawRecord next = advance();

            private RawRecord advance() {
                try {
                    return splitter.nextRecord();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RawRecord next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RawRecord r = next;
                next = advance();
                return r;
            }
        };
    }

    /** The records as a sequential stream. */
    public Stream<RawRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The records as typed rows of {@code codec}'s kind, streaming: a record that cannot be typed (wrong field count,
     * unreadable bytes, a field out of form) comes with its problem, and reading goes on.
     */
    public Stream<TypedRow> typedRows(RecordCodec codec) {
        return stream().map(r -> {
            if (!r.issues().stream().allMatch(i -> i.ruleId().equals(ReadIssue.LINE_END))) {
                return new TypedRow(r.number(), r.line(), java.util.Optional.empty(),
                        java.util.Optional.of("record " + r.number() + " has encoding or quoting problems: "
                                + r.issues().stream().map(ReadIssue::ruleId).distinct().toList()), r.issues());
            }
            try {
                return new TypedRow(r.number(), r.line(), java.util.Optional.of(codec.fromFields(
                        r.fields().stream().map(RawField::text).toList())), java.util.Optional.empty(), r.issues());
            } catch (RuntimeException e) {
                return new TypedRow(r.number(), r.line(), java.util.Optional.empty(), java.util.Optional.of(
                        "record " + r.number() + " cannot be typed as " + codec.layout().kind().prefix()
                                + "; validate the file to see which rule it breaks"), r.issues());
            }
        });
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
