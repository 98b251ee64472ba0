package dev.careplan.cli;

import java.util.Locale;

/** The language of everything the command prints: Japanese (the default) or English. */
enum Lang {
    ja, en;

    /** The environment variable that sets the language when {@code --lang} is not given. */
    static final String VARIABLE = "CAREPLAN_LANG";

    /**
     * The language to use: {@code --lang} when given, else {@code CAREPLAN_LANG} when it names one, else the system
     * locale's language when it is one of ours, else Japanese.
     */
    static Lang resolve(Lang given, CliEnvironment env) {
        if (given != null) {
            return given;
        }
        Lang fromVariable = parse(env.variables().get(VARIABLE));
        if (fromVariable != null) {
            return fromVariable;
        }
        Lang fromLocale = parse(env.locale().getLanguage());
        return fromLocale != null ? fromLocale : ja;
    }

    /** The language a value such as {@code en}, {@code EN} or {@code en_US.UTF-8} names, or null. */
    static Lang parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        for (Lang l : values()) {
            if (language.equals(l.name()) || language.startsWith(l.name() + "_") || language.startsWith(l.name() + "-")
                    || language.startsWith(l.name() + ".")) {
                return l;
            }
        }
        return null;
    }

    /** The locale of number formats in messages. */
    Locale locale() {
        return this == ja ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
