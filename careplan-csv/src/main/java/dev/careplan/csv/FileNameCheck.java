package dev.careplan.csv;

import dev.careplan.csv.internal.Found;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Linkage;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a file name (ファイル名の検査): the rules of the name grammar it breaks (FN-001 to FN-010, each
 * under its most precise id) and, when it breaks none that is an ERROR, the name parsed by
 * {@link CareplanFileName#parse(String)}, the grammar's one place.
 *
 * @param name       the parsed name, when the grammar holds
 * @param violations every rule the name breaks, warnings included
 */
public record FileNameCheck(Optional<CareplanFileName> name, List<Violation> violations) {

    /** Copies the violations. */
    public FileNameCheck {
        Objects.requireNonNull(name, "name");
        violations = List.copyOf(violations);
    }

    /** Checks a name under the producer policy. */
    public static FileNameCheck of(String name) {
        return of(name, ValidationPolicy.producer());
    }

    /** Checks a name under a policy. */
    public static FileNameCheck of(String name, ValidationPolicy policy) {
        List<Violation> out = new ArrayList<>();
        Optional<CareplanFileName> parsed = parseInto(name, new Found(name, policy, out));
        return new FileNameCheck(parsed, out);
    }

    /**
     * The parsed name.
     *
     * @throws InvalidFileNameException naming every broken rule, when the name does not parse
     */
    public CareplanFileName orThrow() {
        return name.orElseThrow(() -> new InvalidFileNameException(violations.isEmpty() ? "" : violations.get(0)
                .file(), violations));
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
        int expected = CareplanFileName.partCount(k);
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
        if (k.hasMonthSegment()) {
            String m = parts[i++];
            if (!CareplanFileName.isMonthSegment(m, k == FileKind.UPHOSOKU)) {
                f.file("FN-004", k == FileKind.UPHOSOKU ? "supplementMonth" : "month");
                ok = false;
            }
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
        if (image && !digits(parts[i + 5], 4)) {
            f.file("FN-001", "branch");
            ok = false;
        }
        if (!ok || sender.isEmpty() || receiver.isEmpty() || sequence.isEmpty()) {
            return Optional.empty();
        }
        if (sender.get().equals(receiver.get())) {
            f.file("FN-010", "sameParty");
        }
        // Every part was judged above; the name itself comes from the grammar's one place.
        return Optional.of(CareplanFileName.parse(name));
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
