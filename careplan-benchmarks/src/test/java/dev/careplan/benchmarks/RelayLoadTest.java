package dev.careplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relay load program runs a few units with 2 clients against the folder store and the ceiling, so that it cannot
 * rot (the PostgreSQL target differs only in the store it opens, and starting a PostgreSQL would triple the time).
 */
class RelayLoadTest {

    @Test
    void everyUnitIsUploadedDownloadedAndAcknowledgedOnEveryTargetAndTheRatiosArePrinted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<RelayLoad.Result> results = new RelayLoad(RelayLoad.Options.parse("--clients", "2", "--units", "3",
                "--warmup", "0", "--size-kb", "8", "--duration", "30", "--targets", "folder,ceiling"), out).run();
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(results).extracting(RelayLoad.Result::target).containsExactly("folder", "ceiling");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.failures()).as(printed).isZero();
            assertThat(r.uploaded()).isEqualTo(6);
            assertThat(r.delivered()).isEqualTo(6);
            assertThat(r.latencies().get("upload").count()).isEqualTo(6);
            assertThat(r.latencies().get("acknowledge").count()).isEqualTo(6);
            assertThat(r.latencies().get("download").percentileMillis(99)).isPositive();
        });
        assertThat(printed).contains("units/s").contains("p99").contains("heap after GC")
                .contains("folder     / ceiling: uploads");
    }

    @Test
    void optionsHaveDefaultsAndUnknownOnesAreRefused() {
        RelayLoad.Options d = RelayLoad.Options.parse();
        assertThat(d.clients()).isEqualTo(32);
        assertThat(d.warmup()).isEqualTo(3);
        assertThat(d.targets()).containsExactly("folder", "postgresql", "ceiling");
        assertThatThrownBy(() -> RelayLoad.Options.parse("--client", "3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client");
        assertThatThrownBy(() -> RelayLoad.Options.parse("--targets", "memory"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        RelayLoad.Latencies l = new RelayLoad.Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L);
        }
        assertThat(l.percentileMillis(50)).isEqualTo(50.0);
        assertThat(l.percentileMillis(99)).isEqualTo(99.0);
        assertThat(l.percentileMillis(100)).isEqualTo(100.0);
    }
}
