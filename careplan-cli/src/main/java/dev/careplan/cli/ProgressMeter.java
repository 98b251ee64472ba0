package dev.careplan.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of long work on a terminal (進捗表示): items done of total, megabytes and MB/s, rewritten in place on
 * standard error at most ten times a second and cleared when the work ends. Silent when the output is not a terminal
 * or is JSON, so that pipes and logs get only the result.
 */
final class ProgressMeter {

    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean show;
    private final Messages messages;
    private final String key;
    private final LongSupplier nanoTime;
    private long started;
    private long lastShown;
    private int total;
    private int done;
    private long bytesDone;
    private long bytesOfCurrent;
    private int width;

    private ProgressMeter(PrintWriter err, boolean show, Messages messages, String key, LongSupplier nanoTime) {
        this.err = err;
        this.show = show;
        this.messages = messages;
        this.key = key;
        this.nanoTime = nanoTime;
    }

    /** A meter writing to {@code err} when {@code show}; {@code key} names the message (files or units). */
    static ProgressMeter of(PrintWriter err, boolean show, Messages messages, String key) {
        return new ProgressMeter(err, show, messages, key, System::nanoTime);
    }

    /** The work begins: {@code total} items. */
    void start(int total) {
        this.total = total;
        this.started = nanoTime.getAsLong();
        this.lastShown = started - INTERVAL_NANOS;
        draw(false);
    }

    /** The current item has {@code bytes} read so far. */
    void reading(long bytes) {
        bytesOfCurrent = bytes;
        draw(false);
    }

    /** One more item done, {@code bytes} long. */
    void step(long bytes) {
        done++;
        bytesDone += bytes;
        bytesOfCurrent = 0;
        draw(done == total);
    }

    /** The work ended: the progress line is removed, so that only results remain on the terminal. */
    void finish() {
        if (show && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    private void draw(boolean always) {
        if (!show) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (!always && now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        long bytes = bytesDone + bytesOfCurrent;
        double seconds = Math.max(now - started, 1) / 1e9;
        double mb = bytes / 1e6;
        String line = messages.get(key, done, total, String.format(java.util.Locale.ROOT, "%.1f", mb),
                String.format(java.util.Locale.ROOT, "%.1f", mb / seconds));
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        width = Math.max(width, line.length());
        err.print("\r" + padded);
        err.flush();
    }
}
