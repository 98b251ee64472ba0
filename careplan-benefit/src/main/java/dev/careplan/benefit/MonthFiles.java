package dev.careplan.benefit;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.model.CareplanFileName;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.TypedRow;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The month-bound files of the 利用票 flow found in folders, read as typed rows and merged as the standard says
 * updates supersede: 第6表 予定 ({@code UPPLAN}), 実績 ({@code UPJSK}), 第7表 ({@code UPSIKYU}) and month-bound
 * 利用者補足情報 ({@code UPHOSOKU}).
 *
 * <p>Folders are searched recursively; a file takes part when its name parses as a standard file name of one of
 * these kinds (anything else — sealed envelopes, journals — is skipped). Merging:
 * <ul>
 *   <li>予定, 第7表 and 補足: every file sent for a month carries the user's whole month (README §8, "第6表/第7表 show
 *       the whole month of the user"), and a re-sent unit supersedes the earlier one without a delete (rules.md
 *       OUT-004). So per user the rows of the file with the highest sequence number (ファイル連番) are used, and the
 *       same rows sent to several providers count once.</li>
 *   <li>実績: a file replaces the earlier actuals of the same user, month, office and kind (rules.md OUT-003): per
 *       sender × user the rows of the latest file are used.</li>
 * </ul>
 *
 * @param month       the service month
 * @param planRows    第6表 予定 rows, per user from the latest file
 * @param actuals     実績 documents, each reduced to the users for which it is the latest
 * @param supplements month-bound 利用者補足情報 per user, from the latest file
 * @param annexRows   第7表 rows per user, from the latest file, in file order
 * @param annexFiles  the name of the file each user's 第7表 rows came from
 */
public record MonthFiles(YearMonth month, List<ServiceUseRecord> planRows, List<ActualsDocument> actuals,
        Map<InsuredNumber, SupplementaryUserRecord> supplements, Map<InsuredNumber, List<ServiceUseAnnexRecord>> annexRows,
        Map<InsuredNumber, String> annexFiles) {

    private static final Set<FileKind> KINDS = Set.of(FileKind.UPPLAN, FileKind.UPJSK, FileKind.UPSIKYU,
            FileKind.UPHOSOKU);

    /** Copies the collections. */
    public MonthFiles {
        planRows = List.copyOf(planRows);
        actuals = List.copyOf(actuals);
        supplements = java.util.Collections.unmodifiableMap(new TreeMap<>(supplements));
        Map<InsuredNumber, List<ServiceUseAnnexRecord>> a = new TreeMap<>();
        annexRows.forEach((k, v) -> a.put(k, List.copyOf(v)));
        annexRows = java.util.Collections.unmodifiableMap(a);
        annexFiles = java.util.Collections.unmodifiableMap(new TreeMap<>(annexFiles));
    }

    /** One file found: its name, path and typed rows. */
    private record Found(CareplanFileName name, Path path, List<CareplanRecord> rows) {
    }

    /**
     * Reads the folders (or single files) given.
     *
     * @param paths folders or files
     * @param month the month to read; when empty, the folders must hold exactly one month
     * @throws BenefitInputException when no month, several months (without {@code month}) or an untypable record is
     *                               found; the message names the file and record, never a value
     * @throws IOException           when a folder or file cannot be read
     */
    public static MonthFiles read(List<Path> paths, Optional<YearMonth> month) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<CareplanFileName> names = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (Path f : files) {
            Optional<CareplanFileName> parsed = CareplanFileName.tryParse(f.getFileName().toString());
            if (parsed.isPresent() && KINDS.contains(parsed.get().kind()) && parsed.get().month().isPresent()) {
                names.add(parsed.get());
                kept.add(f);
            }
        }
        Set<YearMonth> months = new TreeSet<>();
        names.forEach(n -> months.add(n.month().orElseThrow()));
        YearMonth m = month.orElseGet(() -> {
            if (months.size() != 1) {
                throw new BenefitInputException(months.isEmpty()
                        ? "no UPPLAN, UPJSK, UPSIKYU or month-bound UPHOSOKU file found in " + paths
                        : "files of several months found (" + months + "); choose one month");
            }
            return months.iterator().next();
        });
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (names.get(i).month().orElseThrow().equals(m)) {
                found.add(new Found(names.get(i), kept.get(i), readRows(kept.get(i), names.get(i).kind())));
            }
        }
        // Latest sequence first, so that the first file seen for a user is the one that counts.
        found.sort(Comparator.comparing((Found f) -> f.name().sequence().value()).reversed()
                .thenComparing(f -> f.path().toString()));
        Map<InsuredNumber, List<ServiceUseRecord>> plan = new TreeMap<>();
        Map<InsuredNumber, SupplementaryUserRecord> sup = new TreeMap<>();
        Map<InsuredNumber, List<ServiceUseAnnexRecord>> annex = new TreeMap<>();
        Map<InsuredNumber, String> annexFiles = new TreeMap<>();
        Map<String, List<ServiceUseRecord>> actualRows = new LinkedHashMap<>();
        Map<String, CareplanFileName> actualNames = new LinkedHashMap<>();
        Set<String> seenSenderUser = new java.util.HashSet<>();
        for (Found f : found) {
            Map<InsuredNumber, List<CareplanRecord>> byUser = new LinkedHashMap<>();
            for (CareplanRecord r : f.rows()) {
                byUser.computeIfAbsent(insured(r), k -> new ArrayList<>()).add(r);
            }
            String fileName = f.path().getFileName().toString();
            for (Map.Entry<InsuredNumber, List<CareplanRecord>> e : byUser.entrySet()) {
                InsuredNumber u = e.getKey();
                switch (f.name().kind()) {
                    case UPPLAN -> plan.computeIfAbsent(u, k -> e.getValue().stream()
                            .map(ServiceUseRecord.class::cast).toList());
                    case UPHOSOKU -> sup.putIfAbsent(u, (SupplementaryUserRecord) e.getValue().get(0));
                    case UPSIKYU -> {
                        if (!annex.containsKey(u)) {
                            annex.put(u, e.getValue().stream().map(ServiceUseAnnexRecord.class::cast).toList());
                            annexFiles.put(u, fileName);
                        }
                    }
                    case UPJSK -> {
                        if (seenSenderUser.add(f.name().sender() + "|" + u.value())) {
                            actualRows.computeIfAbsent(fileName, k -> new ArrayList<>()).addAll(e.getValue().stream()
                                    .map(ServiceUseRecord.class::cast).toList());
                            actualNames.put(fileName, f.name());
                        }
                    }
                    default -> throw new IllegalStateException("unexpected kind " + f.name().kind());
                }
            }
        }
        List<ActualsDocument> actuals = new ArrayList<>();
        actualRows.forEach((file, rows) -> {
            CareplanFileName n = actualNames.get(file);
            actuals.add(new ActualsDocument(rows.get(0).csvVersion(), n.sender(), n.receiver(), n.sequence(), m, rows));
        });
        List<ServiceUseRecord> planRows = new ArrayList<>();
        plan.values().forEach(planRows::addAll);
        return new MonthFiles(m, planRows, actuals, sup, annex, annexFiles);
    }

    /** The providers (office × kind) that sent 実績. */
    public Set<Party> reportingProviders() {
        Set<Party> out = new TreeSet<>();
        actuals.forEach(d -> {
            out.add(d.sender());
            d.rows().forEach(r -> out.add(ServiceRows.provider(r)));
        });
        return out;
    }

    /** All 実績 rows. */
    public List<ServiceUseRecord> actualRows() {
        return actuals.stream().flatMap(d -> d.rows().stream()).toList();
    }

    private static InsuredNumber insured(CareplanRecord r) {
        if (r instanceof ServiceUseRecord s) {
            return s.insuredNumber();
        }
        if (r instanceof ServiceUseAnnexRecord a) {
            return a.insuredNumber();
        }
        return ((SupplementaryUserRecord) r).insuredNumber();
    }

    private static List<CareplanRecord> readRows(Path file, FileKind kind) throws IOException {
        RecordCodec codec = RecordCodec.forKind(kind).orElseThrow();
        List<CareplanRecord> out = new ArrayList<>();
        try (CareplanCsvReader reader = CareplanCsvReader.open(file)) {
            for (TypedRow t : (Iterable<TypedRow>) reader.typedRows(codec)::iterator) {
                if (t.row().isEmpty()) {
                    throw new BenefitInputException(file.getFileName().toString(), "record " + t.number() + " (line "
                            + t.line() + "): " + t.problem().orElse("cannot be typed"));
                }
                out.add(t.row().get());
            }
        }
        return out;
    }

    /** Counts only: the records hold personal data. */
    @Override
    public String toString() {
        return "MonthFiles[" + month + ": " + planRows.size() + " plan rows, " + actuals.size() + " 実績 files, "
                + supplements.size() + " 補足, " + annexRows.size() + " 第7表 users]";
    }
}
