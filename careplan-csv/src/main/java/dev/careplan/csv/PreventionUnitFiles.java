package dev.careplan.csv;

import dev.careplan.csv.internal.PreventionRowTypes;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.yobo.DailyScheduleDocument;
import dev.careplan.model.yobo.DailyScheduleRecord;
import dev.careplan.model.yobo.FamilyImage;
import dev.careplan.model.yobo.MedicalHistoryDocument;
import dev.careplan.model.yobo.MedicalHistoryRecord;
import dev.careplan.model.yobo.PreventionDocument;
import dev.careplan.model.yobo.PreventionPlanDeletionDocument;
import dev.careplan.model.yobo.PreventionPlanDeletionRecord;
import dev.careplan.model.yobo.PreventionPlanDocument;
import dev.careplan.model.yobo.PreventionPlanRecord;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.model.yobo.SupportPlanDocument;
import dev.careplan.model.yobo.SupportPlanRecord;
import dev.careplan.model.yobo.UserBasicInfoDeletionDocument;
import dev.careplan.model.yobo.UserBasicInfoDeletionRecord;
import dev.careplan.model.yobo.UserBasicInfoDocument;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads the files of a 介護予防 send unit ({@link PreventionSendUnit}): the CSV documents under their
 * standard names and the family images ({@code UPKIHON_IMAGE_…_NNNN.jpg}) with their bytes unchanged. A unit is
 * written whole or not at all; reading gives typed documents, or an exception naming the file and record that
 * cannot be typed.
 */
public final class PreventionUnitFiles {

    private final CareplanCsvWriter writer;

    private PreventionUnitFiles(CareplanCsvWriter writer) {
        this.writer = writer;
    }

    /** Files written with a writer that refuses unencodable characters. */
    public static PreventionUnitFiles strict() {
        return new PreventionUnitFiles(CareplanCsvWriter.strict());
    }

    /** Files written with the given writer (e.g. one with a replacement policy). */
    public static PreventionUnitFiles with(CareplanCsvWriter writer) {
        return new PreventionUnitFiles(writer);
    }

    /**
     * Writes every file of the unit into {@code folder}, parents before annexes and images last; returns the paths
     * in that order. When one file fails, the files already written for the unit are removed again.
     *
     * @throws UnencodableCharacterException when a character cannot be written and has no replacement
     * @throws UnwritableValueException      when a field that is not free text holds a comma, quote or line break
     */
    public List<Path> write(PreventionSendUnit unit, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            for (PreventionDocument d : unit.documents()) {
                written.add(writer.write(d, folder).path());
            }
            List<String> names = unit.familyImageFileNames();
            for (int i = 0; i < names.size(); i++) {
                Path target = folder.resolve(names.get(i));
                Path tmp = Files.createTempFile(folder, ".image", ".tmp");
                try {
                    Files.write(tmp, unit.familyImages().get(i).content());
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written.add(target);
            }
            done = true;
            return List.copyOf(written);
        } finally {
            if (!done) {
                for (Path p : written) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Writes a document alone (the deletions {@code DLTKIHON} and {@code DLTYOBO} travel this way) into
     * {@code folder}.
     */
    public Path write(PreventionDocument document, Path folder) throws IOException {
        return writer.write(document, folder).path();
    }

    /**
     * Reads the files of one unit (CSV documents and family images) back into a typed unit.
     *
     * @throws InvalidFileNameException   when a name breaks the file-name grammar
     * @throws UnreadableRecordException  when a record cannot be typed
     * @throws IllegalArgumentException   when the files are not one 介護予防 unit (other kinds, other parties or
     *                                    sequence numbers, an annex without its parent)
     * @throws dev.careplan.model.InvalidValueException when an image is not JPEG/PNG or too large
     */
    public static PreventionSendUnit read(Collection<Path> files) throws IOException {
        Party sender = null;
        Party receiver = null;
        SequenceNumber sequence = null;
        Optional<UserBasicInfoDocument> basic = Optional.empty();
        Optional<DailyScheduleDocument> schedule = Optional.empty();
        Optional<MedicalHistoryDocument> history = Optional.empty();
        Optional<PreventionPlanDocument> plan = Optional.empty();
        Optional<SupportPlanDocument> support = Optional.empty();
        List<FamilyImage> images = new ArrayList<>();
        for (Path file : files) {
            CareplanFileName name = CareplanFileName.parse(file.getFileName().toString());
            if (sender == null) {
                sender = name.sender();
                receiver = name.receiver();
                sequence = name.sequence();
            } else if (!name.sender().equals(sender) || !name.receiver().equals(receiver)
                    || !name.sequence().equals(sequence)) {
                throw new IllegalArgumentException(name.format() + " belongs to another send unit");
            }
            switch (name.kind()) {
                case UPKIHON_IMAGE -> images.add(image(name, file));
                case UPKIHON -> basic = Optional.of((UserBasicInfoDocument) readDocument(file));
                case UPKIHON_SUB1 -> schedule = Optional.of((DailyScheduleDocument) readDocument(file));
                case UPKIHON_SUB2 -> history = Optional.of((MedicalHistoryDocument) readDocument(file));
                case UPYOBO -> plan = Optional.of((PreventionPlanDocument) readDocument(file));
                case UPYOBO_SUB -> support = Optional.of((SupportPlanDocument) readDocument(file));
                default -> throw new IllegalArgumentException(name.format() + " is not a file of a 介護予防 unit"
                        + (name.kind().isDeletion() ? " (a deletion travels alone: read it with readDocument)" : ""));
            }
        }
        if (sender == null) {
            throw new IllegalArgumentException("no files");
        }
        images.sort(java.util.Comparator.comparingInt(FamilyImage::branch));
        return new PreventionSendUnit(sender, receiver, sequence, basic, schedule, history, images, plan, support);
    }

    /** The image's bytes, refused by size before they are read, so that a huge file never fills the memory. */
    private static FamilyImage image(CareplanFileName name, Path file) throws IOException {
        if (Files.size(file) > FamilyImage.MAX_BYTES) {
            throw new dev.careplan.model.InvalidValueException("家族構成画像", "familyImage",
                    "画像が大きすぎます（" + FamilyImage.MAX_BYTES / (1024 * 1024) + "MiBまで）。",
                    "the image " + name.format() + " is too large (at most " + FamilyImage.MAX_BYTES / (1024 * 1024)
                            + " MiB).");
        }
        return FamilyImage.of(name.branch().orElseThrow(), Files.readAllBytes(file));
    }

    /**
     * Reads one 介護予防 CSV file into its typed document. The CSVバージョン is the first record's (V4.1 for a file
     * without records).
     *
     * @throws InvalidFileNameException  when the name breaks the file-name grammar
     * @throws UnreadableRecordException when a record cannot be typed
     * @throws IllegalArgumentException  when the file is not of a 介護予防 CSV kind
     */
    public static PreventionDocument readDocument(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        CareplanFileName name = CareplanFileName.parse(fileName);
        FileKind kind = name.kind();
        RecordCodec codec = RecordCodec.forKind(kind)
                .filter(c -> PreventionRowTypes.of(kind).isPresent())
                .orElseThrow(() -> new IllegalArgumentException(fileName + " is not a 介護予防 CSV file"));
        List<CareplanRecord> rows = new ArrayList<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(file)) {
            for (TypedRow row : (Iterable<TypedRow>) reader.typedRows(codec)::iterator) {
                rows.add(row.row().orElseThrow(() -> new UnreadableRecordException(fileName, row.number(),
                        row.line(), row.problem().orElse("not typed"))));
            }
        }
        CsvVersion version = rows.isEmpty() ? CsvVersion.V4_1 : rows.get(0).csvVersion();
        Party s = name.sender();
        Party r = name.receiver();
        SequenceNumber q = name.sequence();
        return switch (kind) {
            case UPKIHON -> new UserBasicInfoDocument(version, s, r, q, cast(rows, UserBasicInfoRecord.class));
            case UPKIHON_SUB1 -> new DailyScheduleDocument(version, s, r, q, cast(rows, DailyScheduleRecord.class));
            case UPKIHON_SUB2 -> new MedicalHistoryDocument(version, s, r, q, cast(rows, MedicalHistoryRecord.class));
            case DLTKIHON -> new UserBasicInfoDeletionDocument(version, s, r, q,
                    cast(rows, UserBasicInfoDeletionRecord.class));
            case UPYOBO -> new PreventionPlanDocument(version, s, r, q, cast(rows, PreventionPlanRecord.class));
            case UPYOBO_SUB -> new SupportPlanDocument(version, s, r, q, cast(rows, SupportPlanRecord.class));
            case DLTYOBO -> new PreventionPlanDeletionDocument(version, s, r, q,
                    cast(rows, PreventionPlanDeletionRecord.class));
            default -> throw new IllegalArgumentException(fileName + " is not a 介護予防 CSV file");
        };
    }

    private static <T> List<T> cast(List<CareplanRecord> rows, Class<T> type) {
        return rows.stream().map(type::cast).toList();
    }
}
