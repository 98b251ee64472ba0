package dev.careplan.benchmarks;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.CareplanFileName;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.TypedRow;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typed write path (model records → field texts → MS932 CSV with the layout's quoting, every character checked
 * for MS932) against raw Commons CSV printing the same field texts into an MS932 writer, in the same run. Both write
 * into a sink that counts and drops the bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class WriteBenchmark {

    @Param("4194304")
    public long fileBytes;

    private ServiceUsePlanDocument document;
    private List<List<String>> texts;
    private final CareplanCsvWriter writer = CareplanCsvWriter.strict();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("careplan-bench");
        Path file = PlanFile.write(dir, fileBytes);
        RecordCodec codec = RecordCodec.forKind(FileKind.UPPLAN).orElseThrow();
        List<ServiceUseRecord> rows;
        try (InputStream in = Files.newInputStream(file); CareplanCsvReader r = CareplanCsvReader.of(in)) {
            rows = r.typedRows(codec).map(TypedRow::row).map(o -> (ServiceUseRecord) o.orElseThrow()).toList();
        }
        Files.delete(file);
        Files.delete(dir);
        CareplanFileName name = CareplanFileName.parse(PlanFile.NAME);
        document = new ServiceUsePlanDocument(rows.get(0).csvVersion(), name.sender(), name.receiver(),
                name.sequence(), name.month().orElseThrow(), rows);
        texts = rows.stream().map(codec::toFields).toList();
    }

    /** Baseline: Commons CSV printing the field texts, CRLF, into an MS932 writer. */
    @Benchmark
    public long rawCommonsCsvPrint() throws IOException {
        CountingSink sink = new CountingSink();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(sink, CsvReadBenchmark.RawCsv.MS932), 1 << 16);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (List<String> record : texts) {
                p.printRecord(record);
            }
        }
        return sink.count;
    }

    /** careplan-csv: the typed document written by the strict writer. */
    @Benchmark
    public long typedWrite() throws IOException {
        CountingSink sink = new CountingSink();
        writer.write(document, PlanFile.NAME, sink);
        return sink.count;
    }
}
