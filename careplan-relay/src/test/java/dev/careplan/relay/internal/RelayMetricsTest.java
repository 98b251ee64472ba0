package dev.careplan.relay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Labels of the relay's meters: route templates, never a path as a client sent it. */
class RelayMetricsTest {

    @Test
    void pathsBecomeTheirRouteTemplates() {
        assertThat(RelayMetrics.template("GET", "/inbox/20250525093000_1310000001_43_1310000002_11"))
                .isEqualTo("/inbox/{unit}");
        assertThat(RelayMetrics.template("POST", "/inbox/20250525093000_1310000001_43_1310000002_11/ack"))
                .isEqualTo("/inbox/{unit}/ack");
        assertThat(RelayMetrics.template("GET", "/directory/1310000001/43")).isEqualTo("/directory/{office}/{kind}");
        String unit = "20250525093000_1310000001_43_1310000002_11";
        String file = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV.p7m";
        assertThat(RelayMetrics.template("PUT", "/units/" + unit + "/files/" + file))
                .isEqualTo("/units/{unit}/files/{name}");
        assertThat(RelayMetrics.template("POST", "/units/" + unit)).isEqualTo("/units/{unit}");
        assertThat(RelayMetrics.template("GET", "/inbox/" + unit + "/files/" + file))
                .isEqualTo("/inbox/{unit}/files/{name}");
    }

    @Test
    void anythingElseIsOtherWithoutItsMethod() {
        assertThat(RelayMetrics.template("GET", "/1310000001")).isEqualTo("other");
        assertThat(RelayMetrics.template("DELETE", "/units")).isEqualTo("other");
        assertThat(RelayMetrics.template("GET", "/inbox/a/b/c")).isEqualTo("other");
        RelayMetrics metrics = new RelayMetrics(() -> 0, () -> 0);
        metrics.request("PROPFIND1310000001", "/1310000001/x", 404, Duration.ofMillis(3));
        metrics.request("GET", "/inbox", 999, Duration.ofMillis(3));
        // Labels only: a JVM meter's value may well hold the digits 999.
        assertThat(metrics.scrape()).doesNotContain("1310000001").doesNotContain("\"999\"")
                .contains("method=\"other\",route=\"other\",status=\"404\"").contains("status=\"other\"");
    }

    @Test
    void busyAndTooManyAreCountedByRoute() {
        RelayMetrics metrics = new RelayMetrics(() -> 3, () -> 2);
        metrics.request("PUT", "/units/u/files/f", 503, Duration.ofMillis(1));
        metrics.request("PUT", "/units/u/files/f", 503, Duration.ofMillis(1));
        metrics.request("GET", "/inbox", 429, Duration.ofMillis(1));
        metrics.request("GET", "/inbox", 200, Duration.ofMillis(1));
        String s = metrics.scrape();
        assertThat(s).contains("careplan_relay_refusals_total{route=\"/units/{unit}/files/{name}\",status=\"503\"} 2.0")
                .contains("careplan_relay_refusals_total{route=\"/inbox\",status=\"429\"} 1.0")
                .contains("careplan_relay_connections_open 3.0").contains("careplan_relay_uploads_in_progress 2.0");
    }
}
