package dev.careplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careplan.benefit.AnnexReview;
import dev.careplan.benefit.BenefitInputException;
import dev.careplan.benefit.BenefitIssue;
import dev.careplan.benefit.ReconciliationHtml;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.model.ServiceCode;
import dev.careplan.web.json.BenefitJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplan check-annex}: checks every 第7表 (UPSIKYU) file in the folders against its own arithmetic and,
 * where the 第6表 and 利用者補足情報 of the same month are in the folders too, against the recomputation from them.
 */
@Command(name = "check-annex", mixinStandardHelpOptions = true,
        description = "Checks 第7表 (UPSIKYU) files: each line, subtotal and total adds up, amounts follow from"
                + " units, unit price and 給付率, and the lines match the 第6表 of the same month (BEN-* rules).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every 第7表 adds up", "1:at least one line does not add up (or a file cannot be read as"
                + " its kind)", "2:bad usage", "3:a path could not be read"})
final class CheckAnnexCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders (searched recursively) or files")
    List<Path> paths;

    @Option(names = "--master", paramLabel = "FILE",
            description = "service-code master (CSV: code,name,units,limit,laborShare); default: the bundled sample")
    Path master;

    @Option(names = "--region", paramLabel = "GRADE",
            description = "地域区分 of every provider (1級地 … 7級地, その他): also checks unit prices")
    String region;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.isReadable(p)) {
                err.println("careplan check-annex: cannot read " + p + " (no such file or folder, or no permission)");
                err.flush();
                return CareplanCli.IO;
            }
        }
        RegionGrade grade;
        try {
            grade = region == null ? null : RegionGrade.parse(region);
        } catch (IllegalArgumentException e) {
            err.println("careplan check-annex: " + e.getMessage());
            err.flush();
            return CareplanCli.USAGE;
        }
        List<AnnexReview.FileFindings> results;
        try {
            ServiceCodeMaster m = master == null ? ServiceCodeMaster.sample() : ServiceCodeMaster.read(master);
            if (master == null) {
                err.println("careplan check-annex: using the bundled sample service-code master (illustrative, not"
                        + " the official table); give --master FILE for real data");
                err.flush();
            }
            results = AnnexReview.of(m, Optional.ofNullable(grade)).review(paths);
        } catch (BenefitInputException e) {
            err.println("careplan check-annex: " + e.getMessage());
            err.flush();
            return CareplanCli.FAILED;
        }
        switch (format) {
            case json -> out.println(json(results));
            case html -> out.print(html(results));
            default -> text(results, out);
        }
        out.flush();
        boolean errors = results.stream().anyMatch(AnnexReview.FileFindings::hasErrors);
        return errors ? CareplanCli.FAILED : CareplanCli.OK;
    }

    private static void text(List<AnnexReview.FileFindings> results, PrintWriter out) {
        int total = 0;
        for (AnnexReview.FileFindings r : results) {
            out.println((r.issues().isEmpty() ? "OK  " : "NG  ") + r.file() + "  (" + r.users() + " 利用者)");
            for (BenefitIssue i : r.issues()) {
                out.println("    " + i.rule().severity() + " " + i.rule().id() + " " + i.user() + i.record()
                        .map(n -> " レコード" + n).orElse("") + i.code().map(c -> " " + c).orElse("") + ": "
                        + i.rule().ja() + " " + i.detail());
            }
            total += r.issues().size();
        }
        out.println("合計 " + results.size() + " ファイル、指摘 " + total + " 件");
    }

    private static String json(List<AnnexReview.FileFindings> results) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(BenefitJson.annex(mapper, results));
    }

    private static String html(List<AnnexReview.FileFindings> results) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<title>第7表チェック</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:"
                + "collapse}th,td{border:1px solid #999;padding:.2em .5em}tr.ERROR td{background:#fde2e2}"
                + ".ok{color:#2a7a2a}</style></head><body>\n<h1>第7表チェック</h1>\n");
        for (AnnexReview.FileFindings r : results) {
            h.append("<h2>").append(ReconciliationHtml.esc(r.file())).append("</h2>\n");
            if (r.issues().isEmpty()) {
                h.append("<p class=\"ok\">").append(ReconciliationHtml.esc(r.users() + " 利用者: すべて一致"))
                        .append("</p>\n");
                continue;
            }
            h.append("<table><tr><th>ルール</th><th>利用者</th><th>レコード</th><th>サービスコード</th><th>内容</th></tr>\n");
            for (BenefitIssue i : r.issues()) {
                h.append("<tr class=\"").append(i.rule().severity().name()).append("\"><td>")
                        .append(ReconciliationHtml.esc(i.rule().id())).append("</td><td>")
                        .append(ReconciliationHtml.esc(i.user().toString())).append("</td><td>")
                        .append(i.record().map(String::valueOf).orElse("")).append("</td><td>")
                        .append(ReconciliationHtml.esc(i.code().map(ServiceCode::value).orElse(""))).append("</td><td>")
                        .append(ReconciliationHtml.esc(i.rule().ja() + " " + i.detail())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
