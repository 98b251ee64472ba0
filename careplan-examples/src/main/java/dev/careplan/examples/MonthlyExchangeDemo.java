package dev.careplan.examples;

import dev.careplan.benefit.ServiceRows;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.PreventionUnitFiles;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.Violation;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.relay.Directory;
import dev.careplan.relay.FileSystemUnitStore;
import dev.careplan.relay.Relay;
import dev.careplan.relay.RelayServer;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.SafeSender;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.relay.RelayClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole monthly exchange on embedded defaults: a test PKI, the reference relay on 127.0.0.1 (free port), a
 * care-management office (43) and two providers (訪問介護 11, 通所介護 15). The office writes, validates, seals and
 * sends each provider its plan unit and its 利用票 unit; each provider receives, verifies, validates and imports its
 * units in sequence order and sends back its actuals (実績) with a cancelled visit and a changed time; the office
 * receives the actuals, reconciles them with the plan (per provider) and recomputes each user's 第7表 total. Then the
 * 介護予防 flow: a 地域包括支援センター (46) sends a 通所型サービス provider (A6) one 要支援2 user's 利用者基本情報 (with a
 * family-composition image) and 介護予防サービス・支援計画書 ({@link PreventionPlanExample}); the provider verifies,
 * validates and imports the unit as typed documents and returns its 実績. Every step prints one line; the work folder
 * keeps the CSV files, envelopes, relay store and journals.
 */
public final class MonthlyExchangeDemo {

    private static final char[] PASSWORD = "demo-only".toCharArray();

    /**
     * What the demo did: {@code unitsSent}, {@code unitsReceived} and {@code filesChecked} count the 居宅 exchange, the
     * {@code prevention…} counts the 介護予防 exchange.
     */
    public record Summary(int unitsSent, int unitsReceived, int filesChecked, int errors, Path workFolder,
            int preventionUnitsSent, int preventionUnitsReceived, int preventionFilesChecked) {
    }

    /** Thrown when a step of the demo fails; says which. */
    public static final class DemoFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message);
        }
    }

    private final Path work;
    private final PrintStream out;
    private final Clock clock;
    private final YearMonth month;
    private final TestPki pki;
    private final Map<Party, OfficeCredentials> offices = new LinkedHashMap<>();
    private int unitsSent;
    private int unitsReceived;
    private int filesChecked;
    private int preventionUnitsSent;
    private int preventionUnitsReceived;
    private int preventionFilesChecked;

    private MonthlyExchangeDemo(Path work, PrintStream out, Clock clock, YearMonth month) {
        this.work = Objects.requireNonNull(work);
        this.out = Objects.requireNonNull(out);
        this.clock = Objects.requireNonNull(clock);
        this.month = Objects.requireNonNull(month);
        this.pki = TestPki.create(clock);
    }

    /** Runs the demo in {@code work}, printing to {@code out}; the month is next month of {@code clock}. */
    public static Summary run(Path work, PrintStream out, Clock clock) throws IOException {
        return run(work, out, clock, YearMonth.now(clock).plusMonths(1));
    }

    /**
     * Runs the demo for the service month {@code month} in {@code work}, printing to {@code out}. The clock gives the
     * sequence numbers (ファイル連番), signing times and the relay's time; its zone decides the local date-time of the
     * sequence numbers. It must tell the real time to within the certificates' validity (a year), because the TLS
     * connections to the relay check the generated certificates against the system's time.
     */
    public static Summary run(Path work, PrintStream out, Clock clock, YearMonth month) throws IOException {
        return new MonthlyExchangeDemo(work, out, clock, month).run();
    }

    private Summary run() throws IOException {
        for (Party p : List.of(DemoMonth.OFFICE, DemoMonth.HOME_HELP, DemoMonth.DAY_SERVICE,
                PreventionPlanExample.CENTRE, PreventionPlanExample.PROVIDER)) {
            offices.put(p, pki.issueOffice(p, KeyType.EC_P256));
        }
        Directory directory = new Directory();
        offices.forEach((p, c) -> directory.register(p, c.certificate()));
        Relay relay = Relay.of(new FileSystemUnitStore(work.resolve("relay-store")), directory, clock);
        try (RelayServer server = RelayServer.start(new InetSocketAddress("127.0.0.1", 0), relay,
                pki.keyStore(pki.issueTlsServer("localhost"), "relay", PASSWORD), PASSWORD,
                List.of(pki.caCertificate()))) {
            URI url = URI.create("https://127.0.0.1:" + server.port() + "/");
            line("setup", "work folder " + work + "; test PKI: CA + " + offices.size() + " offices; relay " + url);
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            DemoMonth month = new DemoMonth(this.month);
            line("office " + DemoMonth.OFFICE, "plans for " + month.month() + ": " + DemoMonth.USERS.size()
                    + " users, " + month.rows().size() + " 第6表 rows (訪問介護, 通所介護, 福祉用具貸与)");
            RelayClient office = client(url, DemoMonth.OFFICE);
            for (Party provider : List.of(DemoMonth.HOME_HELP, DemoMonth.DAY_SERVICE)) {
                send(office, DemoMonth.OFFICE, "plan unit", month.planUnit(provider, DemoMonth.sequence(now)));
                send(office, DemoMonth.OFFICE, "利用票 unit",
                        month.useUnit(provider, DemoMonth.sequence(now.plusMinutes(1))));
            }
            Map<Party, List<ServiceUseRecord>> planned = new LinkedHashMap<>();
            for (Party provider : List.of(DemoMonth.HOME_HELP, DemoMonth.DAY_SERVICE)) {
                RelayClient c = client(url, provider);
                List<ServiceUseRecord> plan = new ArrayList<>();
                for (SafeReceiver.Received r : receive(c, provider)) {
                    for (OpenedFile f : r.files()) {
                        if (f.fileName().startsWith("UPPLAN_")) {
                            plan.addAll(rows(f.file(), FileKind.UPPLAN));
                        }
                    }
                }
                List<ServiceUseRecord> actual = DemoMonth.actualsOf(provider, plan);
                planned.put(provider, plan.stream().filter(x -> x.serviceOfficeNumber().equals(provider.office()))
                        .toList());
                send(c, provider, "実績 unit", List.of(new ActualsDocument(CsvVersion.V4_1, provider,
                        DemoMonth.OFFICE, DemoMonth.sequence(now.plusMinutes(2)), month.month(), actual)));
            }
            List<ActualsDocument> received = new ArrayList<>();
            for (SafeReceiver.Received r : receive(office, DemoMonth.OFFICE)) {
                for (OpenedFile f : r.files()) {
                    List<ServiceUseRecord> actual = rows(f.file(), FileKind.UPJSK);
                    line("office " + DemoMonth.OFFICE, "実績 of " + f.sender() + " against the plan: "
                            + compare(planned.get(f.sender()), actual));
                    received.add(new ActualsDocument(CsvVersion.V4_1, f.sender(), DemoMonth.OFFICE,
                            CareplanFileName.parse(f.fileName()).sequence(), month.month(), actual));
                }
            }
            // 給付管理: the office's reconciliation per provider and each user's recomputed 第7表 total.
            Map<dev.careplan.model.InsuredNumber, Integer> limits = new LinkedHashMap<>();
            DemoMonth.USERS.forEach(u -> limits.put(u.insured(), u.limitUnits()));
            ReconcileMonthExample.report(ReconcileMonthExample.reconcile(month.month(), month.rows(), received, limits,
                    now.toLocalDate())).forEach(l -> line("office " + DemoMonth.OFFICE, l));
            prevention(url, month.month(), now);
            Summary s = new Summary(unitsSent, unitsReceived, filesChecked, 0, work, preventionUnitsSent,
                    preventionUnitsReceived, preventionFilesChecked);
            line("summary", "介護予防: " + s.preventionUnitsSent() + " more units sent, " + s.preventionUnitsReceived()
                    + " received and acknowledged, " + s.preventionFilesChecked() + " files (with the family image)"
                    + " validated with no ERROR");
            line("summary", s.unitsSent() + " units sent, " + s.unitsReceived() + " received and acknowledged, "
                    + s.filesChecked() + " files validated with no ERROR, every signature and sender verified;"
                    + " each office journalled what it sent and received");
            return s;
        }
    }

    /**
     * The 介護予防 exchange: the centre sends the unit of {@link PreventionPlanExample}, the provider imports it as
     * typed documents and returns its 実績, which the centre imports.
     */
    private void prevention(URI url, YearMonth month, LocalDateTime now) throws IOException {
        Party centre = PreventionPlanExample.CENTRE;
        Party provider = PreventionPlanExample.PROVIDER;
        PreventionSendUnit unit = PreventionPlanExample.unit(month, DemoMonth.sequence(now.plusMinutes(3)));
        line(role(centre) + centre, "介護予防 for " + month + ": 1 要支援2 user, 利用者基本情報 with a family image and"
                + " 介護予防サービス・支援計画書, " + unit.route());
        Path dir = outbox(centre, provider, unit.sequence());
        List<Path> files = PreventionUnitFiles.strict().write(unit, dir);
        String contents = unit.documents().stream().map(d -> d.fileKind().prefix() + " " + d.rows().size())
                .collect(Collectors.joining(", ")) + " records + " + unit.familyImages().size() + " family image";
        RelayClient c = client(url, centre);
        sendFiles(c, centre, provider, unit.sequence(), "介護予防 unit", files, contents);
        RelayClient p = client(url, provider);
        for (SafeReceiver.Received r : receive(p, provider)) {
            PreventionSendUnit imported = PreventionUnitFiles.read(r.files().stream().map(OpenedFile::file).toList());
            line(role(provider) + provider, "imported as typed documents: 利用者基本情報 "
                    + imported.basicInfo().orElseThrow().rows().size() + " (別表1 "
                    + imported.dailySchedule().orElseThrow().rows().size() + " slots, 別表2 "
                    + imported.medicalHistory().orElseThrow().rows().size() + " illnesses, family image "
                    + imported.familyImages().get(0).format() + " " + imported.familyImages().get(0).size()
                    + " bytes), 介護予防サービス・支援計画書 " + imported.plan().orElseThrow().rows().size() + " (別表 "
                    + imported.supportPlan().orElseThrow().rows().size() + " rows); equal to what was sent: "
                    + imported.equals(unit));
            if (!imported.equals(unit)) {
                throw new DemoFailure("the 介護予防 unit imported differs from the unit sent");
            }
        }
        List<ServiceUseRecord> delivered = PreventionPlanExample.actuals(month);
        send(p, provider, "実績 unit", List.of(new ActualsDocument(CsvVersion.V4_1, provider, centre,
                DemoMonth.sequence(now.plusMinutes(4)), month, delivered)));
        for (SafeReceiver.Received r : receive(c, centre)) {
            for (OpenedFile f : r.files()) {
                List<ServiceUseRecord> actual = rows(f.file(), FileKind.UPJSK);
                line(role(centre) + centre, "実績 of " + f.sender() + ": " + actual.size() + " visits, "
                        + actual.stream().mapToInt(ServiceRows::totalUnits).sum() + " units");
            }
        }
    }

    private static boolean prevention(Party p) {
        return p.equals(PreventionPlanExample.CENTRE) || p.equals(PreventionPlanExample.PROVIDER);
    }

    private static String role(Party p) {
        if (p.equals(DemoMonth.OFFICE)) {
            return "office ";
        }
        return p.equals(PreventionPlanExample.CENTRE) ? "centre " : "provider ";
    }

    private Path outbox(Party sender, Party receiver, dev.careplan.model.SequenceNumber sequence) throws IOException {
        return Files.createDirectories(work.resolve(folder(sender)).resolve("outbox").resolve(sequence.value() + "-"
                + folder(receiver)));
    }

    private RelayClient client(URI url, Party party) {
        return RelayClient.connect(url, pki.keyStore(offices.get(party), "office", PASSWORD), PASSWORD,
                List.of(pki.caCertificate()));
    }

    private Journal journal(Party p) {
        return new Journal(work.resolve(folder(p)).resolve("journal.jsonl"));
    }

    private static String folder(Party p) {
        return p.office().value() + "-" + p.kind().code();
    }

    private void send(RelayClient client, Party sender, String what, List<CareplanDocument> docs) throws IOException {
        CareplanDocument first = docs.get(0);
        Path dir = outbox(sender, first.receiver(), first.sequence());
        CareplanCsvWriter writer = CareplanCsvWriter.strict();
        List<Path> files = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CareplanDocument d : docs) {
            files.add(writer.write(d, dir).path());
            counts.merge(d.fileKind().prefix(), d.rows().size(), Integer::sum);
        }
        sendFiles(client, sender, first.receiver(), first.sequence(), what, files, counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + " records");
    }

    /**
     * Validates the unit's files, checks the directory's certificate of the receiver against this office's own
     * anchors, seals, sends and journals them: the SDK's {@link SafeSender}.
     */
    private void sendFiles(RelayClient client, Party sender, Party receiver, dev.careplan.model.SequenceNumber seq,
            String what, List<Path> files, String contents) throws IOException {
        Path dir = files.get(0).getParent();
        SafeSender safe = SafeSender.builder(client, offices.get(sender), List.of(pki.caCertificate()),
                client::certificateOf, journal(sender)).clock(clock).build();
        ValidationReport report = safe.validate(files);
        check(report, what, prevention(sender));
        SafeSender.SendReport sent = safe.sendAll(files, report).get(0);
        if (!sent.sent()) {
            throw new DemoFailure(what + " " + seq + " to " + receiver + " not sent: " + sent.outcome()
                    + sent.detail().map(d -> " (" + d + ")").orElse(""));
        }
        for (UnitFile f : sent.envelopes()) {
            Files.write(dir.resolve(f.name()), f.bytes());
        }
        if (prevention(sender)) {
            preventionUnitsSent++;
        } else {
            unitsSent++;
        }
        line(role(sender) + sender, what + " " + seq + " → " + receiver + ": " + contents
                + "; valid, sealed, sent (" + client.status(sent.unit()) + ")");
    }

    private List<SafeReceiver.Received> receive(RelayClient client, Party me) throws IOException {
        Opener opener = Opener.of(offices.get(me), List.of(pki.caCertificate())).withClock(clock);
        Path inbox = work.resolve(folder(me)).resolve("inbox");
        List<SafeReceiver.Received> all = new SafeReceiver(client, opener, inbox, journal(me), clock).receiveAll();
        for (SafeReceiver.Received r : all) {
            if (!r.outcome().equals("IMPORTED")) {
                throw new DemoFailure("unit " + r.unit() + " was " + r.outcome());
            }
            Path unitDir = Files.createDirectories(inbox.resolve(".check-" + r.unit().sequence()));
            for (OpenedFile f : r.files()) {
                Files.copy(f.file(), unitDir.resolve(f.fileName()));
            }
            check(ConformanceValidator.producer().validate(List.of(unitDir)), "received unit", prevention(me));
            try (var s = Files.list(unitDir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(unitDir);
            if (prevention(me)) {
                preventionUnitsReceived++;
            } else {
                unitsReceived++;
            }
            Set<Party> senders = new HashSet<>();
            r.files().forEach(f -> senders.add(f.sender()));
            line(role(me) + me, "received " + r.unit().sequence()
                    + " from " + senders.iterator().next() + " (signature and sender verified): " + r.files().stream()
                    .map(f -> FileKind.matchName(f.fileName()).map(FileKind::prefix).orElse(f.fileName()))
                    .collect(Collectors.joining(" + ")) + "; valid; imported, acknowledged");
        }
        return all;
    }

    private void check(ValidationReport report, String what, boolean prevention) {
        if (prevention) {
            preventionFilesChecked += report.files().size();
        } else {
            filesChecked += report.files().size();
        }
        List<Violation> errors = report.violations().stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            throw new DemoFailure(what + " breaks the standard: " + errors.stream()
                    .map(v -> v.ruleId() + " " + v.file() + " " + v.messageEn()).collect(Collectors.joining("; ")));
        }
    }

    private static List<ServiceUseRecord> rows(Path file, FileKind kind) throws IOException {
        RecordCodec codec = RecordCodec.forKind(kind).orElseThrow();
        List<ServiceUseRecord> out = new ArrayList<>();
        try (CareplanCsvReader r = CareplanCsvReader.open(file)) {
            for (RawRecord rec : r) {
                out.add((ServiceUseRecord) codec.fromFields(rec.fields().stream().map(RawField::text).toList()));
            }
        }
        return out;
    }

    /** Plan against actuals: cancelled visits and changed times, by user, date and service code. */
    static String compare(List<ServiceUseRecord> plan, List<ServiceUseRecord> actual) {
        Map<String, ServiceUseRecord> done = new LinkedHashMap<>();
        actual.forEach(a -> done.put(key(a), a));
        int cancelled = 0;
        int changed = 0;
        for (ServiceUseRecord p : Objects.requireNonNull(plan)) {
            ServiceUseRecord a = done.get(key(p));
            if (a == null) {
                cancelled++;
            } else if (!a.serviceStartTime().equals(p.serviceStartTime())
                    || !a.serviceEndTime().equals(p.serviceEndTime())) {
                changed++;
            }
        }
        return plan.size() + " planned, " + actual.size() + " delivered, " + cancelled + " cancelled, " + changed
                + " with a changed time";
    }

    private static String key(ServiceUseRecord r) {
        return r.insuredNumber().value() + "|" + r.serviceDate() + "|" + r.serviceCode();
    }

    private void line(String who, String what) {
        out.println("[" + who + "] " + what);
        out.flush();
    }

    /** {@code MonthlyExchangeDemo [--month YYYY-MM]}: runs the demo in a temporary folder (by default next month). */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("careplan-demo");
        Clock clock = Clock.systemDefaultZone();
        run(work, System.out, clock, ExampleMonth.parse(args).orNextMonthOf(clock));
    }

}
