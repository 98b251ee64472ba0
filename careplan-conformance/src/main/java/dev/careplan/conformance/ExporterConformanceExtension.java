package dev.careplan.conformance;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Turns {@link ConformanceExporter}'s test template into one test per scenario, and writes the report after them. */
final class ExporterConformanceExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ExporterConformanceExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().getName().equals("exporterConformance")
                && ConformanceExporter.class.isAssignableFrom(context.getRequiredTestClass());
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExporterConformance config = testClass.getAnnotation(ExporterConformance.class);
        String subject = config == null || config.subject().isEmpty() ? testClass.getSimpleName() : config.subject();
        List<Scenario> scenarios = Scenarios.select(config == null ? List.of() : List.of(config.scenarios()));
        ReportCollector collector = context.getStore(NAMESPACE).computeIfAbsent("report",
                k -> new ReportCollector(ConformanceReport.Kind.EXPORTER, subject,
                        ReportCollector.reportFolder(config == null ? "" : config.reportDir()),
                        testClass.getSimpleName() + "-exporter",
                        scenarios.stream().map(Scenario::id).toList()),
                ReportCollector.class);
        return scenarios.stream().map(s -> Invocations.of(s.id() + ": " + s.descriptionEn(), ScenarioRun.class,
                new ScenarioRun(s, collector)));
    }
}
