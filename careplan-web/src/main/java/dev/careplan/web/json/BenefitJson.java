package dev.careplan.web.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.benefit.AnnexReview;
import dev.careplan.benefit.BenefitIssue;
import dev.careplan.benefit.Difference;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.UnitsSummary;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import java.util.List;
import java.util.Map;

/**
 * The 給付管理 results as JSON: the reconciliation of 予定 and 実績 (予実突合) and the review of 第7表 files, as
 * {@code careplan reconcile --format json}, {@code careplan check-annex --format json}, {@code POST /api/reconcile}
 * and {@code POST /api/annex} write them; users appear by their masked insured number.
 */
public final class BenefitJson {

    private BenefitJson() {
    }

    /** A reconciliation: totals, counts by kind, each user's differences, sums per provider and per kind. */
    public static ObjectNode reconciliation(ObjectMapper mapper, Reconciliation r) {
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

    /** The findings of {@link AnnexReview}, in the shape of {@code careplan check-annex --format json}. */
    public static ObjectNode annex(ObjectMapper mapper, List<AnnexReview.FileFindings> findings) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode out = root.putArray("files");
        int total = 0;
        for (AnnexReview.FileFindings f : findings) {
            ObjectNode o = out.addObject().put("file", f.file()).put("users", f.users()).put("addsUp", f.addsUp());
            ArrayNode is = o.putArray("issues");
            for (BenefitIssue i : f.issues()) {
                ObjectNode n = is.addObject().put("rule", i.rule().id()).put("severity", i.rule().severity().name())
                        .put("user", i.user().toString());
                n.put("record", i.record().orElse(null));
                n.put("serviceCode", i.code().map(ServiceCode::value).orElse(null));
                n.put("detail", i.detail()).put("messageJa", i.rule().ja()).put("messageEn", i.rule().en());
            }
            total += f.issues().size();
        }
        root.putObject("summary").put("files", findings.size()).put("issues", total);
        return root;
    }
}
