package dev.careplan.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.benefit.AnnexCalculator;
import dev.careplan.benefit.AnnexChecker;
import dev.careplan.benefit.AnnexFile;
import dev.careplan.benefit.BenefitIssue;
import dev.careplan.benefit.BenefitLimits;
import dev.careplan.benefit.CopayShare;
import dev.careplan.benefit.Difference;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.benefit.UnitsSummary;
import dev.careplan.benefit.UserMonth;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 給付管理 results as JSON, in the shapes of {@code careplan reconcile --format json} and
 * {@code careplan check-annex --format json}; users appear by their masked insured number.
 */
final class BenefitJson {

    private BenefitJson() {
    }

    static ObjectNode reconciliation(ObjectMapper mapper, Reconciliation r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("month", r.month().toString());
        ArrayNode reporting = root.putArray("reportingProviders");
        r.reportingProviders().forEach(p -> reporting.add(p.toString()));
        units(root.putObject("total"), r.total());
        ObjectNode counts = root.putObject("differenceCounts");
        r.countByKind().forEach((k, n) -> counts.put(k.name(), n));
        ArrayNode users = root.putArray("users");
        for (InsuredNumber u : r.users()) {
            ObjectNode n = users.addObject();
            n.put("user", u.toString());
            units(n, r.byUser().get(u));
            ArrayNode byProvider = n.putArray("byProvider");
            r.byProviderOf(u).forEach((p, s) -> units(byProvider.addObject().put("provider", p.toString()), s));
            ArrayNode ds = n.putArray("differences");
            for (Difference d : r.differencesOf(u)) {
                ObjectNode o = ds.addObject();
                o.put("kind", d.kind().name());
                o.put("label", d.kind().ja());
                o.put("date", d.date().toString());
                o.put("provider", d.provider().toString());
                o.put("serviceCode", d.planned().orElseGet(d.actual()::orElseThrow).serviceCode().value());
                o.put("planned", d.before());
                o.put("actual", d.after());
                o.put("plannedUnits", d.plannedUnits());
                o.put("actualUnits", d.actualUnits());
            }
        }
        ArrayNode byProvider = root.putArray("byProvider");
        r.byProvider().forEach((p, s) -> units(byProvider.addObject().put("provider", p.toString())
                .put("reported", r.reportingProviders().contains(p)), s));
        ArrayNode byKind = root.putArray("byKind");
        for (Map.Entry<ServiceKind, UnitsSummary> e : r.byKind().entrySet()) {
            units(byKind.addObject().put("kind", e.getKey().code()).put("name", e.getKey().name().orElse("")),
                    e.getValue());
        }
        return root;
    }

    private static void units(ObjectNode n, UnitsSummary s) {
        n.put("plannedUnits", s.planned());
        n.put("deliveredUnits", s.delivered());
        n.put("difference", s.difference());
    }

    /**
     * Checks every 第7表 ({@code UPSIKYU}) among {@code files} line by line and, where the 第6表 and 利用者補足情報 of
     * its month are there too, against the recomputation (BEN-* rules).
     */
    static ObjectNode annex(ObjectMapper mapper, List<Path> files, ServiceCodeMaster master,
            Optional<RegionGrade> grade) throws IOException {
        // As check-annex: unit prices are checked only when the 地域区分 is given.
        AnnexChecker checker = grade.map(g -> AnnexChecker.withRegions(master, o -> g))
                .orElseGet(() -> AnnexChecker.standard(master));
        RegionGrade region = grade.orElse(RegionGrade.OTHER);
        Map<YearMonth, MonthFiles> months = new HashMap<>();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode out = root.putArray("files");
        int total = 0;
        int count = 0;
        for (Path f : files) {
            boolean annex = CareplanFileName.tryParse(f.getFileName().toString())
                    .filter(n -> n.kind() == FileKind.UPSIKYU).isPresent();
            if (!annex) {
                continue;
            }
            AnnexFile a = AnnexFile.read(f);
            MonthFiles month = months.get(a.month());
            if (month == null) {
                month = MonthFiles.read(files, Optional.of(a.month()));
                months.put(a.month(), month);
            }
            List<BenefitIssue> issues = new java.util.ArrayList<>();
            for (Map.Entry<InsuredNumber, List<AnnexChecker.NumberedRow>> e : a.users().entrySet()) {
                check(checker, master, region, month, e.getKey(), e.getValue(), a.fileName(), issues);
            }
            ObjectNode o = out.addObject().put("file", a.fileName()).put("users", a.users().size())
                    .put("addsUp", issues.isEmpty());
            ArrayNode is = o.putArray("issues");
            for (BenefitIssue i : issues) {
                ObjectNode n = is.addObject().put("rule", i.rule().id()).put("severity", i.rule().severity().name())
                        .put("user", i.user().toString());
                n.put("record", i.record().orElse(null));
                n.put("serviceCode", i.code().map(ServiceCode::value).orElse(null));
                n.put("detail", i.detail()).put("messageJa", i.rule().ja()).put("messageEn", i.rule().en());
            }
            total += issues.size();
            count++;
        }
        root.putObject("summary").put("files", count).put("issues", total);
        return root;
    }

    private static void check(AnnexChecker checker, ServiceCodeMaster master, RegionGrade region, MonthFiles month,
            InsuredNumber user, List<AnnexChecker.NumberedRow> rows, String fileName, List<BenefitIssue> issues) {
        SupplementaryUserRecord sup = month.supplements().get(user);
        Optional<Integer> limit = Optional.ofNullable(sup).flatMap(s -> s.benefitLimitUnits()
                .or(() -> s.careLevel().map(BenefitLimits::limitOf)));
        issues.addAll(checker.check(rows, fileName, limit));
        List<ServiceUseRecord> planned = month.planRows().stream().filter(r -> r.insuredNumber().equals(user))
                .toList();
        if (limit.isPresent() && !planned.isEmpty()) {
            int rate = rows.stream().filter(n -> n.row().serviceCode().equals(ServiceCode.GRAND_TOTAL))
                    .flatMap(n -> n.row().benefitRate().stream()).findFirst().orElse(90);
            CopayShare copay = rate == 80 ? CopayShare.TWO : rate == 70 ? CopayShare.THREE : CopayShare.ONE;
            AnnexCalculator calc = AnnexCalculator.builder().master(master).defaultRegion(region)
                    .createdDate(rows.get(0).row().createdDate()).build();
            issues.addAll(checker.compare(rows, fileName, calc.calculate(new UserMonth(user, month.month(), planned,
                    limit.get(), copay))));
        }
    }
}
