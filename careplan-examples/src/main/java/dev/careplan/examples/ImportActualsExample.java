package dev.careplan.examples;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanFileName;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.RecordCodec;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Task: import a received 実績 (UPJSK) file into your own data: read it streaming, typed row by row, and total the
 * delivered units per user and service code (what a care-management office books against its plan).
 */
public final class ImportActualsExample {
    private ImportActualsExample() {
    }

    /** Units delivered per "insured number / service code". */
    public static Map<String, Integer> unitsByUserAndService(Path upjsk) throws IOException {
        CareplanFileName name = CareplanFileName.parse(upjsk.getFileName().toString());
        if (name.kind() != FileKind.UPJSK) {
            throw new IllegalArgumentException(upjsk.getFileName() + " is not a 実績 (UPJSK) file");
        }
        RecordCodec codec = RecordCodec.forKind(FileKind.UPJSK).orElseThrow();
        Map<String, Integer> totals = new LinkedHashMap<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(upjsk)) {
            for (RawRecord r : reader) {
                ServiceUseRecord row = (ServiceUseRecord) codec.fromFields(
                        r.fields().stream().map(RawField::text).toList());
                totals.merge(row.insuredNumber().value() + "/" + row.serviceCode(), row.units().orElse(0),
                        Integer::sum);
            }
        }
        return totals;
    }

    /** Imports the file given as the first argument. */
    public static void main(String[] args) throws IOException {
        unitsByUserAndService(Path.of(args[0])).forEach((k, v) -> System.out.println(k + " " + v));
    }
}
