package dev.careplan.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.benefit.AnnexReview;
import dev.careplan.benefit.BenefitInputException;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.web.FontNotFoundException;
import dev.careplan.web.UploadLimits;
import dev.careplan.web.json.BenefitJson;
import dev.careplan.web.json.ValidationReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of the service: the page's static files and the {@code /api/*} calls. Each API call spools its upload
 * ({@link Spool}), answers, and deletes the spool before the answer is written.
 */
public final class WebHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger("dev.careplan.web");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UploadLimits limits;
    private final ServiceCodeMaster master;
    private final RegionGrade region;
    private final ConformanceValidator producer = ConformanceValidator.producer();
    private final ConformanceValidator consumer = ConformanceValidator.consumer();
    private final StaticFiles statics = new StaticFiles();

    /** Routes with these limits and the 第7表 pricing of {@code master} and {@code region}. */
    public WebHandler(UploadLimits limits, ServiceCodeMaster master, RegionGrade region) {
        this.limits = limits;
        this.master = master;
        this.region = region;
    }

    /** What an API call answers. */
    private record Answer(int status, String contentType, byte[] body, String fileName) {
        static Answer json(int status, Object node) throws IOException {
            return new Answer(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(node), "");
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        if (!path.startsWith("/api/")) {
            Optional<StaticFiles.Resource> r = "GET".equals(method) || "HEAD".equals(method) ? statics.get(path)
                    : Optional.empty();
            if (r.isEmpty()) {
                send(response, callback, Answer.json(404, error("NOT_FOUND", "ページがありません。", "no such page", "ja")));
                return true;
            }
            response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:;"
                    + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                    + " frame-ancestors 'none'");
            send(response, callback, new Answer(200, r.get().contentType(), r.get().bytes(), ""));
            return true;
        }
        Fields query = Request.extractQueryParameters(request);
        String lang = Optional.ofNullable(query.getValue("lang")).orElse("ja");
        Answer answer;
        int files = 0;
        long bytes = 0;
        try {
            if (!"POST".equals(method)) {
                throw new UploadException(405, "METHOD_NOT_ALLOWED", "POSTで送ってください。", "use POST");
            }
            if (!"ja".equals(lang) && !"en".equals(lang)) {
                throw new UploadException(400, "BAD_LANG", "langは ja か en です。", "lang must be ja or en");
            }
            try (Spool spool = receive(request)) {
                files = spool.files().size();
                bytes = spool.bytes();
                if (files == 0) {
                    throw new UploadException(400, "NO_FILES", "ファイルが送られていません。", "no files were sent");
                }
                answer = route(path, query, lang, spool);
            }
        } catch (UploadException e) {
            // A client still sending when refused would see the connection drop instead of the answer: read the
            // rest of the body (bounded) first.
            drain(request, 4 * limits.maxTotalBytes());
            // And the connection is not reused: a body the parser gave up on may still be partly unread.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            answer = Answer.json(e.status(), error(e.code(), e.ja(), e.en(), lang));
        } catch (BenefitInputException e) {
            answer = Answer.json(422, error("CANNOT_READ_MONTH", "給付管理の読み込みができません：" + e.getMessage(),
                    "the month cannot be read: " + e.getMessage(), lang));
        } catch (FontNotFoundException e) {
            answer = Answer.json(503, error("NO_FONT", "PDFに埋め込む日本語フォントがありません。" + e.getMessage(),
                    e.getMessage(), lang));
        } catch (RuntimeException | IOException e) {
            // Not echoed: an unexpected message may quote input. The log has the type only.
            LOG.warn("{} {} failed: {}", method, path, e.getClass().getName());
            answer = Answer.json(500, error("INTERNAL", "処理できませんでした。", "the request could not be processed", lang));
        }
        send(response, callback, answer);
        LOG.info("{} {} {} files={} bytes={} ms={}", method, path, answer.status(), files, bytes,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private Answer route(String path, Fields query, String lang, Spool spool) throws IOException {
        List<java.nio.file.Path> files = spool.files();
        switch (path) {
            case "/api/validate" -> {
                return Answer.json(200, report(validator(query).validate(files), query, lang));
            }
            case "/api/reconcile" -> {
                MonthFiles m = clean(spool, () -> MonthFiles.read(files, month(query)));
                return Answer.json(200, BenefitJson.reconciliation(JSON, Reconciler.standard()
                        .reconcile(m.month(), m.planRows(), m.actuals())));
            }
            case "/api/annex" -> {
                Optional<RegionGrade> grade = region(query);
                return Answer.json(200, BenefitJson.annex(JSON,
                        clean(spool, () -> AnnexReview.of(master, grade).review(files))));
            }
            case "/api/view" -> {
                return Answer.json(200, view(query, lang, spool));
            }
            case "/api/render" -> {
                return render(query, lang, spool);
            }
            default -> throw new UploadException(404, "NOT_FOUND", "そのAPIはありません。", "no such API");
        }
    }

    /** The report of {@code careplan validate --format json --max-per-file 0}: same schema, every violation. */
    private static ObjectNode report(ValidationReport report, Fields query, String lang) {
        return ValidationReportJson.of(JSON, report, new ValidationReportJson.Run(lang, profile(query), 0), List.of(),
                ValidationReportJson.exitCodeOf(report));
    }

    private static String profile(Fields query) {
        return Optional.ofNullable(query.getValue("profile")).orElse("producer");
    }

    private ConformanceValidator validator(Fields query) {
        return switch (profile(query)) {
            case "producer" -> producer;
            case "consumer" -> consumer;
            default -> throw new UploadException(400, "BAD_PROFILE", "profileは producer（送信前・厳格）か consumer（受信・取込）です。",
                    "profile must be producer (strict, before sending) or consumer (lenient import)");
        };
    }

    private static Optional<YearMonth> month(Fields query) {
        String m = query.getValue("month");
        if (m == null || m.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(m));
        } catch (DateTimeParseException e) {
            throw new UploadException(400, "BAD_MONTH", "monthは YYYY-MM です。", "month must be YYYY-MM");
        }
    }

    private Optional<RegionGrade> region(Fields query) {
        String r = query.getValue("region");
        if (r == null || r.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegionGrade.parse(r));
        } catch (IllegalArgumentException e) {
            throw new UploadException(400, "BAD_REGION", "regionは 1級地 … 7級地、その他 のいずれかです。",
                    "region must be one of 1級地 … 7級地, その他");
        }
    }

    private ObjectNode view(Fields query, String lang, Spool spool) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ValidationReport report = validator(query).validate(spool.files());
        root.set("report", report(report, query, lang));
        ArrayNode users = root.putArray("users");
        PlanView view;
        try {
            view = new PlanViewReader(master, region(query).orElse(region)).read(spool.files(), month(query));
        } catch (BenefitInputException e) {
            // The report still helps: the page shows it and says why there are no pictures.
            String why = clean(spool, e.getMessage());
            root.put("viewError", "en".equals(lang) ? "No sheets: " + why : "帳票を表示できません：" + why);
            return root;
        }
        root.put("month", view.month().toString());
        List<List<String>> svgs = Sheets.svgPerUser(view, lang);
        for (int i = 0; i < view.users().size(); i++) {
            PlanView.UserView u = view.users().get(i);
            ObjectNode n = users.addObject();
            n.put("masked", u.insured().toString());
            n.put("insured", u.insured().value());
            n.put("name", u.name());
            n.put("blocks", u.week().map(w -> w.blocks().size()).orElse(0));
            n.put("differences", u.differences().size());
            ObjectNode sheets = n.putObject("sheets");
            for (int k = 0; k < Sheets.KINDS.size(); k++) {
                sheets.put(Sheets.KINDS.get(k), svgs.get(i).get(k));
            }
        }
        return root;
    }

    private Answer render(Fields query, String lang, Spool spool) throws IOException {
        String format = Optional.ofNullable(query.getValue("format")).orElse("pdf").toLowerCase(Locale.ROOT);
        boolean shown = "shown".equals(query.getValue("insured"));
        SheetPainter.Identity identity = shown ? SheetPainter.Identity.SHOWN : SheetPainter.Identity.MASKED;
        PlanView view = clean(spool, () -> new PlanViewReader(master, region(query).orElse(region))
                .read(spool.files(), month(query)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type;
        switch (format) {
            case "pdf" -> {
                Sheets.pdf(view, lang, identity, out);
                type = "application/pdf";
            }
            case "svg" -> {
                Sheets.svg(view, lang, identity, out);
                type = "image/svg+xml";
            }
            case "png" -> {
                Sheets.png(view, lang, identity, out);
                type = "image/png";
            }
            default -> throw new UploadException(400, "BAD_FORMAT", "formatは pdf、svg、png のいずれかです。",
                    "format must be pdf, svg or png");
        }
        return new Answer(200, type, out.toByteArray(), "careplan-" + view.month() + "." + format);
    }

    /** Reads the upload: multipart (files, zips) or a zip as the body. */
    private Spool receive(Request request) throws IOException {
        long length = request.getLength();
        // Refused before parsing when the declared length cannot fit: the multipart framing of each allowed file
        // (boundary and headers) is well under 1 KiB.
        if (length > limits.maxTotalBytes() + 16 * 1024 + 1024L * limits.maxFiles()) {
            throw Spool.tooLarge(limits);
        }
        String type = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
        String mime = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Spool spool = new Spool(limits);
        try {
            if (mime.equals("multipart/form-data")) {
                MultiPartConfig config = new MultiPartConfig.Builder().location(spool.root())
                        .maxParts(limits.maxFiles() + 16).maxPartSize(limits.maxFileBytes())
                        .maxSize(limits.maxTotalBytes()).maxMemoryPartSize(limits.maxFileBytes()).build();
                MultiPartFormData.Parts parts;
                try {
                    parts = MultiPartFormData.getParts(request, request, type, config);
                } catch (RuntimeException e) {
                    throw multipartProblem(e);
                }
                try (parts) {
                    for (MultiPart.Part part : parts) {
                        if (part.getFileName() == null) {
                            continue;
                        }
                        try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
                            spool.add(part.getFileName(), in);
                        }
                    }
                }
            } else if (mime.equals("application/zip") || mime.equals("application/x-zip-compressed")) {
                try (InputStream in = Content.Source.asInputStream(request)) {
                    spool.unzip(in);
                }
            } else {
                throw new UploadException(415, "UNSUPPORTED_MEDIA_TYPE", "multipart/form-data（ファイル）か application/zip で送ってください。",
                        "send multipart/form-data (files) or application/zip");
            }
            return spool;
        } catch (RuntimeException | IOException e) {
            spool.close();
            throw e;
        }
    }

    private static void drain(Request request, long cap) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            int r;
            while (n < cap && (r = in.read(buf)) > 0) {
                n += r;
            }
        } catch (IOException | RuntimeException e) {
            // The body was already read, or the parser failed it: nothing left to drain.
        }
    }

    /** Jetty's multipart parser fails with a message naming the limit it hit; nothing of the content. */
    private UploadException multipartProblem(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("parts")) {
            return new UploadException(413, "TOO_MANY_FILES", "ファイルが多すぎます（上限 " + limits.maxFiles() + " 件）。",
                    "too many files (at most " + limits.maxFiles() + ")");
        }
        if (m.contains("size") || m.contains("exceed") || m.contains("max")) {
            return Spool.tooLarge(limits);
        }
        return new UploadException(400, "BAD_MULTIPART", "multipart/form-data を読めません。", "the multipart body cannot be read");
    }

    /** A message of the 給付管理 readers names the folders it searched: the spool's path is replaced. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T clean(Spool spool, Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (BenefitInputException e) {
            throw new BenefitInputException(clean(spool, e.getMessage()));
        }
    }

    private static String clean(Spool spool, String message) {
        return message.replace(spool.root().toString(), "upload").replaceAll("upload/\\d{5}/", "");
    }

    private static ObjectNode error(String code, String ja, String en, String lang) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", "en".equals(lang) ? en : ja);
        e.put("messageJa", ja);
        e.put("messageEn", en);
        return root;
    }

    private static void send(Response response, Callback callback, Answer a) {
        response.setStatus(a.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, a.contentType());
        if (a.contentType().startsWith("application/json")) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        if (!a.fileName().isEmpty()) {
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + a.fileName() + "\"");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        response.write(true, ByteBuffer.wrap(a.body()), callback);
    }
}
