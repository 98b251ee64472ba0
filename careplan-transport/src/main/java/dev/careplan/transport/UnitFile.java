package dev.careplan.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One (sealed) file of a send unit (送付単位のファイル): its name as delivered (the standard name, plus {@code .p7m}
 * when sealed), its size, the SHA-256 of its content, and the content itself, either in memory ({@link
 * #UnitFile(String, byte[])}) or streamed from a {@link Source} each time it is {@link #open() opened} (a file on
 * disk, a database, an HTTP response), so that a unit of any size passes through a relay with a constant buffer.
 * Transports treat the content as opaque. Two files are equal when their names, sizes and SHA-256 are.
 */
public final class UnitFile {

    /** Where streamed content comes from; each call opens the content again from its start. */
    @FunctionalInterface
    public interface Source {
        /** A new stream over the whole content. */
        InputStream open() throws IOException;
    }

    private final String name;
    private final long size;
    private final byte[] bytes;
    private final Source source;
    private volatile String sha256;

    /** A file whose content is in memory. */
    public UnitFile(String name, byte[] bytes) {
        this(name, Objects.requireNonNull(bytes, "bytes").length, bytes, null, null);
    }

    private UnitFile(String name, long size, byte[] bytes, Source source, String sha256) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        if (size < 0) {
            throw new IllegalArgumentException("a file size cannot be negative: " + size);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        this.name = name;
        this.size = size;
        this.bytes = bytes;
        this.source = source;
        this.sha256 = sha256;
    }

    /**
     * A file streamed from {@code source}, whose size and SHA-256 are known beforehand (a manifest, a store's
     * record), so that nothing reads it before it is sent.
     */
    public static UnitFile streamed(String name, long size, String sha256, Source source) {
        return new UnitFile(name, size, null, Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(sha256, "sha256"));
    }

    /** A file streamed from {@code source}; its SHA-256 is computed by reading it once, when first asked for. */
    public static UnitFile streamed(String name, long size, Source source) {
        return new UnitFile(name, size, null, Objects.requireNonNull(source, "source"), null);
    }

    /** A file whose content is the file {@code path} on disk, read when opened (it must not change meanwhile). */
    public static UnitFile ofPath(String name, Path path) {
        try {
            return streamed(name, Files.size(path), () -> Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.getFileName(), e);
        }
    }

    /** The file name. */
    public String name() {
        return name;
    }

    /** The content's size in bytes. */
    public long size() {
        return size;
    }

    /** A new stream over the content. */
    public InputStream open() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return source.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content of " + name, e);
        }
    }

    /**
     * The content in memory: the array itself for an in-memory file (do not change it), read whole for a streamed
     * one. A convenience for small files; large units are better {@link #open() streamed}.
     */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(name + " has " + size + " bytes, too many for one array; stream it");
        }
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content of " + name, e);
        }
    }

    /** SHA-256 of the content, lower-case hex: the evidence kept in journals. */
    public String sha256() {
        String s = sha256;
        if (s == null) {
            s = digest();
            sha256 = s;
        }
        return s;
    }

    private String digest() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            if (bytes != null) {
                return HexFormat.of().formatHex(d.digest(bytes));
            }
            try (InputStream in = new DigestInputStream(open(), d)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content of " + name, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UnitFile f) || !name.equals(f.name) || size != f.size) {
            return false;
        }
        if (bytes != null && f.bytes != null) {
            return java.util.Arrays.equals(bytes, f.bytes);
        }
        return sha256().equals(f.sha256());
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(size);
    }

    @Override
    public String toString() {
        return "UnitFile[" + name + ", " + size + " bytes]";
    }
}
