package dev.careplan.transport.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(2));

    @Test
    void waitsAreRandomBelowAnExponentialBoundThatStopsAtTheMaximum() {
        Random random = new Random(3);
        for (int attempt = 1; attempt <= 8; attempt++) {
            long bound = Math.min(200L << (attempt - 1), 2000);
            Set<Duration> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                Duration d = POLICY.delay(attempt, Optional.empty(), random);
                assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(bound));
                seen.add(d);
            }
            // Jitter: clients refused together do not come back together.
            assertThat(seen).as("attempt %d", attempt).hasSizeGreaterThan(50);
        }
    }

    @Test
    void theRelaysRetryAfterIsAFloorCappedByTheMaximum() {
        Random random = new Random(5);
        for (int i = 0; i < 100; i++) {
            assertThat(POLICY.delay(1, Optional.of(Duration.ofSeconds(1)), random))
                    .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(POLICY.delay(1, Optional.of(Duration.ofHours(1)), random)).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void theSameRandomGivesTheSameWaits() {
        assertThat(POLICY.delay(3, Optional.empty(), new Random(11)))
                .isEqualTo(POLICY.delay(3, Optional.empty(), new Random(11)));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
