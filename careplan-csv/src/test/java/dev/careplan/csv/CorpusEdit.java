package dev.careplan.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of the conformance corpus's {@code valid} case with some fields or records changed: the input of the
 * rule tests that need one precise breach. Read and written with the SDK's own raw reader and writer, so that
 * everything not changed stays byte for byte as it was.
 */
final class CorpusEdit {

    private final String name;
    private final List<RawRecord> records;

    private CorpusEdit(String name, List<RawRecord> records) {
        this.name = name;
        this.records = records;
    }

    static CorpusEdit of(String validName) {
        try (CareplanCsvReader r = CareplanCsvReader.open(CorpusFolder.valid()
                .resolve(validName))) {
            List<RawRecord> records = new ArrayList<>();
            r.forEach(records::add);
            return new CorpusEdit(validName, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets field {@code no} of record {@code record} (both 1-based), keeping its quoting. */
    CorpusEdit set(int record, int no, String text) {
        RawRecord r = records.get(record - 1);
        List<RawField> fields = new ArrayList<>(r.fields());
        fields.set(no - 1, new RawField(text, fields.get(no - 1).quoted(), true));
        records.set(record - 1, new RawRecord(r.number(), r.line(), fields, r.terminator(), List.of()));
        return this;
    }

    /** Sets field {@code no} of every record. */
    CorpusEdit setAll(int no, String text) {
        for (int i = 1; i <= records.size(); i++) {
            set(i, no, text);
        }
        return this;
    }

    /** Number of records. */
    int size() {
        return records.size();
    }

    /** Inserts a copy of record {@code record} before position {@code at} (1-based; size + 1 appends). */
    CorpusEdit copy(int record, int at) {
        records.add(at - 1, records.get(record - 1));
        return this;
    }

    /** Inserts a record of plain fields before position {@code at}. */
    CorpusEdit insert(int at, String... fields) {
        records.add(at - 1, new RawRecord(0, 0, List.of(fields).stream().map(RawField::plain).toList(), "\r\n",
                List.of()));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CareplanCsvWriter.strict().writeRaw(records, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the edited file into {@code folder} under its name (or {@code as}); returns the path. */
    Path writeTo(Path folder, String... as) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(as.length > 0 ? as[0] : name), bytes());
    }

    /** Copies a file of the valid case unchanged into {@code folder}. */
    static Path copyValid(String validName, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(CorpusFolder.valid().resolve(validName), folder.resolve(validName));
    }
}
