package dev.careplan.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.csv.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading ahead on a thread of its own gives the records reading in the caller's thread gives, in order. */
class RecordStreamTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    @Test
    void readingAheadGivesTheSameRecordsInTheSameOrder() throws IOException {
        for (long seed = 0; seed < 20; seed++) {
            byte[] file = messyFile(new Random(seed), 3_000);
            assertThat(all(new ReadAhead(new ByteArrayInputStream(file))))
                    .as("seed %d", seed)
                    .isEqualTo(all(RecordStream.inThisThread(new ByteArrayInputStream(file))))
                    .hasSizeGreaterThan(ReadAhead.BATCH_RECORDS * 2);
        }
    }

    @Test
    void largeRecordsAreHandedOverInBatchesOfBoundedSize() throws IOException {
        // 40 records of 200 kB: batches end on bytes, not on the record count.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            out.write(("\"" + "あ".repeat(100_000) + "\"," + i + "\r\n").getBytes(MS932));
        }
        List<RawRecord> records = all(new ReadAhead(new ByteArrayInputStream(out.toByteArray())));
        assertThat(records).hasSize(40);
        assertThat(records.get(39).text(2)).isEqualTo("39");
        assertThat(records.get(39).number()).isEqualTo(40);
    }

    @Test
    void theByteOrderMarkIsKnownAtTheEnd() throws IOException {
        byte[] file = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1', ',', '2', '\r', '\n'};
        try (RecordStream records = new ReadAhead(new ByteArrayInputStream(file))) {
            assertThat(records.next().text(1)).isEqualTo("1");
            assertThat(records.hasNext()).isFalse();
            assertThat(records.hadByteOrderMark()).isTrue();
        }
    }

    @Test
    void aReadFailureIsThrownInTheCallersThreadAfterTheRecordsBeforeIt() throws IOException {
        byte[] file = messyFile(new Random(7), 2_000);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(file, 0, file.length / 2)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }
        };
        List<RawRecord> before = new ArrayList<>();
        try (RecordStream records = new ReadAhead(failing)) {
            assertThatThrownBy(() -> records.forEachRemaining(before::add))
                    .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
        }
        assertThat(before).isNotEmpty();
        assertThat(before.get(before.size() - 1).number()).isEqualTo(before.size());
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        byte[] file = messyFile(new Random(3), 20_000);
        ByteArrayInputStream in = new ByteArrayInputStream(file);
        try (RecordStream records = new ReadAhead(in)) {
            records.next();
        }
        // The reader notices within its next hand-over; polled in short rounds, far beyond that on a slow machine.
        for (int i = 0; i < 600 && readingThreadAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(readingThreadAlive()).isFalse();
        assertThat(in.available()).isPositive();
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("careplan-csv-read-ahead") && t.isAlive());
    }

    private static List<RawRecord> all(RecordStream records) throws IOException {
        List<RawRecord> all = new ArrayList<>();
        try (records) {
            records.forEachRemaining(all::add);
        }
        return all;
    }

    /** Records of every shape the splitter tells apart: quoted, multi-line, stray quotes, bare LF/CR, bad bytes. */
    private static byte[] messyFile(Random random, int records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] pieces = {"202407", "\"佐藤 髙子\"", "\"a,b\"", "\"line\r\nbreak\"", "x\"y", "\"q\"\"q\"", "",
            "\"unclosed", "ｶﾅ", "1310000001"};
        String[] ends = {"\r\n", "\r\n", "\r\n", "\n", "\r"};
        for (int i = 0; i < records; i++) {
            int fields = 1 + random.nextInt(30);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    out.write(',');
                }
                if (random.nextInt(200) == 0) {
                    out.write(new byte[] {(byte) 0x81, (byte) 0x20});   // no MS932 character
                } else {
                    String piece = pieces[random.nextInt(pieces.length)];
                    // An unclosed quote would swallow the rest of the file: keep it to the last record.
                    out.write((piece.equals("\"unclosed") && i < records - 1 ? "" : piece).getBytes(MS932));
                }
            }
            out.write(ends[random.nextInt(ends.length)].getBytes(MS932));
        }
        return out.toByteArray();
    }
}
