package dev.careplan.model;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A file name of the standard (ファイル名規約), parsed into its parts: the one place of the name grammar, used by the
 * CSV validator (which says which rule a bad name breaks), the seal and open of careplan-crypto and the units of
 * careplan-transport.
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
        if (monthSegment.isPresent() && !isMonthSegment(monthSegment.get(), kind == FileKind.UPHOSOKU)) {
            throw new IllegalArgumentException("the month segment must be YYYYMM"
                    + (kind == FileKind.UPHOSOKU ? " or 000000" : ""));
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

    /**
     * True for a month segment: {@code YYYYMM} with a month 01 to 12, or {@code 000000} where allowed (a
     * 利用者補足情報 sent with a plan). The one check of the name's month (FN-004).
     */
    public static boolean isMonthSegment(String m, boolean zerosAllowed) {
        if (!digits(m, 6)) {
            return false;
        }
        if (m.equals("000000")) {
            return zerosAllowed;
        }
        int month = Integer.parseInt(m.substring(4));
        return Integer.parseInt(m.substring(0, 4)) >= 1 && month >= 1 && month <= 12;
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

    /** The name parsed, or empty when it breaks the grammar. */
    public static Optional<CareplanFileName> tryParse(String name) {
        try {
            return Optional.of(parse(name));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a name of the standard. To learn which rule a bad name breaks, validate it (careplan-csv).
     *
     * @throws InvalidValueException naming the part that breaks the grammar
     */
    public static CareplanFileName parse(String name) {
        FileKind k = FileKind.matchName(name).orElseThrow(() -> invalid("a prefix of the standard followed by _"));
        int dot = name.lastIndexOf('.');
        if (dot <= k.prefix().length()) {
            throw invalid("an extension");
        }
        String ext = name.substring(dot + 1);
        boolean image = k == FileKind.UPKIHON_IMAGE;
        if (image ? !ext.equalsIgnoreCase("jpg") : !ext.equalsIgnoreCase("CSV")) {
            throw invalid(image ? "the extension .jpg" : "the extension .CSV");
        }
        String[] parts = name.substring(k.prefix().length() + 1, dot).split("_", -1);
        if (parts.length != partCount(k)) {
            throw invalid(partCount(k) + " parts after the prefix, separated by _");
        }
        int i = 0;
        Optional<String> month = Optional.empty();
        if (k.hasMonthSegment()) {
            month = Optional.of(parts[i++]);
            if (!isMonthSegment(month.get(), k == FileKind.UPHOSOKU)) {
                throw invalid("a month segment YYYYMM" + (k == FileKind.UPHOSOKU ? " or 000000" : ""));
            }
        }
        Party sender = Party.of(parts[i], parts[i + 1]);
        Party receiver = Party.of(parts[i + 2], parts[i + 3]);
        SequenceNumber sequence = SequenceNumber.of(parts[i + 4]);
        OptionalInt branch = OptionalInt.empty();
        if (image) {
            if (!digits(parts[i + 5], 4)) {
                throw invalid("a 4-digit branch number");
            }
            branch = OptionalInt.of(Integer.parseInt(parts[i + 5]));
        }
        return new CareplanFileName(k, month, sender, receiver, sequence, branch, ext);
    }

    /** The number of {@code _}-separated parts after the prefix of a kind's names. */
    public static int partCount(FileKind kind) {
        return 5 + (kind.hasMonthSegment() ? 1 : 0) + (kind == FileKind.UPKIHON_IMAGE ? 1 : 0);
    }

    private static InvalidValueException invalid(String expectedEn) {
        return new InvalidValueException("ファイル名", "file name", "標準仕様のファイル名規約に従った名前", "a name of the standard's "
                + "grammar PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_YYYYMMDDHHMMSS.CSV: " + expectedEn);
    }

    private static boolean digits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
