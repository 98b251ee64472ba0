package dev.careplan.csv.internal;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanFileName;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.ReadIssue;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.Violation;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.csv.spec.SpecPack;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.validation.ModelViolation;
import dev.careplan.model.validation.RowRules;
import dev.careplan.model.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates one file in one pass: name, encoding, syntax, version, months, fields, typed cross-field rules. */
public final class FileChecker {

    /** The fields (No.) each row rule reads, per kind: FLD-TAIS reads service code, TAIS and 届出コード, etc. */
    private static final Map<String, Set<Integer>> ROW_RULE_INPUTS = Map.ofEntries(
            Map.entry("UPPLAN/FLD-TAIS", Set.of(15, 16, 17)), Map.entry("UPJSK/FLD-TAIS", Set.of(15, 16, 17)),
            Map.entry("UPPLAN/MON-004", Set.of(5, 10)), Map.entry("UPJSK/MON-004", Set.of(5, 10)),
            Map.entry("UPPLAN/MON-005", Set.of(5, 11)), Map.entry("UPJSK/MON-005", Set.of(5, 11)),
            Map.entry("UPPLAN/FLD-MEISAI", Set.of(15, 19)), Map.entry("UPJSK/FLD-MEISAI", Set.of(15, 19)),
            Map.entry("UPPLAN/FLD-TIMEORDER", Set.of(12, 13)), Map.entry("UPJSK/FLD-TIMEORDER", Set.of(12, 13)),
            Map.entry("UPSIKYU/FLD-TAIS", Set.of(9, 10, 11)), Map.entry("UPSIKYU/FLD-7FIXED", Set.of(34)),
            Map.entry("UPSIKYU/FLD-7SUB", Set.of(9, 13, 14, 15)), Map.entry("UP3KYO/FLD-TIMEORDER", Set.of(8, 9, 11, 12)),
            Map.entry("UPHOSOKU/MON-003", Set.of(4, 63)),
            Map.entry("UPHOSOKU/FLD-SLOT", java.util.stream.IntStream.rangeClosed(20, 55).boxed()
                    .collect(java.util.stream.Collectors.toUnmodifiableSet())));

    private final ValidationPolicy policy;
    public FileChecker(ValidationPolicy policy) {
        this.policy = policy;
    }

    /** The report on one file, and the facts its send unit needs. */
    public record Result(FileReport report, Optional<CareplanFileName> name, FileFacts facts) {
    }

    public Result check(String fileName, InputStream in) throws IOException {
        List<Violation> out = new ArrayList<>();
        Found f = new Found(fileName, policy, out);
        CareplanFileName.Check nameCheck = CareplanFileName.check(fileName, policy);
        out.addAll(nameCheck.violations());
        Optional<CareplanFileName> name = nameCheck.name();
        Optional<FileKind> kind = name.map(CareplanFileName::kind).or(() -> FileKind.matchName(fileName));
        FileFacts facts = new FileFacts();
        if (kind.isPresent() && !kind.get().isCsv()) {
            return new Result(new FileReport(fileName, Optional.of(kind.get().prefix()), Optional.empty(), 0, out),
                    name, facts);
        }
        State st = new State(f, name, kind, facts);
        try (CareplanCsvReader reader = CareplanCsvReader.of(in)) {
            for (RawRecord r : reader) {
                st.record(r);
            }
            if (reader.hadByteOrderMark()) {
                f.file("ENC-004", Severity.ERROR, "ファイル先頭にBOM（UTF-8）があります。BOMなしのMS932で保存してください。",
                        "The file starts with a UTF-8 byte-order mark; save it as MS932 without BOM.");
            }
        }
        st.finish();
        return new Result(new FileReport(fileName, kind.map(FileKind::prefix), st.version, st.records, out), name,
                facts);
    }

    private final class State {
        final Found f;
        final Optional<CareplanFileName> name;
        final Optional<FileKind> kind;
        final FileFacts facts;
        Optional<String> version = Optional.empty();
        Layout layout;
        Optional<RecordCodec> codec = Optional.empty();
        long records;
        String firstMonth;
        String firstVersionText;
        boolean layoutResolved;
        boolean versionMonthChecked;
        boolean terminatorReported;
        final Set<String> seenKeys = new HashSet<>();
        final Set<String> seenDetailNumbers = new HashSet<>();
        final Map<String, int[]> annexUsers = new HashMap<>();
        final Map<String, Map<String, Integer>> annexKinds = new HashMap<>();
        final Map<String, Boolean> receiverRows = new HashMap<>();
        final Map<String, long[]> userFirst = new HashMap<>();

        State(Found f, Optional<CareplanFileName> name, Optional<FileKind> kind, FileFacts facts) {
            this.f = f;
            this.name = name;
            this.kind = kind;
            this.facts = facts;
        }

        void record(RawRecord r) {
            records++;
            long n = r.number();
            long line = r.line();
            String v = r.fields().get(0).text();
            if (!layoutResolved) {
                resolveLayout(v, n, line);
            } else if (version.isEmpty() && kind.isPresent() && wellFormedVersion(v)) {
                // The first record had no usable version (a header row, a typo): the first one that has decides.
                checkVersion(v, n, line);
            }
            for (ReadIssue i : r.issues()) {
                if (i.ruleId().equals("CSV-006")) {
                    terminator(r.terminator(), n, line);
                } else {
                    issue(i, n, line);
                }
            }
            // VER-002 compares data records only: a header row (CSV-005) or a blank line (CSV-004) has no version.
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                if (firstVersionText == null) {
                    firstVersionText = v;
                } else if (!firstVersionText.equals(v)) {
                    f.record("VER-002", Severity.ERROR, n, line, "1つのファイルの全レコードを同じCSVバージョンにしてください。",
                            "All records of a file must have the same CSV version.");
                }
            }
            if (layout == null) {
                return;
            }
            if (r.size() == 1 && layout.fieldCount() > 1 && separatedOtherwise(v)) {
                f.record("CSV-001", Severity.ERROR, n, line, "項目の区切りはカンマ「,」にしてください（タブやセミコロンは使えません）。",
                        "Separate fields with commas (not tabs or semicolons).");
                return;
            }
            if (r.size() != layout.fieldCount()) {
                f.record("CSV-004", Severity.ERROR, n, line, "項目数が" + r.size() + "です。" + layout.kind().prefix()
                        + "は" + layout.fieldCount() + "項目です。", "The record has " + r.size() + " fields; "
                        + layout.kind().prefix() + " records have " + layout.fieldCount() + ".");
                return;
            }
            if (!v.isEmpty() && !Character.isDigit(v.charAt(0))) {
                f.record("CSV-005", Severity.ERROR, n, line, "見出し行は付けません。各レコードの先頭はCSVバージョンです。",
                        "No header row: every record starts with the CSV version.");
                return;
            }
            List<Integer> failed = List.of();
            boolean deletion = layout.kind().isDeletion();
            for (int i = 0; i < r.size(); i++) {
                FieldSpec spec = layout.field(i + 1);
                RawField field = r.fields().get(i);
                // An empty doubtful field is reported (FLD-REQ, W) but may keep the row from being typed.
                if (!FieldChecks.check(f, n, line, spec, field, deletion)
                        || (field.isEmpty() && spec.requirement().isDoubtful())) {
                    if (failed.isEmpty()) {
                        failed = new ArrayList<>(2);
                    }
                    failed.add(i + 1);
                }
            }
            months(r, n, line);
            relations(r, n, line);
            if (codec.isPresent()) {
                modelRules(r, n, line, failed);
            }
        }

        /** A one-field record that holds tabs or semicolons was written with another separator (CSV-001). */
        boolean separatedOtherwise(String only) {
            return only.indexOf('\t') >= 0 || only.indexOf(';') >= 0;
        }

        void issue(ReadIssue i, long n, long line) {
            Optional<FieldSpec> spec = layout != null && i.field() > 0 && i.field() <= layout.fieldCount()
                    ? Optional.of(layout.field(i.field())) : Optional.empty();
            String[] msg = switch (i.ruleId()) {
                case "ENC-001" -> new String[] {"MS932として読めない文字があります。MS932で保存し直してください。",
                    "Contains bytes that are not valid MS932; save the file as MS932."};
                case "ENC-002" -> new String[] {"外字（ユーザー定義文字）は使えません。通常の文字に置き換えてください。",
                    "User-defined characters (外字) are not allowed; replace them with standard characters."};
                default -> new String[] {"ダブルクォートの囲みが正しくありません（閉じ忘れ、または中の「\"」を「\"\"」にしていない）。",
                    "Malformed quoting: a quote is not closed, or an inner quote is not doubled."};
            };
            if (spec.isPresent()) {
                f.field(i.ruleId(), Severity.ERROR, n, line, spec.get(), msg[0], msg[1]);
            } else {
                f.record(i.ruleId(), Severity.ERROR, n, line, msg[0], msg[1]);
            }
        }

        /**
         * CSV-006, once per file at the first record that ends otherwise than CRLF: LF alone is accepted (I); a CR
         * alone is not one of the two terminators the rule names, so it is a warning.
         */
        void terminator(String t, long n, long line) {
            if (terminatorReported) {
                return;
            }
            terminatorReported = true;
            if (t.equals("\r")) {
                f.record("CSV-006", Severity.WARNING, n, line, "レコードの区切りがCRのみです。CRLFにしてください。",
                        "Record ends with CR only; end records with CRLF.");
            } else {
                f.record("CSV-006", Severity.INFO, n, line, "レコードの区切りがLFのみです（CRLFを推奨）。",
                        "Record ends with LF only (CRLF expected).");
            }
        }

        /**
         * The layout to read the file with, from the first record: the pack of its CSVバージョン where that pack has the
         * kind's layout, V4.1 otherwise (an older edition's layouts are not bundled; VER-001 reports a malformed value).
         */
        void resolveLayout(String v, long n, long line) {
            layoutResolved = true;
            if (kind.isEmpty()) {
                return;
            }
            SpecPack pack = SpecPack.v41();
            if (wellFormedVersion(v)) {
                pack = checkVersion(v, n, line);
            }
            Optional<Layout> l = pack.layout(kind.get());
            if (l.isEmpty()) {
                return;
            }
            layout = l.get();
            codec = RecordCodec.forKind(pack, kind.get());
        }

        boolean wellFormedVersion(String v) {
            try {
                CsvVersion.of(v);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** VER-003 and VER-005 for the file's CSVバージョン; returns the pack whose layout the file is read with. */
        SpecPack checkVersion(String v, long n, long line) {
            CsvVersion cv = CsvVersion.of(v);
            version = Optional.of(v);
            Optional<SpecPack> pack = SpecPack.forVersion(cv);
            if (pack.isPresent() && !pack.get().hasKind(kind.get())) {
                // The kind came later than the file's version: check its fields against V4.1, the likely intent.
                f.file("VER-005", Severity.ERROR, "このファイル種別はCSVバージョン" + cv
                        + "にはありません。CSVバージョン202407（V4.1）で作成してください（V4.1で読みました）。",
                        "This file kind does not exist in CSV version " + cv
                        + "; write it as 202407 (V4.1). The file was checked against V4.1.");
                pack = Optional.of(SpecPack.v41());
            } else if (cv.equals(CsvVersion.V4_0)) {
                f.record("VER-003", Severity.WARNING, n, line, "CSVバージョン202504はV4.0の値です。V4.1の202407にしてください。",
                        "202504 is the superseded V4.0 value; use 202407 (V4.1).");
                pack = Optional.of(SpecPack.v41());
            } else if (cv.isKnown() && pack.flatMap(p -> p.layout(kind.get())).isEmpty()) {
                f.record("VER-003", Severity.ERROR, n, line, "このCSVバージョンの仕様には対応していません（V4.1の202407で読みました）。",
                        "This CSV version's layouts are not supported here; the file was checked against V4.1 (202407).");
                pack = Optional.of(SpecPack.v41());
            }
            return pack.filter(p -> p.layout(kind.get()).isPresent()).orElse(SpecPack.v41());
        }

        Optional<FieldSpec> monthField() {
            return switch (layout.kind()) {
                case UPPLAN, UPJSK, UPSIKYU -> Optional.of(layout.field(5));
                case DLTPLAN, DLTJSK -> Optional.of(layout.field(4));
                case UPHOSOKU -> Optional.of(layout.field(63));
                default -> Optional.empty();
            };
        }

        void months(RawRecord r, long n, long line) {
            Optional<FieldSpec> mf = monthField();
            if (mf.isEmpty()) {
                return;
            }
            String m = r.text(mf.get().no());
            if (m.isEmpty()) {
                return;
            }
            if (firstMonth == null) {
                firstMonth = m;
            } else if (!firstMonth.equals(m) && layout.kind() != FileKind.UPHOSOKU) {
                f.field("MON-001", Severity.ERROR, n, line, mf.get(), "1つのファイルには1か月分だけを入れてください。",
                        "One file holds one service month only.");
            }
            if (name.isPresent() && name.get().monthSegment().isPresent()
                    && !name.get().monthSegment().get().equals(m)) {
                f.field("MON-002", Severity.ERROR, n, line, mf.get(), "ファイル名の年月と一致させてください。",
                        "Must equal the month in the file name.");
            }
            // Once per file, on the first record that has both a version and a real month.
            if (!versionMonthChecked && Dates.isMonth(m) && version.isPresent()
                    && FieldChecks.knownVersion(version.get())) {
                versionMonthChecked = true;
                Optional<CsvVersion> inForce = CsvVersion.inForceFor(Dates.month(m));
                if (inForce.isPresent() && !inForce.get().value().equals(version.get())
                        && !(version.get().equals("202504") && inForce.get().equals(CsvVersion.V4_1))) {
                    f.record("VER-004", Severity.WARNING, n, line, "サービス提供月" + m + "に適用されるCSVバージョンは"
                            + inForce.get() + "です。", "The CSV version in force for service month " + m + " is "
                            + inForce.get() + ".");
                }
            }
        }

        void relations(RawRecord r, long n, long line) {
            String user = userKey(r);
            switch (layout.kind()) {
                case UP1KYO -> {
                    String key = user + "|" + r.text(14);
                    facts.planKeys.add(key);
                    duplicate(key, n, line);
                }
                case UP2KYO -> {
                    facts.needsPlan.putIfAbsent(user + "|" + r.text(5), new long[] {n, line});
                    printOrder(user + "|" + r.text(5), r, n, line);
                }
                case UP3KYO -> facts.needsPlan.putIfAbsent(user + "|" + r.text(5), new long[] {n, line});
                case UPHOSOKU -> {
                    if (r.text(63).equals("000000")) {
                        facts.planBoundSupplement = true;
                        facts.needsPlan.putIfAbsent(user + "|" + r.text(4), new long[] {n, line});
                    } else {
                        facts.needsMonth.putIfAbsent(user + "|" + r.text(63), new long[] {n, line});
                    }
                    duplicate(user + "|" + r.text(4) + "|" + r.text(63), n, line);
                }
                case UPKIHON -> {
                    facts.basicInfoKeys.add(user + "|" + r.text(4));
                    duplicate(user + "|" + r.text(4), n, line);
                    if (!r.text(62).isEmpty()) {
                        facts.imagesNamed.putIfAbsent(r.text(62), new long[] {n, line});
                    }
                }
                case UPKIHON_SUB1, UPKIHON_SUB2 ->
                        facts.needsBasicInfo.putIfAbsent(user + "|" + r.text(4), new long[] {n, line});
                case UPYOBO -> {
                    facts.preventivePlanKeys.add(user + "|" + r.text(4));
                    duplicate(user + "|" + r.text(4), n, line);
                }
                case UPYOBO_SUB -> facts.needsPreventivePlan.putIfAbsent(user + "|" + r.text(4), new long[] {n, line});
                case UPPLAN -> {
                    // Every row's key (not only a user's first): a row with a bad month must not hide the others.
                    if (!user.equals(lastMonthUser) || !r.text(5).equals(lastMonth)) {
                        facts.monthKeys.add(user + "|" + r.text(5));
                        lastMonthUser = user;
                        lastMonth = r.text(5);
                    }
                    receiverRow(user, r.text(20), n, line);
                    detailNumber(user, r, n, line);
                }
                case UPSIKYU -> {
                    facts.needsMonth.putIfAbsent(user + "|" + r.text(5), new long[] {n, line});
                    receiverRow(user, r.text(7), n, line);
                    annex(user, r, n, line);
                }
                case UPJSK -> {
                    detailNumber(user, r, n, line);
                    name.ifPresent(nm -> {
                        boolean office = r.text(20).isEmpty() || r.text(20).equals(nm.sender().office().value());
                        boolean kindOk = r.text(15).isEmpty() || r.text(15).startsWith(nm.sender().kind().code());
                        if (!office || !kindOk) {
                            f.record("REL-007", Severity.WARNING, n, line, "実績のサービス事業者コードとサービス種類は送信元と同じにしてください。",
                                    "In actuals, the provider office and service kind must be the sender's.");
                        }
                    });
                }
                case DLTJSK -> name.ifPresent(nm -> {
                    if (!r.text(5).equals(nm.sender().office().value()) || !r.text(6).equals(nm.sender().kind().code())) {
                        f.record("REL-008", Severity.WARNING, n, line, "削除する実績の事業者コードと種類は送信元と同じにしてください。",
                                "The deleted actuals' office and kind must be the sender's.");
                    }
                });
                default -> {
                }
            }
        }

        /** Rows come grouped by user, so the key of the previous row is usually the one needed again. */
        private String lastInsurer = "";
        private String lastInsured = "";
        private String lastUser = "";
        private String lastMonthUser = "";
        private String lastMonth = "";

        String userKey(RawRecord r) {
            String insurer = r.text(2);
            String insured = r.text(3);
            if (!insurer.equals(lastInsurer) || !insured.equals(lastInsured)) {
                lastInsurer = insurer;
                lastInsured = insured;
                lastUser = insurer + "|" + insured;
            }
            return lastUser;
        }

        private final Map<String, int[]> lastTriple = new HashMap<>();

        /** REL-009: 第2表 rows of one plan come in 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ order, no triple twice. */
        void printOrder(String plan, RawRecord r, long n, long line) {
            int[] t = {number(r.text(6)), number(r.text(8)), number(r.text(13))};
            if (t[0] < 0 || t[1] < 0 || t[2] < 0) {
                return;
            }
            int[] last = lastTriple.put(plan, t);
            if (last != null && java.util.Arrays.compare(t, last) <= 0) {
                f.record("REL-009", Severity.WARNING, n, line, "第2表は課題ＮＯ・援助目標ＮＯ・援助内容ＮＯの順に並べ、同じ番号の組を重ねないでください。",
                        "第2表 rows go in order of need, goal and content numbers, each triple once.");
            }
        }

        private int number(String t) {
            return !t.isEmpty() && t.length() <= 2 && FieldChecks.digits(t, t.length()) ? Integer.parseInt(t) : -1;
        }

        /** FLD-MEISAI: 明細判別コード numbers the rows of a user that share service code and units, each once. */
        void detailNumber(String user, RawRecord r, long n, long line) {
            String seq = r.text(19);
            if (!seq.isEmpty() && !seenDetailNumbers.add(user + "|" + r.text(15) + "|" + r.text(8) + "|" + seq)) {
                f.field("FLD-MEISAI", Severity.WARNING, n, line, layout.field(19),
                        "同じサービスコード・単位数の行には別々の明細判別コード（1、2、…）を付けてください。",
                        "Rows of one user with the same service code and units need different numbers (1, 2, …).");
            }
        }

        void duplicate(String key, long n, long line) {
            if (!seenKeys.add(key)) {
                f.record("REL-005", Severity.WARNING, n, line, "同じ利用者・同じキーのレコードが重複しています。",
                        "Another record of this file has the same user and key.");
            }
        }

        void receiverRow(String user, String office, long n, long line) {
            userFirst.computeIfAbsent(user, u -> new long[] {n, line});
            boolean mine = name.isEmpty() || name.get().receiver().office().value().equals(office);
            if (mine) {
                receiverRows.put(user, Boolean.TRUE);
            } else {
                receiverRows.putIfAbsent(user, Boolean.FALSE);
            }
        }

        /**
         * FLD-7TOTAL's counts: grand-total rows per user (office {@code 9999999999}), and per kind the detail rows
         * within the category limit (those with 給付管理単位数, No.18: it is empty for services outside the limit)
         * and their subtotal rows.
         */
        void annex(String user, RawRecord r, long n, long line) {
            String code = r.text(9);
            int[] totals = annexUsers.computeIfAbsent(user, u -> new int[2]);
            if (code.equals("999999")) {
                totals[0]++;
                if (!r.text(7).equals("9999999999")) {
                    f.field("FLD-7TOTAL", Severity.ERROR, n, line, layout.field(7),
                            "合計行（999999）のサービス事業所コードは9999999999にしてください。",
                            "The grand-total row (999999) has office 9999999999.");
                }
            } else if (code.length() == 6) {
                String k = code.substring(0, 2);
                String item = code.substring(2);
                Map<String, Integer> kinds = annexKinds.computeIfAbsent(user, u -> new HashMap<>());
                if (item.equals("AAAA")) {
                    kinds.merge(k + "#AAAA", 1, Integer::sum);
                } else if (!item.equals("EEEE") && !item.equals("ZZZZ") && !r.text(18).isEmpty()) {
                    kinds.merge(k, 1, Integer::sum);
                }
            }
        }

        /**
         * The row's cross-field rules, checked on the typed row (the single-field ones were checked on the text).
         * Fields that failed their own check are read as empty, so that one bad field does not hide another
         * rule's breach; a cross-field finding on a failed field is dropped, as that field is already reported.
         */
        void modelRules(RawRecord r, long n, long line, List<Integer> failed) {
            List<String> texts = new ArrayList<>(r.size());
            for (RawField field : r.fields()) {
                texts.add(field.text());
            }
            for (int no : failed) {
                texts.set(no - 1, "");
            }
            CareplanRecord row;
            try {
                row = codec.get().fromFields(texts);
            } catch (RuntimeException e) {
                if (failed.isEmpty()) {
                    // A field the checks passed but the model refuses is a form error we report generically.
                    f.record("FLD-VALUE", Severity.ERROR, n, line, "項目の値を型に変換できません。各項目の形式を確認してください。",
                            "A field value cannot be read as its type; check the fields' formats.");
                }
                return;
            }
            for (ModelViolation mv : RowRules.check(row)) {
                if (!failed.isEmpty() && readsAny(layout.kind(), mv.ruleId(), mv.fieldNo(), failed)) {
                    continue;
                }
                Optional<FieldSpec> spec = mv.fieldNo().map(layout::field);
                String ja = stripName(mv.messageJa(), mv);
                String en = stripName(mv.messageEn(), mv);
                if (spec.isPresent()) {
                    f.field(mv.ruleId(), mv.severity(), n, line, spec.get(), ja, en);
                } else {
                    f.record(mv.ruleId(), mv.severity(), n, line, ja, en);
                }
            }
        }

        /**
         * Whether a row rule read one of the failed fields (then its finding may stem from the blank read in their
         * place, and is dropped). For a rule not listed, only a finding on a failed field itself is dropped.
         */
        boolean readsAny(FileKind kind, String rule, Optional<Integer> reported, List<Integer> failed) {
            Set<Integer> inputs = ROW_RULE_INPUTS.get(kind.prefix() + "/" + rule);
            if (inputs == null) {
                return reported.isPresent() && failed.contains(reported.get());
            }
            return failed.stream().anyMatch(inputs::contains);
        }

        String stripName(String message, ModelViolation mv) {
            int i = message.indexOf('：');
            int j = message.indexOf("): ");
            if (mv.fieldNameJa().isPresent() && i > 0 && message.startsWith(mv.fieldNameJa().get())) {
                return message.substring(i + 1);
            }
            if (mv.fieldNameJa().isPresent() && j > 0 && message.startsWith(mv.fieldNameJa().get())) {
                return message.substring(j + 3);
            }
            return message;
        }

        void finish() {
            if (records == 0) {
                f.file("CSV-007", Severity.WARNING, "レコードが1件もありません。", "The file contains no record.");
            }
            if (layout == null) {
                return;
            }
            for (Map.Entry<String, Boolean> e : receiverRows.entrySet()) {
                if (!e.getValue()) {
                    long[] at = userFirst.get(e.getKey());
                    f.record("REL-006", Severity.WARNING, at[0], at[1], "この利用者には送信先事業所の行がありません。関係のない利用者は送らないでください。",
                            "This user has no row of the receiving office; users unrelated to the receiver are not sent.");
                }
            }
            for (Map.Entry<String, int[]> e : annexUsers.entrySet()) {
                long[] at = userFirst.get(e.getKey());
                if (e.getValue()[0] != 1) {
                    f.record("FLD-7TOTAL", Severity.ERROR, at[0], at[1], "第7表には利用者ごとに合計行（999999）を1行だけ入れてください。",
                            "Each user needs exactly one grand-total row (999999) in the 第7表.");
                }
                Map<String, Integer> kinds = annexKinds.getOrDefault(e.getKey(), Map.of());
                for (Map.Entry<String, Integer> k : kinds.entrySet()) {
                    if (!k.getKey().contains("#") && k.getValue() > 1 && !kinds.containsKey(k.getKey() + "#AAAA")) {
                        f.record("FLD-7TOTAL", Severity.ERROR, at[0], at[1], "サービス種類" + k.getKey()
                                + "は区分支給限度内の行が複数あるため小計行（" + k.getKey() + "AAAA）が必要です。", "Service kind " + k.getKey()
                                + " has several rows within the category limit and needs its subtotal row " + k.getKey()
                                + "AAAA.");
                    }
                }
            }
        }
    }

}
