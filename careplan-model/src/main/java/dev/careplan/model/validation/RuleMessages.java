package dev.careplan.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The texts of the violations' messages (メッセージ), Japanese and English: the rule catalogue's messages (key
 * {@code RULE-ID.name}, e.g. {@code FN-004.month}) and the model's constraint messages (key {@code careplan.name}).
 * A pattern's {@code {name}} is replaced by the argument of that name. Read as UTF-8 properties straight from this
 * module, so that the JVM's default locale never picks the language.
 */
public final class RuleMessages {

    private static final Properties EN = load("/dev/careplan/model/validation/RuleMessages.properties",
            "/ValidationMessages.properties");
    private static final Properties JA = load("/dev/careplan/model/validation/RuleMessages_ja.properties",
            "/ValidationMessages_ja.properties");

    private RuleMessages() {
    }

    /** The pattern of a message in the language of a locale (Japanese for {@code ja}, English otherwise). */
    public static Optional<String> pattern(String key, Locale locale) {
        return Optional.ofNullable(bundle(locale).getProperty(key));
    }

    /** Every message key (the same in both languages). */
    public static Set<String> keys(Locale locale) {
        return bundle(locale).stringPropertyNames();
    }

    /**
     * The message rendered with its arguments.
     *
     * @throws IllegalArgumentException when no bundle has the key, or the pattern names an argument not given
     */
    public static String render(String key, Locale locale, Map<String, String> arguments) {
        String pattern = pattern(key, locale)
                .orElseThrow(() -> new IllegalArgumentException("no message " + key + " (" + locale + ")"));
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                sb.append(pattern, i, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            String value = arguments.get(name);
            if (value == null) {
                throw new IllegalArgumentException("message " + key + " needs the argument " + name);
            }
            sb.append(pattern, i, open).append(value);
            i = close + 1;
        }
        return sb.toString();
    }

    private static Properties bundle(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }

    private static Properties load(String... resources) {
        Properties p = new Properties();
        for (String resource : resources) {
            try (InputStream in = RuleMessages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from careplan-model");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return p;
    }
}
