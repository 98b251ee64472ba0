package dev.careplan.csv.internal;

import dev.careplan.csv.FileNameCheck;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.ReadIssue;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.validation.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one file in one pass: its name, then every record through a short list of {@link FileStep}s, one per
 * concern, each with its own state. Adding a rule is adding a step or a line to one.
 */
public final class FileChecker {

    private final ValidationPolicy policy;

    public FileChecker(ValidationPolicy policy) {
        this.policy = policy;
    }

    /** The report on one file, and the facts its send unit needs. */
    public record Result(FileReport report, Optional<CareplanFileName> name, FileFacts facts) {
    }

    /** The steps, in the order each record goes through them; a new list per file, as steps hold state. */
    private static List<FileStep> steps() {
        return List.of(new VersionStep(), new SyntaxStep(), new FieldStep(), new MonthStep(), new RelationKeyStep(),
                new PrintOrderStep(), new SenderStep(), new ReceiverRowStep(), new DetailNumberStep(),
                new AnnexTotalsStep(), new RowRulesStep());
    }

    public Result check(String fileName, InputStream in) throws IOException {
        List<Violation> out = new ArrayList<>();
        Found f = new Found(fileName, policy, out, FileReport.MAX_KEPT);
        FileNameCheck nameCheck = FileNameCheck.of(fileName, policy);
        out.addAll(nameCheck.violations());
        Optional<CareplanFileName> name = nameCheck.name();
        Optional<FileKind> kind = name.map(CareplanFileName::kind).or(() -> FileKind.matchName(fileName));
        FileFacts facts = new FileFacts();
        if (kind.isPresent() && !kind.get().isCsv()) {
            return new Result(new FileReport(fileName, Optional.of(kind.get().prefix()), Optional.empty(), 0, out),
                    name, facts);
        }
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        if (TextSniffer.plainlyNotText(buffered)) {
            // One finding for the whole file: its "records" and "fields" would be noise, hundreds of them.
            f.file(ReadIssue.UNDECODABLE, "notText");
            facts.unreadable = true;
            in.close();
            return new Result(new FileReport(fileName, kind.map(FileKind::prefix), Optional.empty(), 0, out), name,
                    facts);
        }
        FileContext c = new FileContext(f, name, kind, facts);
        List<FileStep> steps = steps();
        boolean layoutKnown = false;
        try (RecordStream records = RecordStream.of(buffered)) {
            while (records.hasNext()) {
                c.next(records.next());
                for (FileStep step : steps) {
                    boolean more = step.record(c);
                    if (!layoutKnown && c.layout != null) {
                        layoutKnown = true;
                        for (FileStep s : steps) {
                            s.layout(c);
                        }
                    }
                    if (!more) {
                        break;
                    }
                }
            }
            if (records.hadByteOrderMark()) {
                f.file("ENC-004", "bom");
            }
        }
        for (FileStep step : steps) {
            if (layoutKnown || step instanceof SyntaxStep) {
                step.finish(c);
            }
        }
        return new Result(new FileReport(fileName, kind.map(FileKind::prefix), c.version, c.records(), out,
                f.omitted()), name, facts);
    }
}
