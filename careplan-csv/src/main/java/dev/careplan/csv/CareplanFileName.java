package dev.careplan.csv;

import dev.careplan.csv.internal.Found;
import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Linkage;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.validation.Severity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A file name of the standard (ファイル名規約, README §4), parsed into its parts:
 * <pre>
 * PREFIX_SSSSSSSSSS_KK_RRRRRRRRRR_LL_YYYYMMDDHHMMSS.CSV          (no month segment)
 * PREFIX_YYYYMM_SSSSSSSSSS_KK_RRRRRRRRRR_LL_YYYYMMDDHHMMSS.CSV   (month segment)
 * UPKIHON_IMAGE_SSSSSSSSSS_KK_RRRRRRRRRR_LL_YYYYMMDDHHMMSS_NNNN.jpg
 * </pre>
 *
 * @param kind         file kind, from the prefix matched longest first
 * @param monthSegment the month segment as written ({@code YYYYMM}, or {@code 000000} for a plan-bound
 *                     利用者補足情報), empty for kinds without one
 * @param sender       sending party (office number + service kind)
 * @param receiver     receiving party
 * @param sequence     the 14-digit sequence number (ファイル連番) of the send unit
 * @param branch       4-digit branch number of a family image
 * @param extension    the extension as written, without the dot ({@code CSV}; {@code jpg}/{@code JPG})
 */
public record CareplanFileName(FileKind kind, Optional<String> monthSegment, Party sender, Party receiver,
        SequenceNumber sequence, OptionalInt branch, String extension) {

    /** Checks the parts against each other. */
    public CareplanFileName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(monthSegment, "monthSegment");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(extension, "extension");
        if (kind.hasMonthSegment() != monthSegment.isPresent()) {
            throw new IllegalArgumentException(kind.prefix() + (kind.hasMonthSegment()
                    ? " file names need a month segment" : " file names have no month segment"));
        }
        if ((kind == FileKind.UPKIHON_IMAGE) != branch.isPresent()) {
            throw new IllegalArgumentException("only family images (UPKIHON_IMAGE) have a branch number");
        }
    }

    /** The name of a CSV file of a kind without month segment. */
    public static CareplanFileName of(FileKind kind, Party sender, Party receiver, SequenceNumber sequence) {
        return new CareplanFileName(kind, Optional.empty(), sender, receiver, sequence, OptionalInt.empty(), "CSV");
    }

    /**
     * The name of a CSV file of a kind with month segment; an empty month gives {@code 000000} (利用者補足情報 of a
     * plan send unit).
     */
    public static CareplanFileName of(FileKind kind, Optional<YearMonth> month, Party sender, Party receiver,
            SequenceNumber sequence) {
        String seg = month.map(m -> String.format(Locale.ROOT, "%04d%02d", m.getYear(), m.getMonthValue()))
                .orElse("000000");
        return new CareplanFileName(kind, Optional.of(seg), sender, receiver, sequence, OptionalInt.empty(), "CSV");
    }

    /** The service month of the month segment; empty without segment and for {@code 000000}. */
    public Optional<YearMonth> month() {
        return monthSegment.filter(s -> !s.equals("000000"))
                .map(s -> YearMonth.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4))));
    }

    /** The name as written: the exact inverse of {@link #parse(String)}. */
    public String format() {
        StringBuilder sb = new StringBuilder(kind.prefix());
        monthSegment.ifPresent(m -> sb.append('_').append(m));
        sb.append('_').append(sender.office().value()).append('_').append(sender.kind().code())
                .append('_').append(receiver.office().value()).append('_').append(receiver.kind().code())
                .append('_').append(sequence.value());
        branch.ifPresent(b -> sb.append('_').append(String.format(Locale.ROOT, "%04d", b)));
        return sb.append('.').append(extension).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Parses a name, throwing when it breaks an ERROR rule of the name grammar.
     *
     * @throws InvalidFileNameException naming every broken rule
     */
    public static CareplanFileName parse(String name) {
        Check c = check(name);
        if (c.name().isEmpty()) {
            throw new InvalidFileNameException(name, c.violations());
        }
        return c.name().get();
    }

    /** The outcome of checking a name: the parsed name when the grammar holds, and every violation found. */
    public record Check(Optional<CareplanFileName> name, List<Violation> violations) {
        /** Copies the violations. */
        public Check {
            Objects.requireNonNull(name, "name");
            violations = List.copyOf(violations);
        }
    }

    /** Checks a name against rules FN-001 to FN-010 (strict policy) and parses it when it can. */
    public static Check check(String name) {
        return check(name, ValidationPolicy.strict());
    }

    /** Checks a name against rules FN-001 to FN-010 and parses it when it can. */
    public static Check check(String name, ValidationPolicy policy) {
        List<Violation> out = new ArrayList<>();
        Found found = new Found(name, policy, out);
        Optional<CareplanFileName> parsed = parseInto(name, found);
        return new Check(parsed, out);
    }

    private static Optional<CareplanFileName> parseInto(String name, Found f) {
        if (name.indexOf('＿') >= 0 || name.indexOf('\u0332') >= 0) {
            f.file("FN-009", Severity.ERROR, "ファイル名の区切りは半角アンダースコア「_」にしてください。",
                    "Separate the parts of the file name with the ASCII underscore '_'.");
            return Optional.empty();
        }
        Optional<FileKind> kind = FileKind.matchName(name);
        if (kind.isEmpty()) {
            f.file("FN-002", Severity.ERROR, "ファイル名の先頭が標準仕様のファイル種別（UPPLAN など）ではありません。",
                    "The file name does not start with a prefix of the standard (UPPLAN, UPJSK, …).");
            return Optional.empty();
        }
        FileKind k = kind.get();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        String body = dot < 0 ? name.substring(k.prefix().length() + 1)
                : name.substring(k.prefix().length() + 1, dot);
        boolean image = k == FileKind.UPKIHON_IMAGE;
        if (image ? !ext.equalsIgnoreCase("jpg") : !ext.equalsIgnoreCase("CSV")) {
            f.file("FN-001", Severity.ERROR, "拡張子は" + (image ? "「.jpg」" : "「.CSV」") + "にしてください。",
                    "The extension must be " + (image ? ".jpg" : ".CSV") + ".");
            return Optional.empty();
        }
        if (!image && !ext.equals("CSV")) {
            f.file("FN-008", Severity.WARNING, "拡張子は大文字の「.CSV」にしてください。",
                    "Write the extension in upper case: .CSV.");
        }
        String[] parts = body.split("_", -1);
        int expected = 5 + (k.hasMonthSegment() ? 1 : 0) + (image ? 1 : 0);
        if (parts.length != expected) {
            // FN-003 only when the month segment is plainly missing (an office number where it belongs) or plainly
            // extra (six digits before the sender); any other count is a broken grammar (FN-001).
            boolean monthMissing = k.hasMonthSegment() && parts.length == expected - 1 && digits(parts[0], 10);
            boolean monthExtra = !k.hasMonthSegment() && parts.length == expected + 1 && digits(parts[0], 6);
            if (monthMissing) {
                f.file("FN-003", Severity.ERROR, k.prefix() + "のファイル名には年月（YYYYMM）が必要です。",
                        k.prefix() + " file names need a month segment YYYYMM after the prefix.");
            } else if (monthExtra) {
                f.file("FN-003", Severity.ERROR, k.prefix() + "のファイル名に年月は付けません。",
                        k.prefix() + " file names have no month segment.");
            } else {
                boolean v3 = isV3Name(parts, expected);
                f.file("FN-001", Severity.ERROR,
                        (v3 ? "V3までの形式の名前です（サービス種類コードがありません）。" : "ファイル名の形式が違います。")
                                + "「種別_" + (k.hasMonthSegment() ? "年月_" : "")
                                + "送信元事業所番号_種類_送信先事業所番号_種類_連番14桁.CSV」にしてください。",
                        (v3 ? "This is a name of V3 and before, without the service-kind parts. " : "")
                                + "The file name does not follow the grammar PREFIX_" + (k.hasMonthSegment() ? "YYYYMM_" : "")
                                + "SENDER_KIND_RECEIVER_KIND_YYYYMMDDHHMMSS.CSV.");
            }
            return Optional.empty();
        }
        int i = 0;
        boolean ok = true;
        Optional<String> month = Optional.empty();
        if (k.hasMonthSegment()) {
            String m = parts[i++];
            if (!validMonth(m, k == FileKind.UPHOSOKU)) {
                f.file("FN-004", Severity.ERROR, "ファイル名の年月は実在する年月（YYYYMM、月は01～12）にしてください"
                        + (k == FileKind.UPHOSOKU ? "（計画書と送る利用者補足情報は000000）。" : "。"),
                        "The month segment must be a real month YYYYMM (month 01-12)"
                                + (k == FileKind.UPHOSOKU ? ", or 000000 for a plan send unit." : "."));
                ok = false;
            }
            month = Optional.of(m);
        }
        Optional<Party> sender = party(parts[i], parts[i + 1], "送信元", "sender", f);
        Optional<Party> receiver = party(parts[i + 2], parts[i + 3], "送信先", "receiver", f);
        String seq = parts[i + 4];
        Optional<SequenceNumber> sequence = Optional.empty();
        try {
            sequence = Optional.of(SequenceNumber.of(seq));
        } catch (InvalidValueException e) {
            f.file("FN-007", Severity.ERROR, "ファイル名の連番は実在する日時の14桁（YYYYMMDDHHMMSS）にしてください。",
                    "The sequence number must be 14 digits forming a real date and time YYYYMMDDHHMMSS.");
        }
        OptionalInt branch = OptionalInt.empty();
        if (image) {
            String b = parts[i + 5];
            if (b.length() != 4 || !b.chars().allMatch(c -> c >= '0' && c <= '9')) {
                f.file("FN-001", Severity.ERROR, "画像ファイルの枝番は数字4桁にしてください。",
                        "The branch number of an image must be 4 digits.");
                ok = false;
            } else {
                branch = OptionalInt.of(Integer.parseInt(b));
            }
        }
        if (!ok || sender.isEmpty() || receiver.isEmpty() || sequence.isEmpty()) {
            return Optional.empty();
        }
        if (sender.get().equals(receiver.get())) {
            f.file("FN-010", Severity.WARNING, "送信元と送信先が同じ事業所・同じサービス種類です。送信先を確認してください。",
                    "Sender and receiver are the same party (office and service kind). Check the receiver.");
        }
        return Optional.of(new CareplanFileName(k, month, sender.get(), receiver.get(), sequence.get(), branch,
                ext));
    }

    /** 対象外 in a flow and linked in none (codes.md §13): such an office exchanges no files under the standard. */
    private static boolean outOfScope(ServiceKind kind) {
        return !kind.isLinked() && (kind.kyotakuLinkage() == Linkage.OUT_OF_SCOPE
                || kind.yoboLinkage() == Linkage.OUT_OF_SCOPE);
    }

    /**
     * True for the name grammar of V3 and before (README §4, cross-check only): the V4 grammar less its two
     * service-kind parts, e.g. {@code UPPLAN_201912_0300000100_0300000005_20191025200201.CSV}. Such a name is not
     * parsed (a V4.1 party needs its kind); the hint tells the user why the name fails.
     */
    private static boolean isV3Name(String[] parts, int expected) {
        int n = parts.length;
        return n == expected - 2 && n >= 3 && digits(parts[n - 3], 10) && digits(parts[n - 2], 10)
                && digits(parts[n - 1], 14);
    }

    private static boolean digits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean validMonth(String m, boolean zerosAllowed) {
        if (m.length() != 6 || !m.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (m.equals("000000")) {
            return zerosAllowed;
        }
        int month = Integer.parseInt(m.substring(4));
        return Integer.parseInt(m.substring(0, 4)) >= 1 && month >= 1 && month <= 12;
    }

    private static Optional<Party> party(String office, String kind, String ja, String en, Found f) {
        Optional<OfficeNumber> o = Optional.empty();
        Optional<ServiceKind> k = Optional.empty();
        try {
            o = Optional.of(OfficeNumber.of(office));
        } catch (InvalidValueException e) {
            f.file("FN-005", Severity.ERROR, ja + "の事業所番号は数字10桁にしてください。",
                    "The " + en + " office number must be 10 digits.");
        }
        try {
            k = Optional.of(ServiceKind.of(kind));
            if (!k.get().isKnown()) {
                f.file("FN-006", Severity.WARNING, ja + "のサービス種類コードは標準仕様にない種類です。確認してください。",
                        "The " + en + " service kind is not one the standard lists. Check it.");
            } else if (outOfScope(k.get())) {
                f.file("FLD-SCOPE", Severity.WARNING, ja + "のサービス種類はデータ連携の対象外です。",
                        "The " + en + " service kind is outside the data linkage standard.");
            }
        } catch (InvalidValueException e) {
            f.file("FN-006", Severity.ERROR, ja + "のサービス種類コードは英数字2桁にしてください。",
                    "The " + en + " service kind must be 2 characters, digits or upper-case letters.");
        }
        return o.isPresent() && k.isPresent() ? Optional.of(new Party(o.get(), k.get())) : Optional.empty();
    }
}
