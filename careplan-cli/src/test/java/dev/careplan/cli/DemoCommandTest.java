package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoPlaysTheWholeMonthAndExitsZero() throws Exception {
        Path keep = dir.resolve("work");
        CliRun run = CliRun.of("demo", "--keep", keep.toString(), "--month", "2028-02");
        assertThat(run.code()).as(run.err()).isZero();
        String text = run.out();
        assertThat(text).contains("plans for 2028-02").contains("[setup]").contains("plan unit").contains("利用票 unit").contains("実績 unit")
                .contains("1 cancelled, 1 with a changed time").contains("[summary] 6 units sent, 6 received");
        assertThat(text.lines().filter(l -> l.startsWith("["))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(keep.resolve("1310000002-11/inbox")).isDirectory();
        assertThat(keep.resolve("1310000001-43/journal.jsonl")).exists();
        try (Stream<Path> s = Files.list(keep.resolve("relay-store/waiting"))) {
            assertThat(s.toList()).as("everything was acknowledged, so the relay holds nothing").isEmpty();
        }
        assertThat(text).doesNotContain("1000012345").doesNotContain("山田");
        assertThat(text).as("the closing summary in the language asked for (Japanese by default)")
                .contains("デモ完了: 送信 6 送信単位、受信 6");
    }

    @Test
    void aMonthThatIsNotYyyyMmIsAUsageError() {
        CliRun run = CliRun.en("demo", "--month", "2028-13");
        assertThat(run.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(run.err()).contains("invalid value '2028-13' for --month=YYYY-MM");
    }

    @Test
    void unknownOptionIsUsageError() {
        assertThat(CliRun.of("demo", "--no-such-option").code()).isEqualTo(CareplanCli.USAGE);
    }
}
