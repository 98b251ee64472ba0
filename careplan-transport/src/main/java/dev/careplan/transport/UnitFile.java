package dev.careplan.transport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One (sealed) file of a send unit: its name as delivered (the standard name, plus {@code .p7m} when sealed) and
 * its bytes. Transports treat the bytes as opaque.
 *
 * @param name  the file name
 * @param bytes the content
 */
public record UnitFile(String name, byte[] bytes) {

    /** Checks the name: a plain file name, no folders. */
    public UnitFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }

    /** SHA-256 of the content, hex: the evidence kept in journals. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitFile f && name.equals(f.name) && java.util.Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UnitFile[" + name + ", " + bytes.length + " bytes]";
    }
}
