package dev.careplan.conformance.internal;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.ReadIssue;
import dev.careplan.csv.RecordCodec;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a file back as the SDK's typed rows, and names the fields where two rows differ (never their values). */
public final class TypedRows {

    private TypedRows() {
    }

    /**
     * The typed rows of a CSV file of a kind the model types; empty for images and kinds without a typed row.
     *
     * @throws IllegalArgumentException naming the record when one cannot be typed
     */
    public static Optional<List<CareplanRecord>> read(Path file) {
        Optional<FileKind> kind = FileKind.matchName(file.getFileName().toString()).filter(FileKind::isCsv);
        Optional<RecordCodec> codec = kind.flatMap(RecordCodec::forKind);
        if (codec.isEmpty()) {
            return Optional.empty();
        }
        List<CareplanRecord> out = new ArrayList<>();
        try (CareplanCsvReader r = CareplanCsvReader.open(file)) {
            for (RawRecord rec : r) {
                // Bytes that did not decode or quoting that did not close leave no trustworthy text; a line end
                // of the wrong form (a consumer accepts it) leaves the fields intact.
                Optional<ReadIssue> broken = rec.issues().stream().filter(i -> i.ruleId().equals(ReadIssue.UNDECODABLE)
                        || i.ruleId().equals(ReadIssue.QUOTE)).findFirst();
                if (broken.isPresent()) {
                    throw new IllegalArgumentException("record " + rec.number() + " cannot be read: "
                            + broken.get().ruleId());
                }
                try {
                    out.add(codec.get().fromFields(rec.fields().stream().map(RawField::text).toList()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("record " + rec.number() + " cannot be typed: "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
        return Optional.of(List.copyOf(out));
    }

    /**
     * Where two row lists differ: empty when equal, else the first difference as "row n: field, field" or a
     * count mismatch.
     */
    public static Optional<String> difference(List<? extends CareplanRecord> expected,
            List<? extends CareplanRecord> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            CareplanRecord e = expected.get(i);
            CareplanRecord a = actual.get(i);
            if (!e.equals(a)) {
                return Optional.of("row " + (i + 1) + " differs in " + fields(e, a));
            }
        }
        if (expected.size() != actual.size()) {
            return Optional.of(expected.size() + " rows expected, " + actual.size() + " found");
        }
        return Optional.empty();
    }

    private static String fields(CareplanRecord e, CareplanRecord a) {
        if (!e.getClass().equals(a.getClass())) {
            return "its kind (" + e.getClass().getSimpleName() + " expected, " + a.getClass().getSimpleName() + ")";
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(e), c.getAccessor().invoke(a))) {
                    names.add(c.getName());
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return names.isEmpty() ? "a field" : String.join(", ", names);
    }
}
