package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationProgressTest {

    @TempDir
    Path dir;

    @Test
    void progressIsToldEveryFileItsBytesAndReadingOfLargeOnes() throws Exception {
        Path small = Files.writeString(dir.resolve("UPJSK_202506_1310000002_11_1310000001_43_20250701100000.CSV"),
                "202407,131045\r\n");
        Path large = dir.resolve("UPJSK_202506_1310000002_11_1310000001_43_20250701100001.CSV");
        Files.writeString(large, "202407,131045\r\n".repeat(200_000));
        List<String> events = new ArrayList<>();
        List<Long> reading = new ArrayList<>();
        ValidationReport report = ConformanceValidator.producer().validate(List.of(dir), new ValidationProgress() {
            @Override
            public void starting(List<Path> files) {
                events.add("starting " + files.size());
            }

            @Override
            public void reading(Path file, long bytes) {
                reading.add(bytes);
            }

            @Override
            public void checked(Path file, long bytes) {
                events.add(file.getFileName() + " " + bytes);
            }
        });
        assertThat(report.files()).hasSize(2);
        assertThat(events).containsExactly("starting 2", small.getFileName() + " " + Files.size(small),
                large.getFileName() + " " + Files.size(large));
        long largeSize = Files.size(large);
        assertThat(reading).isNotEmpty().isSorted().allMatch(b -> b <= largeSize);
        assertThat(reading.get(0)).isGreaterThanOrEqualTo(1 << 20);
    }
}
