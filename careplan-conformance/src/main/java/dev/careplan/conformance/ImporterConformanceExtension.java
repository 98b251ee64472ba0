package dev.careplan.conformance;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Turns {@link ConformanceImporter}'s test template into one test per corpus case, and writes the report after. */
final class ImporterConformanceExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ImporterConformanceExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().getName().equals("importerConformance")
                && ConformanceImporter.class.isAssignableFrom(context.getRequiredTestClass());
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ImporterConformance config = testClass.getAnnotation(ImporterConformance.class);
        String subject = config == null || config.subject().isEmpty() ? testClass.getSimpleName() : config.subject();
        ConformanceCorpus corpus = ConformanceCorpus.load();
        ReportCollector collector = context.getStore(NAMESPACE).computeIfAbsent("report",
                k -> new ReportCollector(ConformanceReport.Kind.IMPORTER, subject,
                        ReportCollector.reportFolder(config == null ? "" : config.reportDir()),
                        testClass.getSimpleName() + "-importer",
                        corpus.cases().stream().map(CorpusCase::id).toList()),
                ReportCollector.class);
        return corpus.cases().stream().map(c -> Invocations.of(c.id() + ": " + c.descriptionEn(), CaseRun.class,
                new CaseRun(corpus, c, collector)));
    }
}
