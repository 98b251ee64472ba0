package dev.careplan.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of the rule catalogue's messages, Japanese and English, read from the bundles beside the catalogue
 * (key {@code RULE-ID.name}). Read as UTF-8 properties directly, not through {@code ResourceBundle}, so that the
 * JVM's default locale never picks the language.
 */
public final class RuleMessages {

    private static final Properties EN = load("messages.properties");
    private static final Properties JA = load("messages_ja.properties");

    private RuleMessages() {
    }

    /** The pattern of a message in {@code ja} or English, if the bundle has it. */
    public static Optional<String> pattern(String key, String language) {
        return Optional.ofNullable(("ja".equals(language) ? JA : EN).getProperty(key));
    }

    /**
     * The message rendered with its arguments, in {@code ja} or English.
     *
     * @throws IllegalArgumentException when the bundle lacks the key
     */
    public static String render(String key, String language, Object... args) {
        String pattern = pattern(key, language)
                .orElseThrow(() -> new IllegalArgumentException("no message " + key + " (" + language + ")"));
        return new MessageFormat(pattern, "ja".equals(language) ? Locale.JAPANESE : Locale.ROOT).format(args);
    }

    /** Every key of the bundle of {@code ja} or English. */
    public static java.util.Set<String> keys(String language) {
        return ("ja".equals(language) ? JA : EN).stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = RuleMessages.class.getResourceAsStream("/dev/careplan/csv/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing: " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
