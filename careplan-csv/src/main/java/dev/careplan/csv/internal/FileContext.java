package dev.careplan.csv.internal;

import dev.careplan.csv.RawRecord;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import java.util.List;
import java.util.Optional;

/** What the steps checking one file share: the file's name and layout, the current record, and the findings. */
final class FileContext {
    final Found found;
    final Optional<CareplanFileName> name;
    final Optional<FileKind> kind;
    final FileFacts facts;

    /** The pack and layout the file is read with, once the version step has resolved them; null before. */
    SpecPack pack;
    Layout layout;
    Optional<RecordCodec> codec = Optional.empty();
    /** The CSVバージョン of the file, once a record had a well-formed one. */
    Optional<String> version = Optional.empty();

    /** The record being checked, its number and physical line, and whether it is a blank line. */
    RawRecord record;
    long number;
    long line;
    boolean blank;
    /** Numbers of the fields of the current record that failed their own checks. */
    List<Integer> failed = List.of();
    /** Records read, and blank lines at the end of the file (not records). */
    long read;
    long trailingBlanks;

    private FieldSpec insurer;
    private FieldSpec insured;
    private String user;

    FileContext(Found found, Optional<CareplanFileName> name, Optional<FileKind> kind, FileFacts facts) {
        this.found = found;
        this.name = name;
        this.kind = kind;
        this.facts = facts;
    }

    void next(RawRecord r) {
        record = r;
        number = r.number();
        line = r.line();
        read++;
        failed = List.of();
        user = null;
        blank = r.size() == 1 && r.fields().get(0).text().isEmpty() && !r.fields().get(0).quoted()
                && r.fields().get(0).decodable();
    }

    /** The text of a field of the current record. */
    String text(FieldSpec f) {
        return record.text(f.no());
    }

    /** The records of the file, blank lines at its end not counted. */
    long records() {
        return read - trailingBlanks;
    }

    /**
     * The current record's user, 保険者番号 and 被保険者番号: the part of every relation key that rows grouped by
     * user share, computed once per record.
     */
    String user() {
        if (user == null) {
            if (insurer == null) {
                insurer = layout.require("insurerNumber");
                insured = layout.require("insuredNumber");
            }
            user = text(insurer) + "|" + text(insured);
        }
        return user;
    }

    /** The current record's relation key as its pack declares it, with the given fields of it. */
    String key(List<FieldSpec> fields) {
        StringBuilder sb = new StringBuilder(user());
        for (FieldSpec f : fields.subList(2, fields.size())) {
            sb.append('|').append(text(f));
        }
        return sb.toString();
    }
}
