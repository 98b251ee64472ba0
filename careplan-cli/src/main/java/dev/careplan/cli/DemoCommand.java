package dev.careplan.cli;

import dev.careplan.model.Party;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careplan demo}: the main job, the monthly exchange between a care-management office and providers. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plays one month of the care-plan exchange on embedded defaults.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Party office = Party.of("1310000001", "43");
        out.println("居宅介護支援事業所 " + office);
        out.flush();
        return CareplanCli.OK;
    }
}
