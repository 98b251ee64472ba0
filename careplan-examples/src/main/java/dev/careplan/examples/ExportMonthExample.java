package dev.careplan.examples;

import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Task: export a month's 第6表 and 第7表 (with 利用者補足情報) for one provider from your own data. Build the model
 * records from your database (here {@link DemoMonth} stands in for it), then let the writer produce the files with
 * their standard names, MS932, quoting and CRLF, each file atomically.
 */
public final class ExportMonthExample {
    private ExportMonthExample() {
    }

    /** As {@link #export(YearMonth, SequenceNumber, Path)} with a fixed sequence number, for repeatable output. */
    public static List<Path> export(YearMonth month, Path outbox) throws IOException {
        return export(month, SequenceNumber.of(LocalDateTime.of(2025, 5, 25, 9, 30)), outbox);
    }

    /**
     * Writes the 利用票 send unit for the 訪問介護 provider into {@code outbox}; returns the files written. The
     * sequence number (ファイル連番) is the unit's creation time and is shared by its files.
     */
    public static List<Path> export(YearMonth month, SequenceNumber seq, Path outbox) throws IOException {
        DemoMonth data = new DemoMonth(month);
        List<Path> written = new ArrayList<>();
        for (CareplanDocument doc : data.useUnit(DemoMonth.HOME_HELP, seq)) {
            written.add(CareplanCsvWriter.strict().write(doc, outbox).path());
        }
        return written;
    }

    /**
     * A 利用票 unit of {@code month} written into a new temporary folder: the input of the other examples' demos. Its
     * sequence number is the time on {@code clock}.
     */
    static List<Path> sampleUnit(YearMonth month, Clock clock) throws IOException {
        return export(month, SequenceNumber.of(LocalDateTime.now(clock).withNano(0)),
                Files.createTempDirectory("careplan-example"));
    }

    /**
     * {@code ExportMonthExample [OUTBOX] [--month YYYY-MM]}: exports the month (by default next month) into OUTBOX
     * (by default {@code outbox}).
     */
    public static void main(String[] args) throws IOException {
        ExampleMonth a = ExampleMonth.parse(args);
        Clock clock = Clock.systemDefaultZone();
        export(a.orNextMonthOf(clock), SequenceNumber.of(LocalDateTime.now(clock).withNano(0)),
                Path.of(a.first().orElse("outbox")))
                .forEach(p -> System.out.println("written " + p));
    }
}
