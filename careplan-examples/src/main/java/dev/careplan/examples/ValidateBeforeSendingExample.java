package dev.careplan.examples;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Task: validate files before sending them and show the violations to the user in Japanese: rule id, file, record,
 * field and what to fix (never the value).
 */
public final class ValidateBeforeSendingExample {
    private ValidateBeforeSendingExample() {
    }

    /** Lines to show a care manager; empty when the folder can be sent. */
    public static List<String> check(Path folder) {
        ValidationReport report = ConformanceValidator.producer().validate(List.of(folder));
        List<String> lines = new ArrayList<>();
        for (FileReport f : report.files()) {
            for (Violation v : f.violations()) {
                lines.add(v.severity() + " " + v.ruleId() + " " + v.file()
                        + v.record().map(r -> " " + r + "件目").orElse("") + "：" + v.messageJa());
            }
        }
        return lines;
    }

    /** Validates the folder given as the first argument; without one, a freshly exported sample unit. */
    public static void main(String[] args) throws IOException {
        ExampleMonth a = ExampleMonth.parse(args);
        Clock clock = Clock.systemDefaultZone();
        Path folder = a.first().isPresent() ? Path.of(a.first().get())
                : ExportMonthExample.sampleUnit(a.orNextMonthOf(clock), clock).get(0).getParent();
        System.out.println(folder + ":");
        List<String> lines = check(folder);
        lines.forEach(System.out::println);
        System.out.println(lines.isEmpty() ? "送信できます。" : lines.size() + "件の指摘があります。");
    }
}
