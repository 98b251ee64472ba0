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
import java.io.BufferedInputStream;
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
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        if (TextSniffer.plainlyNotText(buffered)) {
            // One finding for the whole file: its "records" and "fields" would be noise, hundreds of them.
            f.file("ENC-001", "notText");
            facts.unreadable = true;
            in.close();
            return new Result(new FileReport(fileName, kind.map(FileKind::prefix), Optional.empty(), 0, out), name,
                    facts);
        }
        State st = new State(f, name, kind, facts);
        try (CareplanCsvReader reader = CareplanCsvReader.of(buffered)) {
            for (RawRecord r : reader) {
                st.record(r);
            }
            if (reader.hadByteOrderMark()) {
                f.file("ENC-004", "bom");
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
        /** Blank lines not yet known to be inside the file (CSV-004) or at its end (CSV-006): {record, line}. */
        final List<long[]> pendingBlanks = new ArrayList<>(1);
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
            if (r.size() == 1 && v.isEmpty() && !r.fields().get(0).quoted() && r.fields().get(0).decodable()) {
                // A blank line: at the end of the file it is a terminator problem, inside it a record problem.
                pendingBlanks.add(new long[] {n, line});
                return;
            }
            if (!layoutResolved) {
                resolveLayout(v, n, line);
            } else if (version.isEmpty() && kind.isPresent() && wellFormedVersion(v)) {
                // The first record had no usable version (a header row, a typo): the first one that has decides.
                checkVersion(v, n, line);
            }
            boolean otherSeparator = layout != null && r.size() == 1 && layout.fieldCount() > 1
                    && separatedOtherwise(v);
            boolean badQuotes = false;
            for (ReadIssue i : r.issues()) {
                if (i.ruleId().equals("CSV-006")) {
                    terminator(r.terminator(), n, line);
                } else if (i.ruleId().equals("CSV-002")) {
                    // Quotes in a record split by tabs or semicolons are the separator's consequence (CSV-001).
                    if (!otherSeparator && !badQuotes) {
                        issue(i, n, line);
                    }
                    badQuotes = true;
                } else {
                    issue(i, n, line);
                }
            }
            // VER-002 compares data records only: a header row (CSV-005) or a blank line (CSV-004) has no version.
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                if (firstVersionText == null) {
                    firstVersionText = v;
                } else if (!firstVersionText.equals(v)) {
                    f.record("VER-002", "mixed", n, line);
                }
            }
            if (layout == null) {
                return;
            }
            blankLinesInside();
            if (otherSeparator) {
                f.record("CSV-001", "separator", n, line);
                return;
            }
            if (badQuotes) {
                // With a quote out of place the fields are not where the layout puts them: counting or checking
                // them would report the one quoting defect many times over.
                return;
            }
            if (r.size() != layout.fieldCount()) {
                fieldCount(r.size(), n, line);
                return;
            }
            if (!v.isEmpty() && !Character.isDigit(v.charAt(0))) {
                f.record("CSV-005", "header", n, line);
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
            months(r, n, line, failed);
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
            String message = switch (i.ruleId()) {
                case "ENC-001" -> "undecodable";
                case "ENC-002" -> "gaiji";
                default -> "quote";
            };
            if (spec.isPresent()) {
                f.field(i.ruleId(), message, n, line, spec.get());
            } else {
                f.record(i.ruleId(), message, n, line);
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
            f.record("CSV-006", t.equals("\r") ? "cr" : "lf", n, line);
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
                f.file("VER-005", "kindNotInVersion", cv.value());
                pack = Optional.of(SpecPack.v41());
            } else if (cv.equals(CsvVersion.V4_0)) {
                f.record("VER-003", "v40", n, line);
                pack = Optional.of(SpecPack.v41());
            } else if (cv.isKnown() && pack.flatMap(p -> p.layout(kind.get())).isEmpty()) {
                f.record("VER-003", "unsupported", n, line, cv.value());
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

        void months(RawRecord r, long n, long line, List<Integer> failed) {
            Optional<FieldSpec> mf = monthField();
            if (mf.isEmpty()) {
                return;
            }
            String m = r.text(mf.get().no());
            if (m.isEmpty() || failed.contains(mf.get().no())) {
                // A month that is no month is reported by its own rule (FLD-YM); comparing it adds nothing.
                return;
            }
            boolean mixed = false;
            if (firstMonth == null) {
                firstMonth = m;
            } else if (!firstMonth.equals(m) && layout.kind() != FileKind.UPHOSOKU) {
                f.field("MON-001", "mixed", n, line, mf.get());
                mixed = true;
            }
            // A record of a second month breaks MON-001; that it also differs from the name is the same defect.
            if (!mixed && name.isPresent() && name.get().monthSegment().isPresent()
                    && !name.get().monthSegment().get().equals(m)) {
                f.field("MON-002", "nameMonth", n, line, mf.get());
            }
            // Once per file, on the first record that has both a version and a real month.
            if (!versionMonthChecked && Dates.isMonth(m) && version.isPresent()
                    && FieldChecks.knownVersion(version.get())) {
                versionMonthChecked = true;
                Optional<CsvVersion> inForce = CsvVersion.inForceFor(Dates.month(m));
                if (inForce.isPresent() && !inForce.get().value().equals(version.get())
                        && !(version.get().equals("202504") && inForce.get().equals(CsvVersion.V4_1))) {
                    f.record("VER-004", "notInForce", n, line, m, inForce.get().value());
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
                            f.record("REL-007", "notSender", n, line);
                        }
                    });
                }
                case DLTJSK -> name.ifPresent(nm -> {
                    if (!r.text(5).equals(nm.sender().office().value()) || !r.text(6).equals(nm.sender().kind().code())) {
                        f.record("REL-008", "notSender", n, line);
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
                f.record("REL-009", "order", n, line);
            }
        }

        private int number(String t) {
            return !t.isEmpty() && t.length() <= 2 && FieldChecks.digits(t, t.length()) ? Integer.parseInt(t) : -1;
        }

        /** FLD-MEISAI: 明細判別コード numbers the rows of a user that share service code and units, each once. */
        void detailNumber(String user, RawRecord r, long n, long line) {
            String seq = r.text(19);
            if (!seq.isEmpty() && !seenDetailNumbers.add(user + "|" + r.text(15) + "|" + r.text(8) + "|" + seq)) {
                f.field("FLD-MEISAI", "duplicate", n, line, layout.field(19));
            }
        }

        void duplicate(String key, long n, long line) {
            if (!seenKeys.add(key)) {
                f.record("REL-005", "duplicate", n, line);
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
                    f.field("FLD-7TOTAL", "grandTotalOffice", n, line, layout.field(7));
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
                    f.record("FLD-VALUE", "untyped", n, line);
                }
                return;
            }
            for (ModelViolation mv : RowRules.check(row)) {
                if (!failed.isEmpty() && readsAny(layout.kind(), mv.ruleId(), mv.fieldNo(), failed)) {
                    continue;
                }
                Optional<FieldSpec> spec = mv.fieldNo().map(layout::field);
                // The model's rules have one severity per profile (no forms), so the rule's default applies.
                f.model(mv.ruleId(), "", n, line, spec, stripName(mv.messageJa(), mv),
                        stripName(mv.messageEn(), mv));
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

        /** Blank lines followed by a record are inside the file: records of the wrong field count (CSV-004). */
        void blankLinesInside() {
            if (pendingBlanks.isEmpty()) {
                return;
            }
            if (layout != null) {
                for (long[] at : pendingBlanks) {
                    fieldCount(1, at[0], at[1]);
                }
            }
            pendingBlanks.clear();
        }

        void fieldCount(int count, long n, long line) {
            f.record("CSV-004", "fieldCount", n, line, String.valueOf(count), layout.kind().prefix(),
                    String.valueOf(layout.fieldCount()));
        }

        void finish() {
            records -= pendingBlanks.size();
            if (records == 0) {
                f.file("CSV-007", "noRecord");
            } else if (!pendingBlanks.isEmpty()) {
                f.record("CSV-006", "trailingBlank", pendingBlanks.get(0)[0], pendingBlanks.get(0)[1]);
            }
            if (layout == null) {
                return;
            }
            for (Map.Entry<String, Boolean> e : receiverRows.entrySet()) {
                if (!e.getValue()) {
                    long[] at = userFirst.get(e.getKey());
                    f.record("REL-006", "noReceiverRow", at[0], at[1]);
                }
            }
            for (Map.Entry<String, int[]> e : annexUsers.entrySet()) {
                long[] at = userFirst.get(e.getKey());
                if (e.getValue()[0] != 1) {
                    f.record("FLD-7TOTAL", "grandTotalCount", at[0], at[1]);
                }
                Map<String, Integer> kinds = annexKinds.getOrDefault(e.getKey(), Map.of());
                for (Map.Entry<String, Integer> k : kinds.entrySet()) {
                    if (!k.getKey().contains("#") && k.getValue() > 1 && !kinds.containsKey(k.getKey() + "#AAAA")) {
                        f.record("FLD-7TOTAL", "subtotalMissing", at[0], at[1], k.getKey());
                    }
                }
            }
        }
    }

}
