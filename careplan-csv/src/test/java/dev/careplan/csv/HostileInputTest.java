package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.csv.internal.RecordSplitter;
import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader and validator on the hostile inputs of an attack review, scaled down: each finishes with a report, each
 * oversized record is reported once, the violations kept per file are capped, a heap of 64 MB is enough, and the time
 * per byte does not grow with the size.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static FileReport validate(byte[] bytes) throws IOException {
        return ConformanceValidator.producer().validate(HostileFiles.NAME, new ByteArrayInputStream(bytes));
    }

    private static List<String> keys(FileReport r) {
        return r.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void oneRecordOfCommasIsReportedOnceAsTooManyFields() throws IOException {
        FileReport r = validate(HostileFiles.COMMAS.bytes(4 << 20));
        assertThat(r.records()).isEqualTo(1);
        assertThat(keys(r)).containsExactly("CSV-004.tooManyFields");
        assertThat(r.violations().get(0).messageEn()).contains(String.valueOf(RecordSplitter.MAX_FIELDS));
        assertThat(r.valid()).isFalse();
    }

    @Test
    void aQuoteNeverClosedIsReportedOnceAsTooLong() throws IOException {
        FileReport r = validate(HostileFiles.QUOTES.bytes(4 << 20));
        assertThat(r.records()).isEqualTo(1);
        assertThat(keys(r)).containsExactly("CSV-002.tooLong");
    }

    @Test
    void aRecordJustWithinTheFieldBoundIsReadAndCountedAsWrong() throws IOException {
        byte[] commas = HostileFiles.COMMAS.bytes(RecordSplitter.MAX_FIELDS - 1);
        FileReport r = validate(commas);
        assertThat(keys(r)).containsExactly("CSV-004.fieldCount");
        assertThat(r.violations().get(0).arguments()).containsEntry("count",
                String.valueOf(RecordSplitter.MAX_FIELDS));
    }

    @Test
    void theRecordAfterAnOversizedOneIsReadAsUsual() throws IOException {
        byte[] big = HostileFiles.COMMAS.bytes(RecordSplitter.MAX_FIELDS + 10);
        byte[] next = "\r\n202407,1\r\n".getBytes(Charset.forName("windows-31j"));
        byte[] all = java.util.Arrays.copyOf(big, big.length + next.length);
        System.arraycopy(next, 0, all, big.length, next.length);
        FileReport r = validate(all);
        assertThat(r.records()).isEqualTo(2);
        assertThat(keys(r)).containsExactly("CSV-004.tooManyFields", "CSV-004.fieldCount");
        assertThat(r.violations().get(1).location().record()).hasValue(2L);
    }

    @Test
    void blankLinesCostConstantMemoryAndAreCountedAtTheEnd() throws IOException {
        FileReport r = validate(HostileFiles.BLANK_LINES.bytes(2_000_000));
        assertThat(keys(r)).contains("CSV-007.noRecord");
        assertThat(r.records()).isZero();
        byte[] inside = ("202407,1\r\n".repeat(1) + "\r\n".repeat(5000) + "202407,1\r\n")
                .getBytes(Charset.forName("windows-31j"));
        FileReport in = validate(inside);
        assertThat(in.violations().stream().filter(v -> v.messageKey().equals("CSV-004.fieldCount")).count()
                + in.omitted().stream().filter(o -> o.ruleId().equals("CSV-004")).mapToLong(FileReport.Omitted::count)
                .sum()).as("two short records and 5,000 blank lines inside").isEqualTo(5002);
    }

    @Test
    void violationsPastTheCapAreCountedPerRuleNotKept() throws IOException {
        int records = 50_000;
        FileReport r = validate("202407,1\r\n".repeat(records).getBytes(Charset.forName("windows-31j")));
        assertThat(r.violations()).hasSize(FileReport.MAX_KEPT);
        assertThat(r.violationCount()).isEqualTo(records);
        assertThat(r.errorCount()).isEqualTo(records);
        assertThat(r.omitted()).containsExactly(new FileReport.Omitted("CSV-004", Severity.ERROR,
                records - FileReport.MAX_KEPT));
        assertThat(r.valid()).isFalse();
        FileReport.Listing listed = r.limited(10);
        assertThat(listed.listed()).hasSize(10);
        assertThat(listed.omittedCount()).isEqualTo(records - 10);
        assertThat(r.limited(5000).omittedCount()).isEqualTo(records - FileReport.MAX_KEPT);
    }

    @Test
    void aStrayQuoteOnEveryRecordIsOneViolationPerRecord() throws IOException {
        byte[] bytes = HostileFiles.STRAY_QUOTES.bytes(12 * 10_000);
        FileReport r = validate(bytes);
        assertThat(r.records()).isEqualTo(10_000);
        assertThat(r.violationCount()).isEqualTo(10_000);
        assertThat(r.violations()).allSatisfy(v -> assertThat(v.messageKey()).isEqualTo("CSV-002.quote"));
    }

    /**
     * Time per byte does not grow with the size: eight times the bytes past the record bound take well under
     * sixty-four times as long (the quadratic growth seen before); the best of three runs of each size is compared.
     */
    @Test
    void bytesPastTheRecordBoundCostConstantTimeEach() throws IOException {
        int base = 1 + HostileFiles.LONG_QUOTES;
        long small = best(HostileFiles.LONG_RECORD.bytes(base + 200_000));
        long large = best(HostileFiles.LONG_RECORD.bytes(base + 1_600_000));
        assertThat(large).as("ns for 8x the excess (small: %d ns)", small).isLessThan(Math.max(small, 50_000_000L) * 20);
        FileReport r = validate(HostileFiles.LONG_RECORD.bytes(base + 20_000));
        assertThat(keys(r)).containsExactly("CSV-002.tooLong");
    }

    private static long best(byte[] bytes) throws IOException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            validate(bytes);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** The table's inputs, scaled down, validated in a JVM limited to 64 MB of heap. */
    @Test
    void hostileFilesValidateUnderSixtyFourMegabytesOfHeap() throws Exception {
        List<String> args = new ArrayList<>();
        // Sizes well past the old failures (OutOfMemoryError at 4 MB of quotes under 1 GB) yet quick to check; the
        // full sizes (40 MB of commas, 40 MB of random bytes) are measured with the command line.
        args.add(write(HostileFiles.COMMAS, 8 << 20));
        args.add(write(HostileFiles.QUOTES, 4 << 20));
        args.add(write(HostileFiles.RANDOM, 8 << 20));
        args.add(write(HostileFiles.NOISE, 4 << 20));
        args.add(write(HostileFiles.BLANK_LINES, 4 << 20));
        args.add(write(HostileFiles.STRAY_QUOTES, 12 * 350_000));
        args.add(write(HostileFiles.LONG_RECORD, 4 << 20));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                HostileFileMain.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).as(out).hasSize(args.size()).allSatisfy(l -> assertThat(l).contains("valid=false"));
        // Each file is also an incomplete send unit (SU-002), found after the file's own records and not capped.
        assertThat(out).contains("COMMAS records=1 kept=2 count=2").contains("QUOTES records=1 kept=2 count=2")
                .contains("LONG_RECORD records=1 kept=2 count=2")
                .contains("STRAY_QUOTES records=350000 kept=" + (FileReport.MAX_KEPT + 1) + " count=350001");
    }

    private String write(HostileFiles kind, long bytes) throws IOException {
        Path file = Files.createDirectories(dir.resolve(kind.name())).resolve(HostileFiles.NAME);
        kind.write(file, bytes);
        return file.toString();
    }
}
