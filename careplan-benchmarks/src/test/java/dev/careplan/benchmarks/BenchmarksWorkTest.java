package dev.careplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Each benchmark method runs once on small data and does its work (no timing here: JMH measures). */
class BenchmarksWorkTest {

    @Test
    void csvBenchmarksReadTheSameFile() throws Exception {
        CsvReadBenchmark b = new CsvReadBenchmark();
        b.fileBytes = 64 * 1024;
        b.setUp();
        try {
            long raw = b.rawCommonsCsv();
            assertThat(raw).isPositive();
            assertThat(b.rawFastCsv()).as("FastCSV reads the same fields").isEqualTo(raw);
            assertThat(b.validateFully()).as("the generated file is conformant").isZero();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void sendUnitBenchmarksReadTheSameThreeFiles() throws Exception {
        SendUnitBenchmark b = new SendUnitBenchmark();
        b.setUp();
        try {
            assertThat(b.files()).hasSize(3);
            assertThat(b.rawCommonsCsvUnit()).isPositive();
            assertThat(b.validateUnit()).as("the demo unit is complete and conformant").isZero();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void writeBenchmarksWriteTheSameRecords() throws Exception {
        WriteBenchmark b = new WriteBenchmark();
        b.fileBytes = 64 * 1024;
        b.setUp();
        long typed = b.typedWrite();
        // The typed writer quotes the free-text fields the layout says; Commons CSV quotes only where it must.
        assertThat(typed).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(b.rawCommonsCsvPrint()).isBetween(typed * 9 / 10, typed);
    }

    @Test
    void cryptoBenchmarksProcessTheSameBytes() throws Exception {
        CryptoBenchmark b = new CryptoBenchmark();
        b.size = 64 * 1024;
        b.setUp();
        try {
            assertThat(b.rawAesGcm()).isEqualTo(64 * 1024 + 16);
            assertThat(b.rawSha256()).hasSize(32);
            assertThat(b.seal()).isGreaterThan(64 * 1024);
            assertThat(b.open()).as("opening gives the content back").isEqualTo(64 * 1024);
            assertThat(b.open()).as("and again: the file of the last operation is gone").isEqualTo(64 * 1024);
            assertThat(b.sealSmall()).isGreaterThan(CryptoBenchmark.SMALL);
            assertThat(b.openSmall()).as("a small file too").isEqualTo(CryptoBenchmark.SMALL);
            assertThat(b.openSmall()).isEqualTo(CryptoBenchmark.SMALL);
        } finally {
            b.tearDown();
        }
    }

    @Test
    void chunkSweepEncryptsEveryByte() throws Exception {
        AesGcmChunkBenchmark b = new AesGcmChunkBenchmark();
        b.chunk = 4096;
        b.setUp();
        assertThat(b.aesGcm()).isEqualTo((16 << 20) + 16);
    }

    @Test
    void cliProcessBenchmarksRunBothProcesses() throws Exception {
        CliProcessBenchmark b = new CliProcessBenchmark();
        b.fileBytes = 64 * 1024;
        // The jar directly: the launcher would rebuild it when a source is newer, which is no business of a test.
        b.via = "jar";
        b.setUp();
        try {
            assumeTrue(Files.isRegularFile(b.root().resolve("careplan-cli/target/careplan.jar")),
                    "careplan-cli is packaged before this module in the build");
            assertThat(b.rawCommonsCsvProcess()).isZero();
            assertThat(b.cliValidate()).as("exit 1: a lone UPPLAN file is an incomplete unit").isEqualTo(1);
        } finally {
            b.tearDown();
        }
    }
}
