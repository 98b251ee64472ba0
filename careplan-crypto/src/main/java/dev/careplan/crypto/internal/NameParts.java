package dev.careplan.crypto.internal;

import dev.careplan.model.FileKind;
import dev.careplan.model.InvalidValueException;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import java.util.Optional;

/**
 * The sender and receiver parties of a standard file name. careplan-crypto does not depend on careplan-csv, so it
 * reads the grammar ({@code PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_SEQUENCE.CSV}) here: {@link #parties} just
 * the two parties, {@link #sender} the whole name.
 */
public final class NameParts {
    private NameParts() {
    }

    public static Optional<Party[]> parties(String fileName) {
        Optional<FileKind> kind = FileKind.matchName(fileName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String rest = fileName.substring(kind.get().prefix().length() + 1);
        String[] p = rest.split("_");
        int i = kind.get().hasMonthSegment() ? 1 : 0;
        if (p.length < i + 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Party[] {Party.of(p[i], p[i + 1]), Party.of(p[i + 2], p[i + 3])});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The sender of a standard file name, checked against the whole grammar of the standard (month segment where
     * the kind has one, both parties, sequence number, extension, image branch number); empty if any part breaks it.
     */
    public static Optional<Party> sender(String fileName) {
        Optional<FileKind> kind = FileKind.matchName(fileName);
        int dot = fileName.lastIndexOf('.');
        if (kind.isEmpty() || dot < 0) {
            return Optional.empty();
        }
        FileKind k = kind.get();
        boolean image = k == FileKind.UPKIHON_IMAGE;
        if (!fileName.substring(dot + 1).equalsIgnoreCase(image ? "jpg" : "CSV")) {
            return Optional.empty();
        }
        String[] p = fileName.substring(k.prefix().length() + 1, dot).split("_", -1);
        int i = k.hasMonthSegment() ? 1 : 0;
        if (p.length != i + 5 + (image ? 1 : 0) || (i == 1 && !month(p[0], k == FileKind.UPHOSOKU))
                || (image && !digits(p[i + 5], 4))) {
            return Optional.empty();
        }
        try {
            Party.of(p[i + 2], p[i + 3]);
            SequenceNumber.of(p[i + 4]);
            return Optional.of(Party.of(p[i], p[i + 1]));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** YYYYMM with month 01 to 12; 000000 only where allowed (利用者補足情報 sent with a plan). */
    private static boolean month(String m, boolean zerosAllowed) {
        if (!digits(m, 6)) {
            return false;
        }
        if (m.equals("000000")) {
            return zerosAllowed;
        }
        int month = Integer.parseInt(m.substring(4));
        return Integer.parseInt(m.substring(0, 4)) >= 1 && month >= 1 && month <= 12;
    }

    private static boolean digits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
