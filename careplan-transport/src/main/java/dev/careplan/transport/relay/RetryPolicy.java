package dev.careplan.transport.relay;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * How a relay client waits before trying again (再送の待ち時間) when the relay is busy (503) or cannot be reached:
 * "full jitter" exponential backoff, a random wait between zero and {@code initialDelay × 2^(attempt-1)} (at most
 * {@code maxDelay}), never shorter than the relay's {@code Retry-After}, for at most {@code maxAttempts} attempts in
 * all. The randomness spreads clients that were refused together, so they do not all come back at once.
 *
 * @param maxAttempts  attempts in all, the first included (1 = never retry)
 * @param initialDelay the largest wait after the first attempt
 * @param maxDelay     the largest wait after any attempt
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    /** Checks the bounds. */
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt and 0 <= initial <= max"
                    + " delay");
        }
    }

    /** 6 attempts, waits of up to 0.2 s, 0.4 s, 0.8 s, 1.6 s, 3.2 s (at most 10 s each). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    /** Never retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait after attempt {@code attempt} (from 1) failed: random up to the exponential bound, at least
     * {@code retryAfter} (capped by {@link #maxDelay}, so a relay cannot park a client for long).
     */
    public Duration delay(int attempt, Optional<Duration> retryAfter, Random random) {
        long bound = initialDelay.toMillis();
        for (int i = 1; i < attempt && bound < maxDelay.toMillis(); i++) {
            bound *= 2;
        }
        bound = Math.min(bound, maxDelay.toMillis());
        long wait = bound == 0 ? 0 : (long) (random.nextDouble() * (bound + 1));
        long floor = Math.min(retryAfter.map(Duration::toMillis).orElse(0L), maxDelay.toMillis());
        return Duration.ofMillis(Math.max(wait, floor));
    }

    /** Waits; tests give one that records the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits for {@code d}. */
        void sleep(Duration d) throws InterruptedException;

        /** {@link Thread#sleep}. */
        static Sleeper real() {
            return d -> Thread.sleep(d.toMillis());
        }
    }
}
