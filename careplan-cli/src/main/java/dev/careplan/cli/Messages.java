package dev.careplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The command's texts in one language, from {@code messages_ja.properties} or {@code messages_en.properties} (UTF-8,
 * {@link MessageFormat} patterns). Read directly rather than through {@code ResourceBundle.getBundle}, so that no
 * fallback to the machine's locale can mix languages, and so that it works the same in a named module.
 */
final class Messages {

    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    /** The texts of {@code lang}. */
    static synchronized Messages of(Lang lang) {
        return CACHE.computeIfAbsent(Objects.requireNonNull(lang), l -> new Messages(l, load(l)));
    }

    static ResourceBundle load(Lang lang) {
        String name = "messages_" + lang.name() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The language of these texts. */
    Lang lang() {
        return lang;
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… replaced by {@code args}. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, lang.locale()).format(args);
    }
}
