package dev.careplan.csv;

import dev.careplan.csv.internal.Found;
import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Linkage;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.validation.Violation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String seg = month.map(m -> String.format("%04d%02d", m.getYear(), m.getMonthValue())).orElse("000000");
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
        branch.ifPresent(b -> sb.append('_').append(String.format("%04d", b)));
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

    /** Checks a name against rules FN-001 to FN-010 (producer policy) and parses it when it can. */
    public static Check check(String name) {
        return check(name, ValidationPolicy.producer());
    }

    /** Checks a name against rules FN-001 to FN-010 and parses it when it can. */
    public static Check check(String name, ValidationPolicy policy) {
        List<Violation> out = new ArrayList<>();
        Found found = new Found(name, policy, out);
        Optional<CareplanFileName> parsed = parseInto(name, found);
        return new Check(parsed, out);
    }

    private static Optional<CareplanFileName> parseInto(String name, Found f) {
        if (name.indexOf('＿') >= 0 || name.indexOf('\u0332') >= 0 || otherSeparatorAfterPrefix(name)) {
            f.file("FN-009", "separator");
            return Optional.empty();
        }
        Optional<FileKind> kind = FileKind.matchName(name);
        if (kind.isEmpty()) {
            f.file("FN-002", "prefix");
            return Optional.empty();
        }
        FileKind k = kind.get();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        String body = dot < 0 ? name.substring(k.prefix().length() + 1)
                : name.substring(k.prefix().length() + 1, dot);
        boolean image = k == FileKind.UPKIHON_IMAGE;
        if (image ? !ext.equalsIgnoreCase("jpg") : !ext.equalsIgnoreCase("CSV")) {
            f.file("FN-001", "extension", Map.of("extension", image ? ".jpg" : ".CSV"));
            return Optional.empty();
        }
        if (!image && !ext.equals("CSV")) {
            f.file("FN-008", "upperCase");
        }
        String[] parts = body.split("_", -1);
        int expected = 5 + (k.hasMonthSegment() ? 1 : 0) + (image ? 1 : 0);
        if (parts.length != expected) {
            // FN-003 only when the month segment is plainly missing (an office number where it belongs) or plainly
            // extra (six digits before the sender); any other count is a broken grammar (FN-001).
            boolean monthMissing = k.hasMonthSegment() && parts.length == expected - 1 && digits(parts[0], 10);
            boolean monthExtra = !k.hasMonthSegment() && parts.length == expected + 1 && digits(parts[0], 6);
            if (monthMissing) {
                f.file("FN-003", "monthMissing", Map.of("prefix", k.prefix()));
            } else if (monthExtra) {
                f.file("FN-003", "monthExtra", Map.of("prefix", k.prefix()));
            } else {
                f.file("FN-001", isV3Name(parts, expected) ? "grammarV3" : "grammar",
                        Map.of("prefix", k.prefix() + "_" + (k.hasMonthSegment() ? "YYYYMM_" : "")));
            }
            return Optional.empty();
        }
        int i = 0;
        boolean ok = true;
        Optional<String> month = Optional.empty();
        if (k.hasMonthSegment()) {
            String m = parts[i++];
            if (!validMonth(m, k == FileKind.UPHOSOKU)) {
                f.file("FN-004", k == FileKind.UPHOSOKU ? "supplementMonth" : "month");
                ok = false;
            }
            month = Optional.of(m);
        }
        Optional<Party> sender = party(parts[i], parts[i + 1], "sender", f);
        Optional<Party> receiver = party(parts[i + 2], parts[i + 3], "receiver", f);
        String seq = parts[i + 4];
        Optional<SequenceNumber> sequence = Optional.empty();
        try {
            sequence = Optional.of(SequenceNumber.of(seq));
        } catch (InvalidValueException e) {
            f.file("FN-007", "sequence");
        }
        OptionalInt branch = OptionalInt.empty();
        if (image) {
            String b = parts[i + 5];
            if (b.length() != 4 || !b.chars().allMatch(c -> c >= '0' && c <= '9')) {
                f.file("FN-001", "branch");
                ok = false;
            } else {
                branch = OptionalInt.of(Integer.parseInt(b));
            }
        }
        if (!ok || sender.isEmpty() || receiver.isEmpty() || sequence.isEmpty()) {
            return Optional.empty();
        }
        if (sender.get().equals(receiver.get())) {
            f.file("FN-010", "sameParty");
        }
        return Optional.of(new CareplanFileName(k, month, sender.get(), receiver.get(), sequence.get(), branch,
                ext));
    }

    /**
     * True when the name starts with a known prefix followed by a separator other than the ASCII underscore (a
     * hyphen, a space, a dot before more parts): the name has the standard's shape with the wrong separator
     * (FN-009), not an unknown prefix (FN-002). The longest prefix is tried first, as for {@link FileKind}.
     */
    private static boolean otherSeparatorAfterPrefix(String name) {
        for (FileKind k : FileKind.values()) {
            String p = k.prefix();
            if (name.length() > p.length() + 1 && name.startsWith(p)) {
                char c = name.charAt(p.length());
                if (c == '-' || c == ' ' || c == '－' || c == '\u3000') {
                    return true;
                }
            }
        }
        return false;
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

    /** The party of a name; {@code role} ({@code sender} or {@code receiver}) names the message of each rule. */
    private static Optional<Party> party(String office, String kind, String role, Found f) {
        Optional<OfficeNumber> o = Optional.empty();
        Optional<ServiceKind> k = Optional.empty();
        try {
            o = Optional.of(OfficeNumber.of(office));
        } catch (InvalidValueException e) {
            f.file("FN-005", role);
        }
        try {
            k = Optional.of(ServiceKind.of(kind));
            if (!k.get().isKnown()) {
                f.file("FN-006", role + "Unknown");
            } else if (outOfScope(k.get())) {
                f.file("FLD-SCOPE", role + "OutOfScope");
            }
        } catch (InvalidValueException e) {
            f.file("FN-006", role);
        }
        return o.isPresent() && k.isPresent() ? Optional.of(new Party(o.get(), k.get())) : Optional.empty();
    }
}
