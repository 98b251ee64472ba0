package dev.careplan.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The model's message bundles ({@code ValidationMessages_ja.properties} and the English default), read straight from
 * this module's resources. {@code ResourceBundle.getBundle} is avoided on purpose: it would fall back to the JVM's
 * default locale for English, and its no-fallback control is refused in a named module.
 */
public final class MessageBundles {

    private static final ResourceBundle JA = load("/ValidationMessages_ja.properties");
    private static final ResourceBundle EN = load("/ValidationMessages.properties");

    private MessageBundles() {
    }

    /** The Japanese bundle for a Japanese locale, the English (default) bundle for any other. */
    public static ResourceBundle forLocale(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }

    private static ResourceBundle load(String resource) {
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from careplan-model");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
