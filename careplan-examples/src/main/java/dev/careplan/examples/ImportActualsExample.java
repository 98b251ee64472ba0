package dev.careplan.examples;

import dev.careplan.benefit.ServiceRows;
import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.RecordCodec;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Task: import a received 実績 (UPJSK) file into your own data: read it streaming, typed row by row, and total the
 * delivered units per user and service code (what a care-management office books against its plan).
 */
public final class ImportActualsExample {
    private ImportActualsExample() {
    }

    /** One user's one service: the key of the totals. Its text form masks the insured number, as the model does. */
    public record UserService(InsuredNumber insured, ServiceCode service) {
        @Override
        public String toString() {
            return insured + "/" + service;
        }
    }

    /** Units delivered per user and service code. */
    public static Map<UserService, Integer> unitsByUserAndService(Path upjsk) throws IOException {
        CareplanFileName name = CareplanFileName.parse(upjsk.getFileName().toString());
        if (name.kind() != FileKind.UPJSK) {
            throw new IllegalArgumentException(upjsk.getFileName() + " is not a 実績 (UPJSK) file");
        }
        RecordCodec codec = RecordCodec.forKind(FileKind.UPJSK).orElseThrow();
        Map<UserService, Integer> totals = new LinkedHashMap<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(upjsk)) {
            for (RawRecord r : reader) {
                ServiceUseRecord row = (ServiceUseRecord) codec.fromFields(
                        r.fields().stream().map(RawField::text).toList());
                // A row stands for 単位数 × サービス回数 units: a visit given twice on a day counts twice.
                totals.merge(new UserService(row.insuredNumber(), row.serviceCode()), ServiceRows.totalUnits(row),
                        Integer::sum);
            }
        }
        return totals;
    }

    /**
     * {@code ImportActualsExample [UPJSK_….CSV] [--month YYYY-MM]}: imports the UPJSK file given; without one, a sample
     * 実績 file of the month (by default next month).
     */
    public static void main(String[] args) throws IOException {
        ExampleMonth a = ExampleMonth.parse(args);
        Clock clock = Clock.systemDefaultZone();
        Path file = a.first().isPresent() ? Path.of(a.first().get()) : sampleActuals(a.orNextMonthOf(clock), clock);
        System.out.println("units delivered per user/service in " + file.getFileName());
        unitsByUserAndService(file).forEach((k, v) -> System.out.println("  " + k + " " + v));
    }

    static Path sampleActuals(YearMonth month, Clock clock) throws IOException {
        DemoMonth data = new DemoMonth(month);
        ActualsDocument doc = new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP, DemoMonth.OFFICE,
                DemoMonth.sequence(LocalDateTime.now(clock).withNano(0)), month,
                DemoMonth.actualsOf(DemoMonth.HOME_HELP, data.rows()));
        return CareplanCsvWriter.strict().write(doc, Files.createTempDirectory("careplan-example")).path();
    }
}
