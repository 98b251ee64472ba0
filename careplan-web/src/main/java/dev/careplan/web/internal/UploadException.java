package dev.careplan.web.internal;

/**
 * A request the service cannot take: its HTTP status, a stable code for programs and a message in Japanese and
 * English for people. Messages name limits and parameters, never a file's content.
 */
final class UploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String ja;

    UploadException(int status, String code, String ja, String en) {
        super(en);
        this.status = status;
        this.code = code;
        this.ja = ja;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String ja() {
        return ja;
    }

    String en() {
        return getMessage();
    }
}
