package dev.careplan.crypto;

import dev.careplan.model.Party;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that was decrypted, whose signature verified, whose signer chains to a trust anchor, whose signer is the
 * sender office its name says and whose receiver is the opening office: only then does it exist under its final
 * name.
 *
 * @param file         where the plain file was written (under {@link #fileName()})
 * @param fileName     the file's standard name: the signed name, or the delivered name when the envelope carried
 *                     none (see {@link #nameSigned()})
 * @param nameSigned   false for envelopes made without the signed-name attribute (e.g. by OpenSSL): a caller's
 *                     policy may refuse those, because a relay could have renamed them
 * @param sender       the sending party from the name, its office number verified against the certificate
 * @param signer       the signer's certificate
 * @param signingTime  the signing-time attribute, if present: the signer's own claim, not a trusted timestamp (a
 *                     signer can put any time it likes); opening only refuses one more than 5 minutes ahead of
 *                     the opener's clock
 */
public record OpenedFile(Path file, String fileName, boolean nameSigned, Party sender, X509Certificate signer,
        Optional<Instant> signingTime) {

    /** Checks that nothing is null. */
    public OpenedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
    }
}
