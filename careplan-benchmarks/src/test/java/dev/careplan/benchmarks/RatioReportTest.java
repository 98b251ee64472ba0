package dev.careplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The table RatioReport prints from a run's JSON results (run.json: a small run written by hand). */
class RatioReportTest {

    @Test
    void printsEachRatioWithItsIntervalAndVerdict() throws Exception {
        String table = table();
        assertThat(table).containsPattern("CSV read \\+ full validation / raw Commons CSV +0\\.70× +"
                + "\\[ 0\\.6\\d,  0\\.7\\d\\] +≥0\\.6× +met");
        assertThat(table).containsPattern("seal / raw AES-256-GCM +0\\.30× .* not met");
        // Times per operation are turned into rates: 1000 ms against 2000 ms is 0.5×, with a wide interval.
        assertThat(table).containsPattern("cold CLI validate 50 MB / cold raw Commons CSV process +0\\.\\d\\d× .*"
                + "undecided .*noisy");
        assertThat(table).as("a ratio whose benchmarks did not run is left out").doesNotContain("open /");
        assertThat(table).containsPattern("CryptoBenchmark.seal +503\\.3");
        // A time per operation is shown as one: the mean of the iterations' times, in microseconds.
        assertThat(table).containsPattern("CryptoBenchmark.sealSmall +1500\\.0  "
                + "\\[140\\d\\.\\d, 159\\d\\.\\d\\]");
        assertThat(table).as("a benchmark that did not run is left out").doesNotContain("openSmall");
    }

    private static String table() throws URISyntaxException, java.io.IOException {
        Path json = Path.of(RatioReportTest.class.getResource("/run.json").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RatioReport.print(Results.read(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
