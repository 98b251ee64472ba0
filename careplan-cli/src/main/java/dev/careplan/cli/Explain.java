package dev.careplan.cli;

import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.KeyStoreSpec;
import dev.careplan.crypto.SealingRefusedException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The SDK's typed failures in the language in force: the failure's name (stable, for scripts and support), what to do
 * (from the bundles, per failure) and the library's detail when it added one.
 */
final class Explain {

    private Explain() {
    }

    /** Why an envelope was rejected, e.g. {@code NOT_FOR_THIS_RECIPIENT: …}. */
    static String envelope(EnvelopeException e, Messages m) {
        EnvelopeException.Failure f = e.failure();
        return f.name() + ": " + m.get("envelope." + f.name()) + detail(e.getMessage(), f.name() + ": " + f.advice());
    }

    /** Why sealing was refused, e.g. {@code SENDER_NOT_SIGNER: …}. */
    static String refused(SealingRefusedException e, Messages m) {
        return refused(e.reason(), e.getMessage(), m);
    }

    /** A refusal of the sealer, from its reason and message (as a send report keeps them). */
    static String refused(SealingRefusedException.Reason r, String message, Messages m) {
        return r.name() + ": " + m.get("sealing." + r.name()) + detail(message, r.name() + ": " + r.advice());
    }

    /** A warning when {@code certificate} has expired or expires within {@link KeyStoreSpec#EXPIRY_WARNING}. */
    static Optional<String> expiry(X509Certificate certificate, Clock clock, Messages m) {
        return KeyStoreSpec.expiryWarning(certificate, clock).map(english -> {
            Instant end = certificate.getNotAfter().toInstant();
            Instant now = clock.instant();
            return end.isBefore(now) ? m.get("warning.expired", end.toString())
                    : m.get("warning.expires", Duration.between(now, end).toDays(), end.toString());
        });
    }

    /** What the library added after its own text (names, algorithms), kept as it is; empty when nothing. */
    private static String detail(String message, String prefix) {
        if (message == null || !message.startsWith(prefix)) {
            return message == null ? "" : " (" + message + ")";
        }
        String rest = message.substring(prefix.length()).strip();
        return rest.isEmpty() ? "" : " " + rest;
    }
}
