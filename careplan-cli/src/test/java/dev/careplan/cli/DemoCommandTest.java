package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoPrintsAValidPlanAndExitsZero() {
        StringWriter out = new StringWriter();
        var cl = CareplanCli.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("demo");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("第6表").contains("通所介護").contains("0 violations");
    }

    @Test
    void unknownOptionIsUsageError() {
        var cl = CareplanCli.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("demo", "--no-such-option")).isEqualTo(CareplanCli.USAGE);
    }
}
