package dev.careplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careplan.csv.ValidationReport;
import dev.careplan.web.json.ValidationReportJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON report of {@code careplan validate --format json}: the document of {@link ValidationReportJson} (schema
 * {@value ValidationReportJson#SCHEMA}, the same as the HTTP API's), with the command's errors in it.
 */
final class ValidationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationJson() {
    }

    /** The library's cap for {@code --max-per-file}, where {@code 0} lists every violation. */
    static int cap(int maxPerFile) {
        return maxPerFile == 0 ? Integer.MAX_VALUE : maxPerFile;
    }

    /** The report of a run: what was validated (possibly nothing), the errors met, and the exit code. */
    static String of(ValidationReport report, List<CliError> errors, Messages m, String profile, int maxPerFile,
            int exitCode) {
        List<ValidationReportJson.RunError> runErrors = errors.stream()
                .map(e -> new ValidationReportJson.RunError(e.type().name(), e.path(), e.message())).toList();
        try {
            return MAPPER.writeValueAsString(ValidationReportJson.of(MAPPER, report,
                    new ValidationReportJson.Run(m.lang().name(), profile, maxPerFile), runErrors, exitCode));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
