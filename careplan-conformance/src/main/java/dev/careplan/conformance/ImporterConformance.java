package dev.careplan.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the importer conformance kit (取込側の適合性確認) on a test class that implements {@link ConformanceImporter}:
 * every case of {@link ConformanceCorpus#load()} becomes one test named after it, which fails with the kit's
 * findings; when the class's tests are done, a report ({@code <TestClass>-importer.json} and {@code .html}) is
 * written to {@link #reportDir()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ImporterConformanceExtension.class)
public @interface ImporterConformance {

    /** What is checked, for the report (product and version); the test class's simple name when empty. */
    String subject() default "";

    /**
     * The report folder; when empty, the system property {@value ExporterConformance#REPORT_DIR_PROPERTY}, else
     * {@value ExporterConformance#DEFAULT_REPORT_DIR}. The files each case fed the importer are kept beside the
     * report, under {@code <TestClass>-importer-files/<case id>}.
     */
    String reportDir() default "";
}
