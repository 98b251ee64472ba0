package dev.careplan.benefit;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.model.CareplanFileName;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.TypedRow;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A received or exported 第7表 file ({@code UPSIKYU}) read for checking: its rows per user, each with its record
 * number, so that every finding can name the record.
 *
 * @param fileName the file name
 * @param month    the month of the file name (対象年月)
 * @param users    each user's rows, in file order
 */
public record AnnexFile(String fileName, YearMonth month, Map<InsuredNumber, List<AnnexChecker.NumberedRow>> users) {

    /** Copies the map. */
    public AnnexFile {
        Map<InsuredNumber, List<AnnexChecker.NumberedRow>> m = new TreeMap<>();
        users.forEach((k, v) -> m.put(k, List.copyOf(v)));
        users = Collections.unmodifiableMap(m);
    }

    /**
     * Reads a 第7表 file.
     *
     * @throws BenefitInputException when the name is not a {@code UPSIKYU} name or a record cannot be typed
     * @throws IOException           when the file cannot be read
     */
    public static AnnexFile read(Path file) throws IOException {
        String name = file.getFileName().toString();
        Optional<CareplanFileName> parsed = CareplanFileName.tryParse(name);
        if (parsed.isEmpty() || parsed.get().kind() != FileKind.UPSIKYU || parsed.get().month().isEmpty()) {
            throw new BenefitInputException(name, "not a 第7表 (UPSIKYU) file name");
        }
        RecordCodec codec = RecordCodec.forKind(FileKind.UPSIKYU).orElseThrow();
        Map<InsuredNumber, List<AnnexChecker.NumberedRow>> users = new TreeMap<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(file)) {
            for (TypedRow t : (Iterable<TypedRow>) reader.typedRows(codec)::iterator) {
                ServiceUseAnnexRecord r = (ServiceUseAnnexRecord) t.row().orElseThrow(() -> new BenefitInputException(
                        name, "record " + t.number() + " (line " + t.line() + "): "
                                + t.problem().orElse("cannot be typed")));
                users.computeIfAbsent(r.insuredNumber(), k -> new ArrayList<>())
                        .add(new AnnexChecker.NumberedRow(t.number(), r));
            }
        }
        return new AnnexFile(name, parsed.get().month().get(), users);
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "AnnexFile[" + fileName + ", " + users.size() + " users]";
    }
}
