package dev.careplan.web;

/**
 * Limits on one upload to the {@link CareplanServer} (アップロード上限): the number of files (counting each file of a
 * zip), the size of one file and the size of the whole request (and of everything a zip unpacks to). A request over
 * a limit is answered {@code 413} with a JSON error, before anything is validated.
 *
 * @param maxFiles      files per request
 * @param maxFileBytes  bytes per file
 * @param maxTotalBytes bytes per request, and unpacked from zips
 */
public record UploadLimits(int maxFiles, long maxFileBytes, long maxTotalBytes) {

    /** Checks that every limit is positive and a file fits in a request. */
    public UploadLimits {
        if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
        if (maxFileBytes > maxTotalBytes) {
            throw new IllegalArgumentException("maxFileBytes must not exceed maxTotalBytes");
        }
    }

    /** 500 files, 16 MiB per file, 64 MiB per request: a busy office's month, with room. */
    public static UploadLimits defaults() {
        return new UploadLimits(500, 16L << 20, 64L << 20);
    }
}
