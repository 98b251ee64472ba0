package dev.careplan.crypto.internal;

import dev.careplan.model.FileKind;
import dev.careplan.model.Party;
import java.util.Optional;

/**
 * The sender and receiver parties of a standard file name. careplan-crypto does not depend on careplan-csv, so it
 * reads just these two parts of the grammar ({@code PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_SEQUENCE.CSV}).
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
}
