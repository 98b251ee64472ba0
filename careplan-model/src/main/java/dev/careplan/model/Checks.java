package dev.careplan.model;

/** Shared construction-time checks of the value types; kept package-private so the API stays small. */
final class Checks {
    private Checks() {
    }

    static String notNull(String value, String ja, String en) {
        if (value == null) {
            throw new InvalidValueException(ja, en, "値がありません。", "a value is required.");
        }
        return value;
    }

    static boolean isDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Upper-case ASCII letters and digits only: the alphabet of service kinds and codes. */
    static boolean isUpperAlnum(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    static String digits(String value, int length, String ja, String en) {
        notNull(value, ja, en);
        if (value.length() != length || !isDigits(value)) {
            throw new InvalidValueException(ja, en,
                    "半角数字" + length + "桁で入力してください（" + value.length() + "文字でした）。",
                    "must be exactly " + length + " half-width digits (got " + value.length() + " characters).");
        }
        return value;
    }
}
