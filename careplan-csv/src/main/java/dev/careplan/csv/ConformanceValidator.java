package dev.careplan.csv;

import dev.careplan.csv.internal.FileChecker;
import dev.careplan.csv.internal.FileFacts;
import dev.careplan.csv.internal.Found;
import dev.careplan.model.FileKind;
import dev.careplan.model.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks files of the care-plan standard against the rule catalogue (rules.md) and returns a
 * {@link ValidationReport}; invalid input never throws. Each file is read once, streaming; the send units of a
 * delivery (files sharing sender, receiver and sequence number) are then checked together (SU-*, REL-001/002,
 * FN-012). Cross-field rules of typed rows are the model's ({@link dev.careplan.model.validation.RowRules}, the same
 * rules as the records' Jakarta constraints), mapped into the same {@link Violation} records. Build one validator
 * and reuse it: it is thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ConformanceValidator.strict().validate(List.of(Path.of("outbox")));
 * }</pre>
 */
public final class ConformanceValidator {

    private final ValidationPolicy policy;

    private ConformanceValidator(ValidationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A validator with the strict default policy. */
    public static ConformanceValidator strict() {
        return with(ValidationPolicy.strict());
    }

    /** A validator with the given policy. */
    public static ConformanceValidator with(ValidationPolicy policy) {
        return new ConformanceValidator(policy);
    }

    /** The policy in force. */
    public ValidationPolicy policy() {
        return policy;
    }

    /** Validates one file read from a stream, as if delivered alone under {@code fileName}. */
    public FileReport validate(String fileName, InputStream in) throws IOException {
        return new FileChecker(policy).check(fileName, in).report();
    }

    /**
     * Validates files and folders (a folder: every regular file in it, not recursive) as one delivery.
     *
     * @throws UncheckedIOException when a path cannot be read (the CLI reports it with exit code 3)
     */
    public ValidationReport validate(List<Path> paths) {
        return validate(paths, ValidationProgress.NONE);
    }

    /**
     * Validates files and folders as {@link #validate(List)} does, telling {@code progress} how far it got.
     *
     * @throws UncheckedIOException when a path cannot be read
     */
    public ValidationReport validate(List<Path> paths, ValidationProgress progress) {
        Objects.requireNonNull(progress, "progress");
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        FileChecker checker = new FileChecker(policy);
        List<FileChecker.Result> results = new ArrayList<>();
        Map<String, Integer> seenNames = new HashMap<>();
        progress.starting(List.copyOf(files));
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(file), file, progress)) {
                results.add(checker.check(name, in));
                progress.checked(file, in.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            seenNames.merge(name, 1, Integer::sum);
        }
        return units(results, seenNames);
    }

    private ValidationReport units(List<FileChecker.Result> results, Map<String, Integer> seenNames) {
        Map<String, List<Violation>> extra = new LinkedHashMap<>();
        List<CareplanFileName> names = new ArrayList<>();
        Map<String, FileChecker.Result> byName = new HashMap<>();
        for (FileChecker.Result r : results) {
            r.name().ifPresent(n -> {
                if (byName.putIfAbsent(n.format(), r) == null) {
                    names.add(n);
                }
            });
            if (seenNames.getOrDefault(r.report().file(), 0) > 1) {
                found(extra, r.report().file()).file("SU-006", Severity.INFO, "同じ名前のファイルが複数あります（同一内容なら重複として扱います）。",
                        "Several files of the delivery have this name (identical content counts as a duplicate).");
            }
        }
        List<UnitReport> unitReports = new ArrayList<>();
        for (SendUnit u : SendUnit.group(names)) {
            String first = u.files().get(0).format();
            Found f = found(extra, first);
            Set<FileKind> kinds = u.kinds();
            boolean deletes = kinds.stream().anyMatch(FileKind::isDeletion);
            if (deletes && kinds.size() > 1) {
                f.file("SU-003", Severity.ERROR, "削除ファイルは単独の送信単位で送ってください（他のファイルと同じ連番にしない）。",
                        "Delete files form a send unit of their own; do not share their sequence number.");
            } else if (!u.hasAllowedShape()) {
                f.file("SU-001", Severity.ERROR, "同じ連番のファイルの組み合わせが標準仕様の送信単位ではありません：" + kinds + "。",
                        "Files sharing this sequence number do not form a send unit of the standard: " + kinds + ".");
            }
            Map<FileKind, List<CareplanFileName>> perKind = u.byKind();
            perKind.forEach((kind, same) -> {
                if (kind != FileKind.UPKIHON_IMAGE && same.size() > 1) {
                    for (CareplanFileName extraFile : same.subList(1, same.size())) {
                        found(extra, extraFile.format()).file("OUT-001", Severity.ERROR, "1つの送信単位に"
                                + kind.prefix() + "のファイルが" + same.size() + "個あります。同じ送信先・種類のデータは1ファイルに"
                                + "まとめてください。", "The send unit has " + same.size() + " " + kind.prefix()
                                + " files; put one receiver's data of one kind into one file.");
                    }
                }
            });
            if (!u.isComplete()) {
                f.file("SU-002", Severity.WARNING, "送信単位に必要なファイルがそろっていません：" + kinds + "。",
                        "The send unit lacks files its kind needs; it has: " + kinds + ".");
            }
            long months = u.files().stream().map(CareplanFileName::month).filter(Optional::isPresent).distinct()
                    .count();
            if (months > 1) {
                f.file("SU-004", Severity.ERROR, "同じ送信単位のファイルは同じ年月にしてください。",
                        "All month-bearing files of one send unit must carry the same month.");
            }
            relations(u, byName, extra);
            unitReports.add(new UnitReport(u, u.isComplete()));
        }
        List<FileReport> reports = new ArrayList<>();
        for (FileChecker.Result r : results) {
            List<Violation> more = extra.remove(r.report().file());
            reports.add(more == null ? r.report() : r.report().plus(more));
        }
        return new ValidationReport(reports, unitReports);
    }

    private void relations(SendUnit u, Map<String, FileChecker.Result> byName, Map<String, List<Violation>> extra) {
        FileFacts all = new FileFacts();
        Set<FileKind> present = java.util.EnumSet.noneOf(FileKind.class);
        Set<String> names = new java.util.HashSet<>();
        for (CareplanFileName n : u.files()) {
            FileFacts ff = byName.get(n.format()).facts();
            all.planKeys.addAll(ff.planKeys);
            all.monthKeys.addAll(ff.monthKeys);
            all.basicInfoKeys.addAll(ff.basicInfoKeys);
            all.preventivePlanKeys.addAll(ff.preventivePlanKeys);
            all.imagesNamed.putAll(ff.imagesNamed);
            present.add(n.kind());
            names.add(imageKey(n.format()));
        }
        preventiveRelations(u, byName, extra, all, present, names);
        Set<FileKind> kinds = u.kinds();
        for (CareplanFileName n : u.files()) {
            FileFacts ff = byName.get(n.format()).facts();
            Found f = found(extra, n.format());
            if (n.kind() == FileKind.UPHOSOKU) {
                boolean planBound = n.monthSegment().filter("000000"::equals).isPresent();
                if (planBound ? !kinds.contains(FileKind.UP1KYO) : !kinds.contains(FileKind.UPPLAN)) {
                    f.file("FN-012", Severity.ERROR, planBound ? "年月000000の利用者補足情報は第1表と同じ送信単位で送ってください。"
                            : "年月付きの利用者補足情報は第6表と同じ送信単位で送ってください。", planBound
                            ? "A 000000 利用者補足情報 goes in a plan send unit (with UP1KYO)."
                            : "A month-bound 利用者補足情報 goes in a 利用票 send unit (with UPPLAN).");
                }
            }
            // Also when the parent file is missing altogether: each dependent record then lacks its parent record.
            ff.needsPlan.forEach((key, at) -> {
                if (!all.planKeys.contains(key)) {
                    f.record("REL-001", Severity.ERROR, at[0], at[1], "同じ送信単位に対応する第1表（同じ利用者・計画作成日）がありません。",
                            "No 第1表 record of this send unit has this user and plan date.");
                }
            });
            ff.needsMonth.forEach((key, at) -> {
                if (!all.monthKeys.contains(key)) {
                    f.record("REL-002", Severity.ERROR, at[0], at[1], "同じ送信単位に対応する第6表（同じ利用者・対象年月）がありません。",
                            "No 第6表 record of this send unit has this user and month.");
                }
            });
        }
    }

    /** FN-011, REL-003 and REL-004: the 介護予防 annexes travel with, and match, their parent. */
    private void preventiveRelations(SendUnit u, Map<String, FileChecker.Result> byName,
            Map<String, List<Violation>> extra, FileFacts all, Set<FileKind> present, Set<String> names) {
        for (CareplanFileName n : u.files()) {
            Found f = found(extra, n.format());
            FileFacts ff = byName.get(n.format()).facts();
            FileKind parent = switch (n.kind()) {
                case UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE -> FileKind.UPKIHON;
                case UPYOBO_SUB -> FileKind.UPYOBO;
                default -> null;
            };
            if (parent != null && !present.contains(parent)) {
                f.file("FN-011", Severity.ERROR, "この別表・画像の親ファイル（" + parent.prefix() + "、同じ送信元・送信先・連番）が"
                        + "ありません。一緒に送ってください。", "The parent file " + parent.prefix() + " with the same sender,"
                        + " receiver and sequence number is missing; send it in the same unit.");
                continue;
            }
            ff.needsBasicInfo.forEach((key, at) -> {
                if (!all.basicInfoKeys.contains(key)) {
                    f.record("REL-003", Severity.ERROR, at[0], at[1], "対応する利用者基本情報（同じ利用者・相談日）がありません。",
                            "No 利用者基本情報 record of this unit has this user and consultation date.");
                }
            });
            ff.needsPreventivePlan.forEach((key, at) -> {
                if (!all.preventivePlanKeys.contains(key)) {
                    f.record("REL-004", Severity.ERROR, at[0], at[1], "対応する介護予防サービス・支援計画書（同じ利用者・計画作成日）がありません。",
                            "No 介護予防サービス・支援計画書 record of this unit has this user and plan date.");
                }
            });
            ff.imagesNamed.forEach((image, at) -> {
                if (!names.contains(imageKey(image))) {
                    f.record("REL-003", Severity.ERROR, at[0], at[1], "家族構成画像ファイル名の画像が送信単位にありません。",
                            "The family image named in No.62 is not in the send unit.");
                }
            });
            if (n.kind() == FileKind.UPKIHON_IMAGE && all.imagesNamed.keySet().stream()
                    .noneMatch(named -> imageKey(named).equals(imageKey(n.format())))) {
                f.file("REL-003", Severity.ERROR, "この画像を家族構成画像ファイル名に記載した利用者基本情報がありません。",
                        "No 利用者基本情報 record names this family image.");
            }
        }
    }

    /** An image's name for matching: {@code .jpg} and {@code .JPG} are the same file (FN-008 accepts both). */
    private static String imageKey(String name) {
        return name.regionMatches(true, Math.max(0, name.length() - 4), ".jpg", 0, 4)
                ? name.substring(0, name.length() - 4) + ".jpg" : name;
    }

    private Found found(Map<String, List<Violation>> extra, String file) {
        return new Found(file, policy, extra.computeIfAbsent(file, k -> new ArrayList<>()));
    }

    /** Counts the bytes read from a file and tells the progress listener about once per MiB. */
    private static final class ProgressInputStream extends java.io.FilterInputStream {
        private static final long STEP = 1 << 20;
        private final Path file;
        private final ValidationProgress progress;
        private long bytes;
        private long told;

        ProgressInputStream(InputStream in, Path file, ValidationProgress progress) {
            super(in);
            this.file = file;
            this.progress = progress;
        }

        long bytes() {
            return bytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            bytes += n;
            if (bytes - told >= STEP) {
                told = bytes;
                progress.reading(file, bytes);
            }
        }
    }
}
