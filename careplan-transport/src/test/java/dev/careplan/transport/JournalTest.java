package dev.careplan.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static Journal.Entry entry(String seq, String outcome) {
        String name = "UPJSK_202506_1310000002_11_1310000001_43_" + seq + ".CSV.p7m";
        return new Journal.Entry(Instant.parse("2025-07-01T10:00:00Z"), Journal.Direction.RECEIVED,
                Unit.idOf(name), List.of(new Journal.FileEntry(name, "ab".repeat(32))), outcome);
    }

    @Test
    void aLineTornByACrashDoesNotSwallowTheNextEntry() throws Exception {
        Journal j = new Journal(dir.resolve("j.jsonl"));
        j.record(entry("20250701100000", "IMPORTED"));
        Files.writeString(j.file(), "{\"time\":\"2026-11-", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        j.record(entry("20250702100000", "IMPORTED"));
        assertThat(j.entries()).extracting(e -> e.unit().sequence().value())
                .containsExactly("20250701100000", "20250702100000");
        assertThat(j.imported("UPJSK_202506_1310000002_11_1310000001_43_20250702100000.CSV.p7m", "ab".repeat(32)))
                .isTrue();
    }

    @Test
    void twoWritersOfOneJournalLoseNoEntry() throws Exception {
        Journal a = new Journal(dir.resolve("j.jsonl"));
        Journal b = new Journal(dir.resolve("j.jsonl"));
        Thread ta = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                a.record(entry("20250701100000", "IMPORTED"));
            }
        });
        Thread tb = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                b.record(entry("20250702100000", "IMPORTED"));
            }
        });
        ta.start();
        tb.start();
        ta.join();
        tb.join();
        assertThat(a.entries()).hasSize(600);
    }

    @Test
    void aPendingUnitIsPendingUntilSomethingFinalFollows() {
        Journal j = new Journal(dir.resolve("j.jsonl"));
        Journal.Entry pending = entry("20250701100000", "PENDING:IMPORTED");
        j.record(pending);
        assertThat(j.pendingOutcome(pending.unit(), pending.files())).contains("IMPORTED");
        j.record(entry("20250701100000", "IMPORTED"));
        assertThat(j.pendingOutcome(pending.unit(), pending.files())).isEmpty();
    }
}
