package dev.careplan.transport.internal;

import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/** The identity of a unit's content (names and bytes), to tell a harmless re-send from a conflicting one. */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Unit unit) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            unit.files().stream().sorted(Comparator.comparing(UnitFile::name)).forEach(f -> {
                d.update(f.name().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(f.sha256().getBytes(StandardCharsets.US_ASCII));
            });
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
