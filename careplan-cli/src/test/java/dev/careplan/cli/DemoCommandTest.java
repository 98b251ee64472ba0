package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = CareplanCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Path keep = dir.resolve("work");
        int code = cl.execute("demo", "--keep", keep.toString(), "--month", "2028-02");
        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("plans for 2028-02").contains("[setup]").contains("plan unit").contains("利用票 unit").contains("実績 unit")
                .contains("1 cancelled, 1 with a changed time").contains("[summary] 6 units sent, 6 received");
        assertThat(text.lines().filter(l -> l.startsWith("["))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(keep.resolve("1310000002-11/inbox")).isDirectory();
        assertThat(keep.resolve("1310000001-43/journal.jsonl")).exists();
        try (Stream<Path> s = Files.list(keep.resolve("relay-store/waiting"))) {
            assertThat(s.toList()).as("everything was acknowledged, so the relay holds nothing").isEmpty();
        }
        assertThat(text).doesNotContain("1000012345").doesNotContain("山田");
    }

    @Test
    void aMonthThatIsNotYyyyMmIsAUsageError() {
        var cl = CareplanCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("demo", "--month", "2028-13")).isEqualTo(CareplanCli.USAGE);
        assertThat(err.toString()).contains("--month");
    }

    @Test
    void unknownOptionIsUsageError() {
        var cl = CareplanCli.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("demo", "--no-such-option")).isEqualTo(CareplanCli.USAGE);
    }
}
