package dev.careplan.csv;

import dev.careplan.csv.internal.FileChecker;
import dev.careplan.csv.internal.FileFacts;
import dev.careplan.csv.internal.Found;
import dev.careplan.model.FileKind;
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
 * 適合性検証 (conformance validation): checks files of the care-plan standard against the rule catalogue
 * ({@link RuleCatalogue}, generated into {@code docs/rules.md}) under a {@link ValidationPolicy}, and returns a
 * {@link ValidationReport}; invalid input never throws. Each file is read once, streaming; the send units of a
 * delivery (files sharing sender, receiver and sequence number) are then checked together (SU-*, REL-001/002,
 * FN-012). Cross-field rules of typed rows are the model's ({@link dev.careplan.model.validation.RowRules}, the same
 * rules as the records' Jakarta constraints), mapped into the same {@link Violation} records. Build one validator
 * and reuse it: it is thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ConformanceValidator.producer().validate(List.of(Path.of("outbox")));
 * report.limited(100).files().forEach(f -> ...);   // at most 100 violations listed per file, the rest counted
 * }</pre>
 *
 * <p>Root cause first: a defect is reported once, under its most precise rule, and what follows from it is not
 * reported again (a misquoted record is not also counted; a file whose name cannot be parsed leaves the absence
 * rules of the unit it may belong to unjudged; a file that is plainly not CSV text is one ENC-001).
 */
public final class ConformanceValidator {

    private final ValidationPolicy policy;

    private ConformanceValidator(ValidationPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** A validator for your own files before sending them ({@link ValidationPolicy#producer()}). */
    public static ConformanceValidator producer() {
        return with(ValidationPolicy.producer());
    }

    /** A validator for received files before importing them ({@link ValidationPolicy#consumer()}). */
    public static ConformanceValidator consumer() {
        return with(ValidationPolicy.consumer());
    }

    /**
     * A validator with the strict default policy.
     *
     * @deprecated renamed by who runs it: use {@link #producer()}
     */
    @Deprecated(since = "0.1.0")
    public static ConformanceValidator strict() {
        return producer();
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
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                results.add(checker.check(name, in));
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
                found(extra, r.report().file()).file("SU-006", "duplicateName");
            }
        }
        List<Unnamed> unnamed = results.stream().filter(r -> r.name().isEmpty())
                .map(r -> Unnamed.of(r.report().file())).toList();
        List<UnitReport> unitReports = new ArrayList<>();
        for (SendUnit u : SendUnit.group(names)) {
            String first = u.files().get(0).format();
            Found f = found(extra, first);
            Set<FileKind> kinds = u.kinds();
            // A file of the delivery whose name could not be parsed may be the member this unit seems to lack: its
            // name rule is the one defect, so the rules about an absent member are not judged for this unit.
            boolean maybeIncomplete = unnamed.stream().anyMatch(x -> x.mayBelongTo(u));
            boolean deletes = kinds.stream().anyMatch(FileKind::isDeletion);
            if (deletes && kinds.size() > 1) {
                f.file("SU-003", "deletesAlone");
            } else if (!u.hasAllowedShape()) {
                f.file("SU-001", "shape", prefixes(kinds));
            }
            Set<String> extras = new java.util.HashSet<>();
            u.byKind().forEach((kind, same) -> {
                if (kind != FileKind.UPKIHON_IMAGE && same.size() > 1) {
                    for (CareplanFileName extraFile : same.subList(1, same.size())) {
                        found(extra, extraFile.format()).file("OUT-001", "twoFiles", String.valueOf(same.size()),
                                kind.prefix());
                        extras.add(extraFile.format());
                    }
                }
            });
            Set<FileKind> missing = u.missingKinds();
            if (!missing.isEmpty() && !maybeIncomplete) {
                f.file("SU-002", "incomplete", prefixes(missing));
            }
            long months = u.files().stream().map(CareplanFileName::month).filter(Optional::isPresent).distinct()
                    .count();
            if (months > 1) {
                f.file("SU-004", "months");
            }
            if (!maybeIncomplete) {
                relations(u, byName, extra, extras, months > 1);
            }
            unitReports.add(new UnitReport(u, u.isComplete()));
        }
        List<FileReport> reports = new ArrayList<>();
        for (FileChecker.Result r : results) {
            List<Violation> more = extra.remove(r.report().file());
            reports.add(more == null ? r.report() : r.report().plus(more));
        }
        return new ValidationReport(reports, unitReports);
    }

    /** The prefixes of kinds, in catalogue order, for a message: {@code UP1KYO, UP2KYO}. */
    private static String prefixes(Set<FileKind> kinds) {
        return kinds.stream().map(FileKind::prefix).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A file of the delivery whose name could not be parsed, and what can still be read from it: a 14-digit
     * sequence number and whether it starts with a prefix of the standard.
     */
    private record Unnamed(Set<String> sequences, boolean knownPrefix) {
        private static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{14}(?![0-9])");

        static Unnamed of(String fileName) {
            Set<String> seqs = new java.util.HashSet<>();
            java.util.regex.Matcher m = SEQUENCE.matcher(fileName);
            while (m.find()) {
                seqs.add(m.group());
            }
            boolean prefix = java.util.Arrays.stream(FileKind.values()).anyMatch(k -> fileName.startsWith(k.prefix()));
            return new Unnamed(seqs, prefix);
        }

        /** True when the file may be a member of {@code u}: its sequence number, or none and a known prefix. */
        boolean mayBelongTo(SendUnit u) {
            return sequences.isEmpty() ? knownPrefix : sequences.contains(u.sequence().value());
        }
    }

    /**
     * REL-001/002 and FN-012 for a unit, with the preventive plan's relations. A file that is a second file of its
     * kind (OUT-001) or that belongs in another unit (FN-012) takes no part: its records would only repeat that
     * defect; when the unit's files disagree on the month (SU-004) their records cannot be matched by month either.
     */
    private void relations(SendUnit u, Map<String, FileChecker.Result> byName, Map<String, List<Violation>> extra,
            Set<String> extras, boolean monthsDisagree) {
        FileFacts all = new FileFacts();
        Set<FileKind> present = java.util.EnumSet.noneOf(FileKind.class);
        Set<String> names = new java.util.HashSet<>();
        for (CareplanFileName n : u.files()) {
            FileFacts ff = byName.get(n.format()).facts();
            if (ff.unreadable) {
                // Its keys cannot be known: matching the other files' records against it would only repeat ENC-001.
                return;
            }
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
            if (extras.contains(n.format())) {
                continue;
            }
            FileFacts ff = byName.get(n.format()).facts();
            Found f = found(extra, n.format());
            if (n.kind() == FileKind.UPHOSOKU) {
                boolean planBound = n.monthSegment().filter("000000"::equals).isPresent();
                // In the other kind of unit, the supplement is misplaced (FN-012); in a unit of its own kind that
                // lacks the anchor, the unit is incomplete (SU-002), which names the missing file.
                boolean usageUnit = kinds.contains(FileKind.UPPLAN) || kinds.contains(FileKind.UPSIKYU);
                boolean planUnit = kinds.contains(FileKind.UP1KYO) || kinds.contains(FileKind.UP2KYO)
                        || kinds.contains(FileKind.UP3KYO);
                if (planBound ? usageUnit && !planUnit : planUnit && !usageUnit) {
                    f.file("FN-012", planBound ? "planBound" : "monthBound");
                    continue;
                }
            }
            // A parent file missing altogether is one defect (SU-002), not one per dependent record.
            if (kinds.contains(FileKind.UP1KYO)) {
                ff.needsPlan.forEach((key, at) -> {
                    if (!all.planKeys.contains(key)) {
                        f.record("REL-001", "noPlan", at[0], at[1]);
                    }
                });
            }
            if (!monthsDisagree && kinds.contains(FileKind.UPPLAN)) {
                ff.needsMonth.forEach((key, at) -> {
                    if (!all.monthKeys.contains(key)) {
                        f.record("REL-002", "noMonth", at[0], at[1]);
                    }
                });
            }
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
                f.file("FN-011", "parentMissing", parent.prefix());
                continue;
            }
            ff.needsBasicInfo.forEach((key, at) -> {
                if (!all.basicInfoKeys.contains(key)) {
                    f.record("REL-003", "noBasicInfo", at[0], at[1]);
                }
            });
            ff.needsPreventivePlan.forEach((key, at) -> {
                if (!all.preventivePlanKeys.contains(key)) {
                    f.record("REL-004", "noPreventivePlan", at[0], at[1]);
                }
            });
            ff.imagesNamed.forEach((image, at) -> {
                if (!names.contains(imageKey(image))) {
                    f.record("REL-003", "imageMissing", at[0], at[1]);
                }
            });
            if (n.kind() == FileKind.UPKIHON_IMAGE && all.imagesNamed.keySet().stream()
                    .noneMatch(named -> imageKey(named).equals(imageKey(n.format())))) {
                f.file("REL-003", "imageUnnamed");
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
}
