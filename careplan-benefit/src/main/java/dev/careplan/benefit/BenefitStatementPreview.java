package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 給付管理票 preview: per user × provider × service kind, the units the care-management office will report to the
 * 国保連 for the month (給付計画単位数), from the reconciled 実績.
 *
 * <p><b>Only a preview.</b> The 給付管理票 travels to the 国保連 in the 伝送 format of the 国保連's interface
 * specification, which is not public; this SDK does not produce that format, only the figures to check before
 * entering them in the software that does.
 *
 * <p>Rules: units are those counted against the 区分支給限度 ({@link AnnexCalculator#countsAgainstLimit}; services
 * outside it, such as 居宅療養管理指導, are not on the 給付管理票). Where the provider sent 実績 the delivered units
 * count ({@link Basis#ACTUAL}); where it did not, the planned units stand in and the line says so ({@link
 * Basis#PLAN}). 作成区分: {@link CreationKind#NEW} without a previous statement; with the previous statement's units
 * per line, a line whose units changed is {@link CreationKind#CORRECTION}, a line that dropped to nothing is {@link
 * CreationKind#CANCEL}, and an unchanged line is left out (nothing to send).
 *
 * @param month the service month
 * @param lines the lines, by user, provider office and kind
 */
public record BenefitStatementPreview(YearMonth month, List<Line> lines) {

    /** Copies the lines. */
    public BenefitStatementPreview {
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
    }

    /** Where a line's units come from. */
    public enum Basis {
        /** From the provider's 実績. */
        ACTUAL,
        /** From the 予定: the provider sent no 実績 yet. */
        PLAN
    }

    /** 作成区分 of a 給付管理票 line. */
    public enum CreationKind {
        /** 新規. */
        NEW("1", "新規"),
        /** 修正. */
        CORRECTION("2", "修正"),
        /** 取消. */
        CANCEL("3", "取消");

        private final String code;
        private final String ja;

        CreationKind(String code, String ja) {
            this.code = code;
            this.ja = ja;
        }

        /** The code of the 給付管理票 (1 新規, 2 修正, 3 取消). */
        public String code() {
            return code;
        }

        /** The Japanese name. */
        public String ja() {
            return ja;
        }
    }

    /** The key of a line: user × provider (office × kind). */
    public record Key(InsuredNumber user, Party provider) implements Comparable<Key> {
        /** Checks that nothing is null. */
        public Key {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public int compareTo(Key o) {
            int c = user.compareTo(o.user);
            return c != 0 ? c : provider.compareTo(o.provider);
        }
    }

    /**
     * One line of the preview.
     *
     * @param key   user × provider × kind
     * @param units 給付計画単位数
     * @param basis where the units come from
     * @param kind  作成区分
     */
    public record Line(Key key, int units, Basis basis, CreationKind kind) {
        /** Checks that nothing is null. */
        public Line {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The preview of a reconciled month, as a first statement ({@link CreationKind#NEW}). */
    public static BenefitStatementPreview of(Reconciliation r, AnnexCalculator scope) {
        return of(r, scope, Map.of(), false);
    }

    /** The preview of a reconciled month against the units of the statement sent before (per line). */
    public static BenefitStatementPreview correcting(Reconciliation r, AnnexCalculator scope,
            Map<Key, Integer> previous) {
        return of(r, scope, previous, true);
    }

    private static BenefitStatementPreview of(Reconciliation r, AnnexCalculator scope, Map<Key, Integer> previous,
            boolean correcting) {
        Map<Key, Integer> units = new TreeMap<>();
        Map<Key, Basis> basis = new TreeMap<>();
        add(r.actual(), scope, units, basis, Basis.ACTUAL);
        List<ServiceUseRecord> unreported = r.planned().stream()
                .filter(p -> !r.reportingProviders().contains(ServiceRows.provider(p))).toList();
        add(unreported, scope, units, basis, Basis.PLAN);
        Set<Key> keys = new TreeSet<>(units.keySet());
        keys.addAll(previous.keySet());
        List<Line> lines = new ArrayList<>();
        for (Key k : keys) {
            int now = units.getOrDefault(k, 0);
            Basis b = basis.getOrDefault(k, Basis.ACTUAL);
            if (!correcting) {
                lines.add(new Line(k, now, b, CreationKind.NEW));
            } else if (!previous.containsKey(k)) {
                lines.add(new Line(k, now, b, CreationKind.NEW));
            } else if (!units.containsKey(k) || now == 0) {
                lines.add(new Line(k, 0, b, CreationKind.CANCEL));
            } else if (previous.get(k) != now) {
                lines.add(new Line(k, now, b, CreationKind.CORRECTION));
            }
        }
        return new BenefitStatementPreview(r.month(), lines);
    }

    private static void add(List<ServiceUseRecord> rows, AnnexCalculator scope, Map<Key, Integer> units,
            Map<Key, Basis> basis, Basis b) {
        for (ServiceUseRecord row : rows) {
            if (scope.countsAgainstLimit(row.serviceCode())) {
                Key k = new Key(row.insuredNumber(), ServiceRows.provider(row));
                units.merge(k, ServiceRows.totalUnits(row), Integer::sum);
                basis.put(k, b);
            }
        }
    }

    /**
     * The preview as CSV (UTF-8 text, CRLF, header line): 対象年月, 被保険者番号, 事業所番号, サービス種類, 給付計画単位数,
     * 根拠 (ACTUAL/PLAN), 作成区分. With {@code maskUsers} the insured number is written masked, as in the reports.
     */
    public String toCsv(boolean maskUsers) {
        StringBuilder b = new StringBuilder("対象年月,被保険者番号,事業所番号,サービス種類,給付計画単位数,根拠,作成区分\r\n");
        for (Line l : lines) {
            b.append(month.toString().replace("-", "")).append(',')
                    .append(maskUsers ? l.key().user().toString() : l.key().user().value()).append(',')
                    .append(l.key().provider().office().value()).append(',').append(l.key().provider().kind().code())
                    .append(',').append(l.units()).append(',').append(l.basis()).append(',').append(l.kind().code())
                    .append("\r\n");
        }
        return b.toString();
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "BenefitStatementPreview[" + month + ", " + lines.size() + " lines]";
    }
}
