package dev.careplan.model.code;

import dev.careplan.model.InvalidValueException;
import java.util.Optional;

/**
 * A value of one of the standard's code lists (codes.md): the code exactly as written in the CSV, leading zeros
 * kept, and its Japanese label. Implemented by the code-list enums of this package.
 */
public interface CodeList {

    /** The code as written in the CSV, e.g. {@code 06} or {@code Y}. */
    String code();

    /** The Japanese label, e.g. {@code 要介護２}. */
    String label();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & CodeList> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant of {@code type} whose code is {@code code}.
     *
     * @throws InvalidValueException naming the code list and its allowed codes when there is none
     */
    static <E extends Enum<E> & CodeList> E parse(Class<E> type, String code) {
        return find(type, code).orElseThrow(() -> {
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                if (allowed.length() > 0) {
                    allowed.append(", ");
                }
                allowed.append(e.code()).append(' ').append(e.label());
            }
            String ja = CodeListNames.japaneseName(type);
            return new InvalidValueException(ja, type.getSimpleName(),
                    "コード表にないコードです。使えるコード：" + allowed + "。",
                    "not a code of this list; allowed: " + allowed + ".");
        });
    }
}
