package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a received or exported 第7表 (one user's {@code UPSIKYU} rows) line by line: that each line adds up, that
 * subtotals and the total are the sums of their lines, that the amounts follow from units, unit price and 給付率, and,
 * when the limit is known, that the excess is what the limit gives. Each finding is a {@link BenefitIssue} with a
 * {@code BEN-*} rule id. {@link #compare} adds the check against a recomputation from the 第6表.
 *
 * <p>A field left empty is not checked (the layout makes No.17–29 optional), except that a 基準内 (No.22) without a
 * 基準超 (No.21) counts the excess as 0. A subtotal row with office {@code 9999999999} (some software writes its
 * subtotals so) is compared with all detail rows of its kind; otherwise with the detail rows of its office and kind.
 * Unit prices are checked ({@code BEN-PRICE}) only when the offices' 地域区分 were given.
 */
public final class AnnexChecker {

    private final ServiceCodeMaster master;
    private final Optional<Function<OfficeNumber, RegionGrade>> regions;
    private final AnnexCalculator scope;

    private AnnexChecker(ServiceCodeMaster master, Optional<Function<OfficeNumber, RegionGrade>> regions) {
        this.master = Objects.requireNonNull(master, "master");
        this.regions = regions;
        this.scope = AnnexCalculator.builder().master(master).createdDate(java.time.LocalDate.EPOCH).build();
    }

    /** A checker that does not check unit prices (the offices' 地域区分 are unknown). */
    public static AnnexChecker standard(ServiceCodeMaster master) {
        return new AnnexChecker(master, Optional.empty());
    }

    /** A checker that also checks each unit price against the office's 地域区分. */
    public static AnnexChecker withRegions(ServiceCodeMaster master, Function<OfficeNumber, RegionGrade> regions) {
        return new AnnexChecker(master, Optional.of(regions));
    }

    /**
     * One 第7表 row with its record number in the file.
     *
     * @param record record number, from 1
     * @param row    the row
     */
    public record NumberedRow(long record, ServiceUseAnnexRecord row) {
    }

    /** Checks one user's rows numbered 1, 2, … in list order. */
    public List<BenefitIssue> check(List<ServiceUseAnnexRecord> rows, String file, int limitUnits) {
        List<NumberedRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new NumberedRow(i + 1, rows.get(i)));
        }
        return check(numbered, file, Optional.of(limitUnits));
    }

    /**
     * Checks one user's 第7表 rows.
     *
     * @param rows       the rows of one user, in file order
     * @param file       the file name, for the issues
     * @param limitUnits the user's 区分支給限度基準額, when known (from the 利用者補足情報)
     */
    public List<BenefitIssue> check(List<NumberedRow> rows, String file, Optional<Integer> limitUnits) {
        List<BenefitIssue> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        Ctx c = new Ctx(rows.get(0).row().insuredNumber(), file, out);
        List<NumberedRow> details = rows.stream().filter(r -> r.row().serviceCode().isDetail()).toList();
        for (NumberedRow n : details) {
            ServiceUseAnnexRecord r = n.row();
            if (master.lookup(r.serviceCode()).isEmpty()) {
                c.add(BenefitRule.MASTER, n, "サービスコード " + r.serviceCode() + " is not in the master");
            }
            r.serviceUnitAmount().ifPresent(a -> c.expect(BenefitRule.LINE, n, "サービス単位金額 (No.17)",
                    (long) r.units() * r.countOrDays(), a));
            if (r.benefitManagementUnits().isPresent() && r.serviceUnitAmount().isPresent()) {
                c.expect(BenefitRule.LINE, n, "給付管理単位数 (No.18)", r.serviceUnitAmount().get(),
                        r.benefitManagementUnits().get());
            }
        }
        for (NumberedRow n : rows) {
            ServiceUseAnnexRecord r = n.row();
            if (r.categoryLimitWithinUnits().isPresent() && r.serviceUnitAmount().isPresent()) {
                c.expect(BenefitRule.LIMIT_SPLIT, n, "基準内 (No.22) + 基準超 (No.21)", r.serviceUnitAmount().get(),
                        (long) r.categoryLimitWithinUnits().get() + r.categoryLimitExcessUnits().orElse(0));
            }
            amounts(c, n);
        }
        subtotals(c, rows, details);
        total(c, rows, details);
        limitUnits.ifPresent(limit -> {
            if (details.stream().anyMatch(n -> n.row().benefitManagementUnits().isPresent())) {
                long management = sum(details, ServiceUseAnnexRecord::benefitManagementUnits);
                long excess = sum(details, ServiceUseAnnexRecord::categoryLimitExcessUnits);
                NumberedRow at = rows.stream().filter(n -> n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL))
                        .findFirst().orElse(details.isEmpty() ? rows.get(0) : details.get(details.size() - 1));
                c.expect(BenefitRule.EXCESS, at, "区分支給限度基準超単位数 (No.21, limit " + limit + ")",
                        Math.max(0, management - limit), excess);
            }
        });
        return out;
    }

    private void amounts(Ctx c, NumberedRow n) {
        ServiceUseAnnexRecord r = n.row();
        if (r.serviceCode().equals(ServiceCode.GRAND_TOTAL)) {
            return;
        }
        Optional<UnitPrice> price = r.unitPrice().map(UnitPrice::of);
        if (price.isPresent() && regions.isPresent() && !r.serviceOfficeNumber().equals(OfficeNumber.ALL_NINES)) {
            UnitPrice expected = UnitPrice.of(regions.get().apply(r.serviceOfficeNumber()),
                    scope.laborShareOf(r.serviceCode().isDetail() ? r.serviceCode()
                            : ServiceCode.of(r.serviceCode().kind().code() + "0000")));
            if (!expected.equals(price.get())) {
                c.add(BenefitRule.PRICE, n, "単位数単価 (No.23): expected " + expected + ", found " + price.get());
            }
        }
        if (r.totalCostCovered().isPresent() && price.isPresent() && r.categoryLimitWithinUnits().isPresent()) {
            c.expect(BenefitRule.COST, n, "費用総額 (No.24)",
                    Math.floorDiv((long) r.categoryLimitWithinUnits().get() * price.get().hundredths(), 100),
                    r.totalCostCovered().get());
        }
        r.benefitRate().ifPresent(rate -> {
            if (rate != 90 && rate != 80 && rate != 70) {
                c.add(BenefitRule.RATE, n, "給付率 (No.25): found " + rate + ", expected 90, 80 or 70");
            }
        });
        if (r.insuranceClaimAmount().isPresent() && r.totalCostCovered().isPresent() && r.benefitRate().isPresent()) {
            c.expect(BenefitRule.CLAIM, n, "保険／事業費請求額 (No.26)",
                    Math.floorDiv((long) r.totalCostCovered().get() * r.benefitRate().get(), 100),
                    r.insuranceClaimAmount().get());
        }
        if (r.copayCovered().isPresent() && r.totalCostCovered().isPresent() && r.insuranceClaimAmount().isPresent()) {
            c.expect(BenefitRule.COPAY, n, "利用者負担保険対象分 (No.28)",
                    (long) r.totalCostCovered().get() - r.insuranceClaimAmount().get(), r.copayCovered().get());
        }
        if (r.copayFullBurden().isPresent() && price.isPresent()) {
            c.expect(BenefitRule.FULL_BURDEN, n, "利用者負担全額負担分 (No.29)",
                    price.get().yenFor(r.categoryLimitExcessUnits().orElse(0)), r.copayFullBurden().get());
        }
    }

    private static void subtotals(Ctx c, List<NumberedRow> rows, List<NumberedRow> details) {
        for (NumberedRow n : rows) {
            ServiceCode.Summary s = n.row().serviceCode().summary();
            if (s != ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT && s != ServiceCode.Summary.SUBTOTAL_OUTSIDE_LIMIT) {
                continue;
            }
            ServiceKind kind = n.row().serviceCode().kind();
            OfficeNumber office = n.row().serviceOfficeNumber();
            List<NumberedRow> own = details.stream().filter(d -> d.row().serviceCode().kind().equals(kind)
                    && (office.equals(OfficeNumber.ALL_NINES) || d.row().serviceOfficeNumber().equals(office)))
                    .toList();
            sums(c, BenefitRule.SUBTOTAL, n, own);
        }
    }

    private static void total(Ctx c, List<NumberedRow> rows, List<NumberedRow> details) {
        List<NumberedRow> totals = rows.stream().filter(n -> n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL))
                .toList();
        if (totals.size() != 1) {
            c.add(BenefitRule.TOTAL, rows.get(rows.size() - 1), "expected one 999999 row, found " + totals.size());
            return;
        }
        NumberedRow t = totals.get(0);
        sums(c, BenefitRule.TOTAL, t, details);
        // The amounts sit on one row per provider × kind: its subtotal row, or its only detail row.
        Map<Party, NumberedRow> amountRows = new LinkedHashMap<>();
        for (NumberedRow n : rows) {
            if (!n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL) && n.row().totalCostCovered().isPresent()) {
                amountRows.merge(new Party(n.row().serviceOfficeNumber(), n.row().serviceCode().kind()), n,
                        (a, b) -> b.row().serviceCode().isDetail() ? a : b);
            }
        }
        List<NumberedRow> amount = List.copyOf(amountRows.values());
        compare(c, BenefitRule.TOTAL, t, "費用総額 (No.24)", ServiceUseAnnexRecord::totalCostCovered, amount);
        compare(c, BenefitRule.TOTAL, t, "保険／事業費請求額 (No.26)", ServiceUseAnnexRecord::insuranceClaimAmount, amount);
        compare(c, BenefitRule.TOTAL, t, "利用者負担保険対象分 (No.28)", ServiceUseAnnexRecord::copayCovered, amount);
        compare(c, BenefitRule.TOTAL, t, "利用者負担全額負担分 (No.29)", ServiceUseAnnexRecord::copayFullBurden, amount);
    }

    private static void sums(Ctx c, BenefitRule rule, NumberedRow at, List<NumberedRow> lines) {
        compare(c, rule, at, "サービス単位金額 (No.17)", ServiceUseAnnexRecord::serviceUnitAmount, lines);
        compare(c, rule, at, "給付管理単位数 (No.18)", ServiceUseAnnexRecord::benefitManagementUnits, lines);
        compare(c, rule, at, "区分支給限度基準超単位数 (No.21)", ServiceUseAnnexRecord::categoryLimitExcessUnits, lines);
        compare(c, rule, at, "区分支給限度基準内単位数 (No.22)", ServiceUseAnnexRecord::categoryLimitWithinUnits, lines);
    }

    private static void compare(Ctx c, BenefitRule rule, NumberedRow at, String field,
            Function<ServiceUseAnnexRecord, Optional<Integer>> f, List<NumberedRow> lines) {
        f.apply(at.row()).ifPresent(found -> c.expect(rule, at, field, sum(lines, f), found));
    }

    private static long sum(List<NumberedRow> rows, Function<ServiceUseAnnexRecord, Optional<Integer>> f) {
        return rows.stream().mapToLong(n -> f.apply(n.row()).orElse(0)).sum();
    }

    /**
     * Compares one user's received 第7表 with the recomputation from the 第6表 ({@code BEN-RECALC}): every detail line
     * (office × code × 単位数) must be there with the same 回数 and サービス単位金額, no other line, and the same
     * 給付管理単位数 and 基準超単位数 in total.
     */
    public List<BenefitIssue> compare(List<NumberedRow> received, String file, AnnexSheet recomputed) {
        List<BenefitIssue> out = new ArrayList<>();
        if (received.isEmpty()) {
            return out;
        }
        Ctx c = new Ctx(recomputed.user(), file, out);
        record Key(OfficeNumber office, ServiceCode code, int units) {
        }
        Map<Key, int[]> expected = new LinkedHashMap<>();
        for (ServiceUseAnnexRecord r : recomputed.detailRows()) {
            int[] v = expected.computeIfAbsent(new Key(r.serviceOfficeNumber(), r.serviceCode(), r.units()),
                    k -> new int[2]);
            v[0] += r.countOrDays();
            v[1] += r.serviceUnitAmount().orElse(0);
        }
        Map<Key, int[]> found = new HashMap<>();
        Map<Key, NumberedRow> where = new HashMap<>();
        for (NumberedRow n : received) {
            ServiceUseAnnexRecord r = n.row();
            if (r.serviceCode().isDetail()) {
                Key k = new Key(r.serviceOfficeNumber(), r.serviceCode(), r.units());
                int[] v = found.computeIfAbsent(k, x -> new int[2]);
                v[0] += r.countOrDays();
                v[1] += r.serviceUnitAmount().orElse(r.units() * r.countOrDays());
                where.putIfAbsent(k, n);
                if (!expected.containsKey(k)) {
                    c.add(BenefitRule.RECALC, n, "line " + r.serviceOfficeNumber() + " " + r.serviceCode() + " ("
                            + r.units() + " units) is not in the 第6表");
                }
            }
        }
        NumberedRow last = received.get(received.size() - 1);
        for (Map.Entry<Key, int[]> e : expected.entrySet()) {
            int[] f = found.get(e.getKey());
            if (f == null) {
                c.add(BenefitRule.RECALC, last, "line " + e.getKey().office() + " " + e.getKey().code() + " ("
                        + e.getKey().units() + " units, ×" + e.getValue()[0] + ") of the 第6表 is missing");
            } else {
                NumberedRow n = where.get(e.getKey());
                c.expect(BenefitRule.RECALC, n, "回数／日数 (No.16) from the 第6表", e.getValue()[0], f[0]);
                c.expect(BenefitRule.RECALC, n, "サービス単位金額 (No.17) from the 第6表", e.getValue()[1], f[1]);
            }
        }
        received.stream().filter(n -> n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL)).findFirst()
                .ifPresent(t -> {
                    t.row().benefitManagementUnits().ifPresent(v -> c.expect(BenefitRule.RECALC, t,
                            "給付管理単位数 (No.18) from the 第6表", recomputed.totals().managementUnits(), v));
                    t.row().categoryLimitExcessUnits().ifPresent(v -> c.expect(BenefitRule.RECALC, t,
                            "区分支給限度基準超単位数 (No.21) from the 第6表", recomputed.totals().excessUnits(), v));
                });
        return out;
    }

    /** Where the issues of one user go. */
    private record Ctx(InsuredNumber user, String file, List<BenefitIssue> out) {
        void add(BenefitRule rule, NumberedRow at, String detail) {
            out.add(new BenefitIssue(rule, user, Optional.of(file), Optional.of(at.record()),
                    Optional.of(at.row().serviceCode()), detail));
        }

        void expect(BenefitRule rule, NumberedRow at, String field, long expected, long found) {
            if (expected != found) {
                add(rule, at, field + ": expected " + expected + ", found " + found);
            }
        }
    }
}
