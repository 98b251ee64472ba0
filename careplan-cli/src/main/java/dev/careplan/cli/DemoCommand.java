package dev.careplan.cli;

import dev.careplan.examples.MonthlyPlanExample;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.validation.CareplanValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code careplan demo}: the main job. For now it plays the first step of the monthly exchange: the care-management
 * office builds next month's 第6表 plan for its 訪問介護 provider, validates it and prints it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds next month's 第6表 plan of a care-management office, validates it and prints it.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Clock clock;

    DemoCommand() {
        this(Clock.systemDefaultZone());
    }

    DemoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        ServiceUsePlanDocument plan = MonthlyPlanExample.buildPlan(YearMonth.from(now).plusMonths(1), now);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean valid;
        try (PrintStream print = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            valid = MonthlyPlanExample.printAndValidate(plan, CareplanValidator.shared(), print).isEmpty();
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return valid ? CareplanCli.OK : CareplanCli.FAILED;
    }
}
