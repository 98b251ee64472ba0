package dev.careplan.benefit;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The review of received or exported 第7表 files (第7表の点検) as a care manager runs it on a month's folder: every
 * {@code UPSIKYU} file among the paths is checked line by line ({@link AnnexChecker#check}) and, for each user whose
 * 第6表 予定 and 利用者補足情報 of the same month are among the paths too, against the recomputation from them
 * ({@link AnnexChecker#compare}). The one place where {@code careplan check-annex} and {@code POST /api/annex} get
 * their findings, so that both judge a file alike.
 *
 * <p>The limit is the user's 区分支給限度基準額 from the 利用者補足情報 (or the limit of the care level when it is
 * not written); without a limit only the line checks run. The 給付率 of the recomputation is read from the file's
 * 総合計 row (90, 80 or 70 %; 90 when absent); unit prices are checked only when the 地域区分 is given, since a wrong
 * guess would report every line.
 */
public final class AnnexReview {

    private final ServiceCodeMaster master;
    private final Optional<RegionGrade> region;

    private AnnexReview(ServiceCodeMaster master, Optional<RegionGrade> region) {
        this.master = Objects.requireNonNull(master, "master");
        this.region = Objects.requireNonNull(region, "region");
    }

    /**
     * A review with the service-code master and, when known, the 地域区分 of every provider.
     *
     * @param master the service-code master (units, limit class, labour share per code)
     * @param region the 地域区分 of the providers, or empty to leave unit prices unchecked
     */
    public static AnnexReview of(ServiceCodeMaster master, Optional<RegionGrade> region) {
        return new AnnexReview(master, region);
    }

    /**
     * The findings of one 第7表 file.
     *
     * @param file   the file's name
     * @param users  the users whose rows the file holds
     * @param issues what does not add up, in file order (empty when everything adds up)
     */
    public record FileFindings(String file, int users, List<BenefitIssue> issues) {

        /** Copies the list. */
        public FileFindings {
            Objects.requireNonNull(file, "file");
            issues = List.copyOf(issues);
        }

        /** True when nothing was found: every line, subtotal and total adds up. */
        public boolean addsUp() {
            return issues.isEmpty();
        }

        /** True when a finding is an error (what the 国保連 would refuse), not only a warning. */
        public boolean hasErrors() {
            return issues.stream().anyMatch(i -> i.rule().severity() == Severity.ERROR);
        }
    }

    /**
     * Reviews every 第7表 among {@code paths} (folders are searched recursively; files in name order).
     *
     * @throws BenefitInputException when a 第7表 or a file of its month cannot be typed
     * @throws IOException           when a folder or file cannot be read
     */
    public List<FileFindings> review(List<Path> paths) throws IOException {
        AnnexChecker checker = region.map(g -> AnnexChecker.withRegions(master, office -> g))
                .orElseGet(() -> AnnexChecker.standard(master));
        Map<YearMonth, MonthFiles> months = new HashMap<>();
        List<FileFindings> out = new ArrayList<>();
        for (Path f : annexFiles(paths)) {
            AnnexFile annex = AnnexFile.read(f);
            MonthFiles month = months.get(annex.month());
            if (month == null) {
                month = MonthFiles.read(paths, Optional.of(annex.month()));
                months.put(annex.month(), month);
            }
            List<BenefitIssue> issues = new ArrayList<>();
            for (Map.Entry<InsuredNumber, List<AnnexChecker.NumberedRow>> e : annex.users().entrySet()) {
                issues.addAll(reviewUser(checker, month, e.getKey(), e.getValue(), annex.fileName()));
            }
            out.add(new FileFindings(annex.fileName(), annex.users().size(), issues));
        }
        return List.copyOf(out);
    }

    private List<BenefitIssue> reviewUser(AnnexChecker checker, MonthFiles month, InsuredNumber user,
            List<AnnexChecker.NumberedRow> rows, String fileName) {
        SupplementaryUserRecord sup = month.supplements().get(user);
        Optional<Integer> limit = Optional.ofNullable(sup)
                .flatMap(s -> s.benefitLimitUnits().or(() -> s.careLevel().map(BenefitLimits::limitOf)));
        List<BenefitIssue> issues = new ArrayList<>(checker.check(rows, fileName, limit));
        List<ServiceUseRecord> planned = month.planRows().stream().filter(r -> r.insuredNumber().equals(user))
                .toList();
        if (limit.isPresent() && !planned.isEmpty()) {
            AnnexCalculator calc = AnnexCalculator.builder().master(master)
                    .defaultRegion(region.orElse(RegionGrade.OTHER))
                    .createdDate(rows.get(0).row().createdDate()).build();
            issues.addAll(checker.compare(rows, fileName,
                    calc.calculate(new UserMonth(user, month.month(), planned, limit.get(), copayOf(rows)))));
        }
        return issues;
    }

    /** The 利用者負担 share written in the 総合計 row's 給付率 (90 % when the row or the rate is absent). */
    private static CopayShare copayOf(List<AnnexChecker.NumberedRow> rows) {
        int rate = rows.stream().filter(n -> n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL))
                .flatMap(n -> n.row().benefitRate().stream()).findFirst().orElse(90);
        return rate == 80 ? CopayShare.TWO : rate == 70 ? CopayShare.THREE : CopayShare.ONE;
    }

    private static List<Path> annexFiles(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                s.filter(Files::isRegularFile).sorted()
                        .filter(f -> CareplanFileName.tryParse(f.getFileName().toString())
                                .filter(n -> n.kind() == FileKind.UPSIKYU).isPresent())
                        .forEach(out::add);
            }
        }
        return out;
    }
}
