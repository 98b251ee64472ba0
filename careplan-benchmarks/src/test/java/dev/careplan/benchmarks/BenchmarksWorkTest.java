package dev.careplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each benchmark method runs once on small data and does its work (no timing here: JMH measures). */
class BenchmarksWorkTest {

    @Test
    void csvBenchmarksReadTheSameFile() throws Exception {
        CsvReadBenchmark b = new CsvReadBenchmark();
        b.fileBytes = 64 * 1024;
        b.setUp();
        try {
            assertThat(b.rawCommonsCsv()).isPositive();
            assertThat(b.validateFully()).as("the generated file is conformant").isZero();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void sealBenchmarksEncryptTheSameBytes() throws Exception {
        SealBenchmark b = new SealBenchmark();
        b.size = 64 * 1024;
        b.setUp();
        assertThat(b.rawJcaAesGcm()).isEqualTo(64 * 1024 + 16);
        assertThat(b.seal()).isGreaterThan(64 * 1024);
    }
}
