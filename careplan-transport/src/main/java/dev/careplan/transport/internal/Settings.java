package dev.careplan.transport.internal;

import java.util.Map;

/** Reading provider settings with a clear error for a missing one. */
final class Settings {
    private Settings() {
    }

    static String required(Map<String, String> settings, String key) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("transport setting '" + key + "' is required");
        }
        return v;
    }
}
