package dev.careplan.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the exporter conformance kit (出力側の適合性確認) on a test class that implements {@link ConformanceExporter}:
 * every scenario of {@link Scenarios#catalogue()} becomes one test named after it, which fails with the kit's
 * findings; when the class's tests are done, a report ({@code <TestClass>-exporter.json} and {@code .html}) is
 * written to {@link #reportDir()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ExporterConformanceExtension.class)
public @interface ExporterConformance {

    /** The system property that sets the report folder when {@link #reportDir()} is empty. */
    String REPORT_DIR_PROPERTY = "careplan.conformance.report";

    /** The report folder when neither the attribute nor the property sets one. */
    String DEFAULT_REPORT_DIR = "target/careplan-conformance";

    /** What is checked, for the report (product and version); the test class's simple name when empty. */
    String subject() default "";

    /**
     * The report folder; when empty, the system property {@value #REPORT_DIR_PROPERTY}, else
     * {@value #DEFAULT_REPORT_DIR}. The files each scenario wrote are kept beside the report, under
     * {@code <TestClass>-exporter-files/<scenario id>}.
     */
    String reportDir() default "";

    /**
     * The scenarios to run, by id or by id prefix ({@code use-unit} runs {@code use-unit} and every
     * {@code use-unit.…}); every scenario when empty. A care-management system that never writes 実績 leaves out
     * {@code actuals}; a provider's system runs only {@code actuals}. The report lists what ran.
     */
    String[] scenarios() default {};
}
