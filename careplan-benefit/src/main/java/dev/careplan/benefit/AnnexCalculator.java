package dev.careplan.benefit;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 第7表 calculation (区分支給限度管理・利用者負担計算) of one user and month from the 第6表 rows. Integer
 * arithmetic only: units, yen, and unit prices in hundredths of a yen.
 *
 * <h2>Rules, with their sources</h2>
 * <ol>
 *   <li><b>Detail rows</b> (beppyo7.md "Three row kinds"): one per provider office × サテライト × サービスコード ×
 *       単位数 (and, for 福祉用具貸与, TAIS / 届出コード / 明細判別コード, so items stay apart). 回数／日数 (No.16) = Σ
 *       サービス回数; サービス単位金額 (No.17) = Σ 単位数 × 回数 (beppyo7.md No.17).</li>
 *   <li><b>Limit scope</b>: a row counts against the 区分支給限度 unless its kind is outside it (service-kinds.tsv:
 *       31, 32–37, 51–54) or the master marks the code outside it. 給付管理単位数 (No.18) is filled only for rows that
 *       count, empty otherwise (beppyo7.md No.18).</li>
 *   <li><b>Excess</b>: 区分支給限度基準超単位数 = max(0, Σ 給付管理単位数 − 区分支給限度基準額) (hosoku.md No.19; the
 *       limit of the care level when No.19 is absent), laid on rows by the {@link ExcessAllocation} (default: last
 *       services of the month first). Per row 基準内 (No.22) = No.17 − 超 (No.21); rows outside the limit have 超 = 0
 *       and 基準内 = No.17, so that 基準内 + 超 = units holds for every row.</li>
 *   <li><b>Amounts per provider × kind</b> — the unit the provider claims from the 国保連 — on the provider × kind's
 *       subtotal row (kind + {@code AAAA}, or {@code EEEE} when the whole kind is outside the limit), or on its only
 *       detail row when it has one (beppyo7.md No.9: the subtotal is required only with several rows):
 *       単位数単価 (No.23) = 10 × (1 + 上乗せ割合 × 人件費割合), {@link UnitPrice}; 費用総額 (No.24) = floor(基準内 ×
 *       単価); 給付率 (No.25) = 90/80/70 ({@link CopayShare}); 請求額 (No.26) = floor(費用総額 × 給付率 / 100);
 *       利用者負担 保険対象分 (No.28) = 費用総額 − 請求額; 全額負担分 (No.29) = floor(超 × 単価).</li>
 *   <li><b>Total row</b> ({@code 999999}, office {@code 9999999999}): the sums of No.17, 18, 21, 22, 24, 26, 28, 29;
 *       単位数 (No.13) and 回数 (No.16) are 0 on subtotal and total rows (beppyo7.md No.13).</li>
 * </ol>
 * Not computed (left empty): 種類支給限度 (No.19/20, a municipal option), 割引 (No.14/15: 第6表 units are already after
 * discount, riyohyo6.md No.8), 定額利用者負担 (No.27), the short-stay day counts (No.30–32) and {@code ZZZZ} rows.
 *
 * <p>The 人件費割合 of a code comes from the master; a code missing from the master is reported ({@link
 * BenefitRule#MASTER}) and computed with its kind's group from service-kinds.tsv, so the rest of the sheet is still
 * shown, but the sheet is not {@link AnnexSheet#complete() complete}.
 */
public final class AnnexCalculator {

    private final ServiceCodeMaster master;
    private final Map<OfficeNumber, RegionGrade> regions;
    private final RegionGrade defaultRegion;
    private final ExcessAllocation allocation;
    private final LocalDate createdDate;

    private AnnexCalculator(Builder b) {
        this.master = Objects.requireNonNull(b.master, "master (サービスコードマスタ) is required");
        this.regions = Map.copyOf(b.regions);
        this.defaultRegion = b.defaultRegion;
        this.allocation = b.allocation;
        this.createdDate = Objects.requireNonNull(b.createdDate, "createdDate (作成年月日 of the 第7表) is required");
    }

    /** A builder: master and creation date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnnexCalculator}. */
    public static final class Builder {
        private ServiceCodeMaster master;
        private final Map<OfficeNumber, RegionGrade> regions = new HashMap<>();
        private RegionGrade defaultRegion = RegionGrade.OTHER;
        private ExcessAllocation allocation = ExcessAllocation.lastServicesFirst();
        private LocalDate createdDate;

        private Builder() {
        }

        /** The service-code master. */
        public Builder master(ServiceCodeMaster value) {
            this.master = value;
            return this;
        }

        /** The 地域区分 of one provider office. */
        public Builder region(OfficeNumber office, RegionGrade grade) {
            regions.put(office, grade);
            return this;
        }

        /** The 地域区分 of offices not given one ({@link RegionGrade#OTHER} unless set). */
        public Builder defaultRegion(RegionGrade value) {
            this.defaultRegion = Objects.requireNonNull(value);
            return this;
        }

        /** How the excess is laid on services ({@link ExcessAllocation#lastServicesFirst()} unless set). */
        public Builder allocation(ExcessAllocation value) {
            this.allocation = Objects.requireNonNull(value);
            return this;
        }

        /** 作成年月日 (No.4) of the rows produced: a date from the caller, never today's. */
        public Builder createdDate(LocalDate value) {
            this.createdDate = value;
            return this;
        }

        /** Builds the calculator. */
        public AnnexCalculator build() {
            return new AnnexCalculator(this);
        }
    }

    /** The 地域区分 used for an office. */
    public RegionGrade regionOf(OfficeNumber office) {
        return regions.getOrDefault(office, defaultRegion);
    }

    /** The master used. */
    public ServiceCodeMaster master() {
        return master;
    }

    /** Whether a code counts against the 区分支給限度: its kind must (service-kinds.tsv) and the master must not exclude it. */
    public boolean countsAgainstLimit(ServiceCode code) {
        boolean kind = BenefitLimits.countsAgainstLimit(code.kind()).orElse(true);
        return kind && master.lookup(code).map(ServiceCodeEntry::countsAgainstLimit).orElse(true);
    }

    /** The 人件費割合 of a code: the master's, else its kind's, else none (10 yen). */
    public LaborShare laborShareOf(ServiceCode code) {
        return master.lookup(code).map(ServiceCodeEntry::laborShare)
                .orElseGet(() -> BenefitLimits.laborShareOf(code.kind()).orElse(LaborShare.NONE));
    }

    /** The unit price of a provider × code. */
    public UnitPrice priceOf(OfficeNumber office, ServiceCode code) {
        return UnitPrice.of(regionOf(office), laborShareOf(code));
    }

    private record LineKey(OfficeNumber office, String satellite, ServiceCode code, int units, String tais,
            String notification, int detailSeq) {
    }

    private static final Comparator<LineKey> LINE_ORDER = Comparator.comparing(LineKey::office)
            .thenComparing(k -> k.code().kind()).thenComparing(LineKey::satellite).thenComparing(LineKey::code)
            .thenComparingInt(LineKey::units).thenComparing(LineKey::tais).thenComparing(LineKey::notification)
            .thenComparingInt(LineKey::detailSeq);

    /** One detail line being built. */
    private static final class Line {
        final List<ServiceUseRecord> rows = new ArrayList<>();
        int count;
        int amount;
        int excess;
    }

    /**
     * Computes the 第7表 of one user and month.
     *
     * @throws BenefitInputException when the user has no row, or the allocation does not lay exactly the excess
     */
    public AnnexSheet calculate(UserMonth in) {
        if (in.rows().isEmpty()) {
            throw new BenefitInputException("no 第6表 rows for " + in.user() + " in " + in.month()
                    + ": there is no 第7表 to compute");
        }
        List<BenefitIssue> issues = new ArrayList<>();
        List<ServiceUseRecord> rows = in.rows().stream().sorted(dev.careplan.benefit.internal.VisitMatcher.ROW_ORDER)
                .toList();
        rows.stream().map(ServiceUseRecord::serviceCode).distinct().filter(c -> master.lookup(c).isEmpty())
                .forEach(c -> issues.add(new BenefitIssue(BenefitRule.MASTER, in.user(), Optional.empty(),
                        Optional.empty(), Optional.of(c), "サービスコード " + c + " is not in the master; computed with"
                        + " the 人件費割合 of kind " + c.kind())));
        List<ServiceUseRecord> limited = rows.stream().filter(r -> countsAgainstLimit(r.serviceCode())).toList();
        int management = limited.stream().mapToInt(ServiceRows::totalUnits).sum();
        int excess = Math.max(0, management - in.limitUnits());
        List<ServiceUseRecord> bearers = limited.stream().filter(r -> ServiceRows.totalUnits(r) > 0).toList();
        int[] laid = allocation.allocate(bearers, excess);
        checkAllocation(bearers, laid, excess);
        Map<ServiceUseRecord, Integer> excessOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < bearers.size(); i++) {
            excessOf.put(bearers.get(i), laid[i]);
        }
        Map<LineKey, Line> lines = new TreeMap<>(LINE_ORDER);
        for (ServiceUseRecord r : rows) {
            Line l = lines.computeIfAbsent(key(r), k -> new Line());
            l.rows.add(r);
            l.count += r.serviceCount();
            l.amount += ServiceRows.totalUnits(r);
            l.excess += excessOf.getOrDefault(r, 0);
        }
        Map<Party, List<Map.Entry<LineKey, Line>>> groups = new LinkedHashMap<>();
        for (Map.Entry<LineKey, Line> e : lines.entrySet()) {
            groups.computeIfAbsent(new Party(e.getKey().office(), e.getKey().code().kind()), k -> new ArrayList<>())
                    .add(e);
        }
        List<ServiceUseAnnexRecord> out = new ArrayList<>();
        long[] sums = new long[8];
        for (Map.Entry<Party, List<Map.Entry<LineKey, Line>>> g : groups.entrySet()) {
            group(in, g.getKey(), g.getValue(), out, sums);
        }
        ServiceUseAnnexRecord.Builder total = header(in, rows).serviceOfficeNumber(OfficeNumber.ALL_NINES)
                .serviceCode(ServiceCode.GRAND_TOTAL).units(0).countOrDays(0).serviceUnitAmount((int) sums[0])
                .benefitManagementUnits((int) sums[1]).categoryLimitExcessUnits((int) sums[2])
                .categoryLimitWithinUnits((int) sums[3]).totalCostCovered(Math.toIntExact(sums[4]))
                .benefitRate(in.copay().benefitRate()).insuranceClaimAmount(Math.toIntExact(sums[5]))
                .copayCovered(Math.toIntExact(sums[6])).copayFullBurden(Math.toIntExact(sums[7]));
        out.add(total.build());
        AnnexTotals totals = new AnnexTotals((int) sums[0], (int) sums[1], (int) sums[2], (int) sums[3], sums[4],
                sums[5], sums[6], sums[7]);
        return new AnnexSheet(in.user(), in.month(), in.limitUnits(), out, totals, issues);
    }

    private void group(UserMonth in, Party provider, List<Map.Entry<LineKey, Line>> lines,
            List<ServiceUseAnnexRecord> out, long[] sums) {
        UnitPrice price = priceOf(provider.office(), lines.get(0).getKey().code());
        int amount = 0;
        int management = 0;
        int excess = 0;
        boolean anyLimited = false;
        List<ServiceUseAnnexRecord.Builder> details = new ArrayList<>();
        for (Map.Entry<LineKey, Line> e : lines) {
            LineKey k = e.getKey();
            Line l = e.getValue();
            boolean counts = countsAgainstLimit(k.code());
            anyLimited |= counts;
            ServiceUseRecord first = l.rows.get(0);
            ServiceUseAnnexRecord.Builder b = header(in, l.rows).serviceOfficeName(first.serviceOfficeName())
                    .serviceOfficeNumber(k.office()).serviceCode(k.code()).units(k.units()).countOrDays(l.count)
                    .serviceUnitAmount(l.amount).benefitManagementUnits(counts ? l.amount : null)
                    .categoryLimitExcessUnits(l.excess).categoryLimitWithinUnits(l.amount - l.excess);
            first.satelliteBranchNo().ifPresent(b::satelliteBranchNo);
            first.taisCode().ifPresent(b::taisCode);
            first.equipmentNotificationCode().ifPresent(b::equipmentNotificationCode);
            b.equipmentName(first.equipmentName());
            details.add(b);
            amount += l.amount;
            management += counts ? l.amount : 0;
            excess += l.excess;
        }
        int within = amount - excess;
        long cost = Math.floorDiv((long) within * price.hundredths(), 100);
        long claim = Math.floorDiv(cost * in.copay().benefitRate(), 100);
        long copay = cost - claim;
        long full = price.yenFor(excess);
        ServiceUseAnnexRecord.Builder closing;
        if (details.size() == 1) {
            closing = details.get(0);
        } else {
            details.forEach(d -> out.add(d.build()));
            closing = header(in, List.of()).serviceOfficeName(lines.get(0).getValue().rows.get(0).serviceOfficeName())
                    .serviceOfficeNumber(provider.office()).serviceCode(ServiceCode.subtotal(provider.kind(), anyLimited
                            ? ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT : ServiceCode.Summary.SUBTOTAL_OUTSIDE_LIMIT))
                    .units(0).countOrDays(0).serviceUnitAmount(amount).benefitManagementUnits(anyLimited ? management
                            : null).categoryLimitExcessUnits(excess).categoryLimitWithinUnits(within);
        }
        closing.unitPrice(price.toBigDecimal()).totalCostCovered(Math.toIntExact(cost))
                .benefitRate(in.copay().benefitRate()).insuranceClaimAmount(Math.toIntExact(claim))
                .copayCovered(Math.toIntExact(copay)).copayFullBurden(Math.toIntExact(full));
        out.add(closing.build());
        sums[0] += amount;
        sums[1] += management;
        sums[2] += excess;
        sums[3] += within;
        sums[4] += cost;
        sums[5] += claim;
        sums[6] += copay;
        sums[7] += full;
    }

    private ServiceUseAnnexRecord.Builder header(UserMonth in, List<ServiceUseRecord> rows) {
        ServiceUseAnnexRecord.Builder b = ServiceUseAnnexRecord.builder()
                .csvVersion(in.rows().isEmpty() ? CsvVersion.V4_1 : in.rows().get(0).csvVersion())
                .insuredNumber(in.user()).createdDate(createdDate).targetYearMonth(in.month())
                .over30DaysFlag(rows.isEmpty() ? Over30DaysFlag.NOT_APPLICABLE : rows.get(0).over30DaysFlag())
                .officeCode(OfficeNumber.ALL_NINES);
        if (!in.rows().isEmpty()) {
            b.insurerNumber(in.rows().get(0).insurerNumber());
            in.rows().get(0).planOfficeNumber().ifPresent(b::updaterOfficeNumber);
        }
        return b;
    }

    private static LineKey key(ServiceUseRecord r) {
        return new LineKey(r.serviceOfficeNumber(), r.satelliteBranchNo().orElse(""), r.serviceCode(),
                r.units().orElse(0), r.taisCode().orElse(""), r.equipmentNotificationCode().orElse(""),
                r.detailSeqNo().orElse(0));
    }

    private static void checkAllocation(List<ServiceUseRecord> rows, int[] laid, int excess) {
        if (laid == null || laid.length != rows.size()) {
            throw new BenefitInputException("the excess allocation gave no amount for every row");
        }
        long sum = 0;
        for (int i = 0; i < laid.length; i++) {
            if (laid[i] < 0 || laid[i] > ServiceRows.totalUnits(rows.get(i))) {
                throw new BenefitInputException("the excess allocation lays " + laid[i] + " units on a row of "
                        + ServiceRows.totalUnits(rows.get(i)) + " units");
            }
            sum += laid[i];
        }
        if (sum != excess) {
            throw new BenefitInputException("the excess allocation lays " + sum + " units, the excess is " + excess);
        }
    }
}
