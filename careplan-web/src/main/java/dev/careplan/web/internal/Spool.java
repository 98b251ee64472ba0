package dev.careplan.web.internal;

import dev.careplan.web.UploadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of one request, in a private temporary folder that {@link #close()} deletes: the validator and the
 * 給付管理 readers work on paths. Each file is kept under its own numbered folder with only the last segment of its
 * name, so that names cannot climb out of the folder and two files of the same name stay two files (the validator
 * then reports SU-006, as for a folder). Zips are unpacked here with the same limits; only their {@code .csv} and
 * {@code .jpg} entries are taken, so that a zipped work folder (with envelopes and journals) can be sent as it is.
 */
final class Spool implements AutoCloseable {

    private final Path root;
    private final UploadLimits limits;
    private final List<Path> files = new ArrayList<>();
    private long total;
    private int folders;

    Spool(UploadLimits limits) throws IOException {
        this.limits = limits;
        Path dir;
        try {
            dir = Files.createTempDirectory("careplan-web-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            dir = Files.createTempDirectory("careplan-web-");
        }
        this.root = dir;
    }

    /** The folder; for cleaning messages that would name it. */
    Path root() {
        return root;
    }

    /** The files received, ordered by name. */
    List<Path> files() {
        List<Path> out = new ArrayList<>(files);
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString));
        return out;
    }

    /** Bytes received (unpacked). */
    long bytes() {
        return total;
    }

    /** Adds one uploaded file, or unpacks it when it is a zip. */
    void add(String name, InputStream in) throws IOException {
        String base = baseName(name);
        if (base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(in);
        } else {
            write(base, in);
        }
    }

    /** Unpacks a zip sent as the request body. */
    void unzip(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String base = baseName(e.getName());
                String lower = base.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || base.startsWith(".") || !(lower.endsWith(".csv") || lower.endsWith(".jpg"))) {
                    continue;
                }
                write(base, zip);
            }
        } catch (java.util.zip.ZipException e) {
            throw new UploadException(400, "BAD_ZIP", "zipファイルを読めません。", "the zip file cannot be read");
        }
    }

    private void write(String base, InputStream in) throws IOException {
        if (base.isEmpty()) {
            throw new UploadException(400, "NO_FILE_NAME", "ファイル名のないファイルがあります。",
                    "a file has no name");
        }
        if (files.size() >= limits.maxFiles()) {
            throw new UploadException(413, "TOO_MANY_FILES", "ファイルが多すぎます（上限 " + limits.maxFiles() + " 件）。",
                    "too many files (at most " + limits.maxFiles() + ")");
        }
        Path dir = Files.createDirectory(root.resolve(String.format(Locale.ROOT, "%05d", folders++)));
        Path target = dir.resolve(base);
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                total += r;
                if (n > limits.maxFileBytes()) {
                    throw new UploadException(413, "FILE_TOO_LARGE", "ファイルが大きすぎます（上限 "
                            + limits.maxFileBytes() + " バイト）。", "a file is too large (at most "
                            + limits.maxFileBytes() + " bytes)");
                }
                if (total > limits.maxTotalBytes()) {
                    throw tooLarge(limits);
                }
                out.write(buf, 0, r);
            }
        }
        files.add(target);
    }

    static UploadException tooLarge(UploadLimits limits) {
        return new UploadException(413, "UPLOAD_TOO_LARGE", "アップロードが大きすぎます（上限 " + limits.maxTotalBytes()
                + " バイト）。", "the upload is too large (at most " + limits.maxTotalBytes() + " bytes)");
    }

    /** The last segment of a name sent by a browser or found in a zip ({@code a/b\c.csv} gives {@code c.csv}). */
    static String baseName(String name) {
        String n = name == null ? "" : name;
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        String base = n.substring(cut + 1).strip();
        return base.equals(".") || base.equals("..") || base.indexOf('\0') >= 0 ? "" : base;
    }

    @Override
    public void close() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the upload folder", e);
        }
    }
}
