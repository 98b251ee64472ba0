package dev.careplan.benefit;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outline of one user's 第7表 (サービス利用票別表) laid out from the planned 第6表 rows, as a care-management
 * system sends it with the 利用票 before 給付管理 has run: the lines and their units, without the limit check and
 * without amounts in yen. {@link AnnexCalculator} computes the full sheet; this is what sample data and first
 * exchanges need, where the units must add up but no 国保連 claim follows.
 *
 * <p>The rows, in order:
 * <ol>
 *   <li>one <b>detail row</b> per provider office × サテライト × サービスコード × 単位数 (and, for 福祉用具貸与, TAIS /
 *       届出コード / 明細判別コード, so items stay apart), in the order the lines first occur in the 第6表: 回数／日数
 *       (No.16) = Σ サービス回数; サービス単位金額 (No.17) = Σ 単位数 × 回数 ({@link ServiceRows#totalUnits}), the
 *       same figure as 給付管理単位数 (No.18) and 区分支給限度基準内単位数 (No.22), every service being taken to count
 *       against the limit and none to exceed it; the one 単位数単価 (No.23) and 給付率 (No.25) given;</li>
 *   <li>for each service kind with more than one detail row, a kind + {@code AAAA} <b>subtotal row</b> with office
 *       {@code 9999999999} (beppyo7.md No.9: required when the kind has several service-code rows);</li>
 *   <li>the <b>total row</b> ({@code 999999}, office {@code 9999999999}).</li>
 * </ol>
 * Subtotal and total rows carry 単位数 0 and 回数 0 (beppyo7.md No.13) and leave the optional sums (No.17–29) empty;
 * {@link AnnexChecker} checks only the fields that are filled, so the outline passes its checks and its
 * {@link AnnexChecker#compare recomputation} against {@link AnnexCalculator}.
 */
public final class AnnexOutline {

    private final LocalDate createdDate;
    private final UnitPrice price;

    private AnnexOutline(LocalDate createdDate, UnitPrice price) {
        this.createdDate = Objects.requireNonNull(createdDate, "createdDate (作成年月日 of the 第7表) is required");
        this.price = Objects.requireNonNull(price, "price (単位数単価) is required");
    }

    /**
     * An outline writer.
     *
     * @param createdDate 作成年月日 (No.4) of the rows: a date from the caller, never today's
     * @param price       the 単位数単価 (No.23) written on every detail row
     */
    public static AnnexOutline of(LocalDate createdDate, UnitPrice price) {
        return new AnnexOutline(createdDate, price);
    }

    private record LineKey(OfficeNumber office, String satellite, ServiceCode code, int units, String tais,
            String notification, int detailSeq) {

        static LineKey of(ServiceUseRecord r) {
            return new LineKey(r.serviceOfficeNumber(), r.satelliteBranchNo().orElse(""), r.serviceCode(),
                    r.units().orElse(0), r.taisCode().orElse(""), r.equipmentNotificationCode().orElse(""),
                    r.detailSeqNo().orElse(0));
        }
    }

    /**
     * The 第7表 rows of one user and month. Its 限度額 is not used (no excess is computed); its 利用者負担割合 gives the
     * 給付率. The header fields come from the 第6表 rows: CSVバージョン, 保険者番号, and the 居宅介護支援事業者 (No.6 of
     * the 第6表) as 更新業者コード.
     *
     * @throws BenefitInputException when the user has no row
     */
    public List<ServiceUseAnnexRecord> rowsOf(UserMonth in) {
        if (in.rows().isEmpty()) {
            throw new BenefitInputException("no 第6表 rows for " + in.user() + " in " + in.month()
                    + ": there is no 第7表 to lay out");
        }
        Map<LineKey, List<ServiceUseRecord>> lines = new LinkedHashMap<>();
        for (ServiceUseRecord r : in.rows()) {
            lines.computeIfAbsent(LineKey.of(r), k -> new ArrayList<>()).add(r);
        }
        List<ServiceUseAnnexRecord> out = new ArrayList<>();
        Map<ServiceKind, Integer> linesPerKind = new LinkedHashMap<>();
        for (Map.Entry<LineKey, List<ServiceUseRecord>> line : lines.entrySet()) {
            LineKey k = line.getKey();
            ServiceUseRecord first = line.getValue().get(0);
            int count = line.getValue().stream().mapToInt(ServiceUseRecord::serviceCount).sum();
            int amount = line.getValue().stream().mapToInt(ServiceRows::totalUnits).sum();
            ServiceUseAnnexRecord.Builder b = header(in).serviceOfficeName(first.serviceOfficeName())
                    .serviceOfficeNumber(k.office()).serviceCode(k.code()).units(k.units()).countOrDays(count)
                    .serviceUnitAmount(amount).benefitManagementUnits(amount).categoryLimitWithinUnits(amount)
                    .unitPrice(price.toBigDecimal()).benefitRate(in.copay().benefitRate())
                    .equipmentName(first.equipmentName());
            first.satelliteBranchNo().ifPresent(b::satelliteBranchNo);
            first.taisCode().ifPresent(b::taisCode);
            first.equipmentNotificationCode().ifPresent(b::equipmentNotificationCode);
            out.add(b.build());
            linesPerKind.merge(k.code().kind(), 1, Integer::sum);
        }
        linesPerKind.forEach((kind, n) -> {
            if (n > 1) {
                out.add(header(in).serviceOfficeNumber(OfficeNumber.ALL_NINES)
                        .serviceCode(ServiceCode.subtotal(kind, ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT)).units(0)
                        .countOrDays(0).build());
            }
        });
        out.add(header(in).serviceOfficeNumber(OfficeNumber.ALL_NINES).serviceCode(ServiceCode.GRAND_TOTAL).units(0)
                .countOrDays(0).build());
        return List.copyOf(out);
    }

    private ServiceUseAnnexRecord.Builder header(UserMonth in) {
        ServiceUseRecord first = in.rows().get(0);
        ServiceUseAnnexRecord.Builder b = ServiceUseAnnexRecord.builder().csvVersion(first.csvVersion())
                .insurerNumber(first.insurerNumber()).insuredNumber(in.user()).createdDate(createdDate)
                .targetYearMonth(in.month()).over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                .officeCode(OfficeNumber.ALL_NINES);
        first.planOfficeNumber().ifPresent(b::updaterOfficeNumber);
        return b;
    }
}
