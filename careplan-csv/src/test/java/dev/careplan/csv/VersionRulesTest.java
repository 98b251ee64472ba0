package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files of an edition before V4.0: a kind that edition had (VER-003) against one it never had (VER-005). */
class VersionRulesTest {

    private static final String PLAN = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV";
    private static final String SHEET3 = "UP3KYO_1310000001_43_1310000002_11_20250520100000.CSV";

    private static FileReport validateAs(String name, String version) throws Exception {
        byte[] valid = Files.readAllBytes(CorpusFolder.valid().resolve(name));
        String text = new String(valid, StandardCharsets.ISO_8859_1).replace("202407,", version + ",");
        return ConformanceValidator.producer().validate(name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aKindTheOldEditionHadIsUnsupportedButStillCheckedAgainstV41() throws Exception {
        FileReport r = validateAs(PLAN, "202208");
        assertThat(r.violations()).extracting(Violation::ruleId).contains("VER-003").doesNotContain("VER-005")
                .allMatch(id -> id.startsWith("VER-"));
        assertThat(r.violations()).filteredOn(v -> v.ruleId().equals("VER-003"))
                .singleElement().satisfies(v -> {
                    assertThat(v.isError()).isTrue();
                    assertThat(v.record()).hasValue(1L);
                });
    }

    @Test
    void aKindAddedInV4IsVer005InEveryOlderEdition() throws Exception {
        for (String version : new String[] {"201910", "202003", "202208"}) {
            FileReport r = validateAs(SHEET3, version);
            assertThat(r.violations()).as(version).extracting(Violation::ruleId)
                    .contains("VER-005").doesNotContain("VER-003");
            assertThat(r.violations()).filteredOn(v -> v.ruleId().equals("VER-005")).singleElement()
                    .satisfies(v -> assertThat(v.message("en")).contains(version).contains("202407"));
        }
    }

    @Test
    void theCurrentVersionBreaksNeither() throws Exception {
        assertThat(validateAs(SHEET3, "202407").violations()).isEmpty();
        assertThat(validateAs(PLAN, "202407").violations()).isEmpty();
    }
}
