package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile inputs in any arrangement: runs, up to tens of thousands of repetitions long, of quotes, commas, CR, LF,
 * doubled quotes, text, valid and broken MS932. The validator always finishes with a report that keeps at most
 * {@link FileReport#MAX_KEPT} violations and counts the rest, with catalogued rule ids, in time per byte that stays
 * far below what growth with the input would cost.
 */
class HostileInputProperties {

    private static final byte[][] TOKENS = {{'"'}, {','}, {'\r'}, {'\n'}, {'\r', '\n'}, {'"', '"'}, {'x'},
            {'2', '0', '2', '4', '0', '7'}, {(byte) 0x82, (byte) 0xA0}, {(byte) 0x81}, {(byte) 0xFF}, {'"', ','},
            {(byte) 0xF0, (byte) 0x40}};

    /** Runs of one token each: {token, repetitions}. */
    private static Gen<List<int[]>> runs() {
        Gen<int[]> run = integers().between(0, TOKENS.length - 1).zip(
                Generate.pick(List.of(1, 2, 3, 10, 100, 5_000, 50_000)), (t, n) -> new int[] {t, n});
        return lists().of(run).ofSizeBetween(1, 12);
    }

    private static byte[] bytes(List<int[]> runs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] r : runs) {
            for (int i = 0; i < r[1]; i++) {
                out.writeBytes(TOKENS[r[0]]);
            }
        }
        return out.toByteArray();
    }

    @Test
    void anyArrangementOfHostileBytesFinishesWithABoundedReport() {
        qt().withExamples(30).withShrinkCycles(20).forAll(runs()).checkAssert(runs -> {
            byte[] bytes = bytes(runs);
            long start = System.nanoTime();
            FileReport r = validate(bytes);
            long nanos = System.nanoTime() - start;
            assertThat(r.violations().size()).isLessThanOrEqualTo(FileReport.MAX_KEPT);
            assertThat(r.violationCount()).isGreaterThanOrEqualTo(r.violations().size());
            assertThat(r.violations()).allSatisfy(v -> assertThat(RuleCatalogue.v41().contains(v.ruleId()))
                    .as(v.ruleId()).isTrue());
            assertThat(r.omitted()).allSatisfy(o -> assertThat(RuleCatalogue.v41().contains(o.ruleId()))
                    .as(o.ruleId()).isTrue());
            // Loose on purpose (a busy machine, a cold JIT): 20 µs a byte is two orders of magnitude above the
            // reader's pace, and far below the seconds a quadratic reader took on a few hundred kilobytes.
            assertThat(nanos).as("%d bytes", bytes.length).isLessThan(2_000_000_000L + 20_000L * bytes.length);
        });
    }

    private static FileReport validate(byte[] bytes) {
        try {
            return ConformanceValidator.producer().validate(HostileFiles.NAME, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
