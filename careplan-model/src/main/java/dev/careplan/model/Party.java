package dev.careplan.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * The address of a file: an office number (事業所番号) together with the service kind (サービス種類コード) under which
 * the office sends or receives. Since V4.0 one office number can host several services, so only the pair identifies
 * a sender or receiver; sender and receiver office numbers may be equal.
 */
public record Party(OfficeNumber office, ServiceKind kind) implements Comparable<Party> {

    private static final Comparator<Party> ORDER =
            Comparator.comparing(Party::office).thenComparing(Party::kind);

    /** @throws NullPointerException if a part is missing */
    public Party {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(kind, "kind");
    }

    /** A party from its two parts as text, e.g. {@code of("0300000100", "43")}. */
    public static Party of(String office, String kind) {
        return new Party(OfficeNumber.of(office), ServiceKind.of(kind));
    }

    /**
     * Parses {@code OFFICE:KIND} (e.g. {@code 0300000100:43}), the form used on command lines.
     *
     * @throws InvalidValueException if the text is not of that form or a part is invalid
     */
    public static Party parse(String text) {
        Checks.notNull(text, "事業所（事業所番号:サービス種類コード）", "party");
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw new InvalidValueException("事業所（事業所番号:サービス種類コード）", "party",
                    "「事業所番号:サービス種類コード」の形式（例 0300000100:43）で入力してください。",
                    "must be OFFICE:KIND, e.g. 0300000100:43.");
        }
        return of(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public int compareTo(Party other) {
        return ORDER.compare(this, other);
    }

    /** {@code OFFICE:KIND}, the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return office.value() + ":" + kind.code();
    }
}
