package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vendor class the README shows is the one the vendor project outside the reactor runs, word for word. */
class ReadmeClassTest {

    @Test
    void theReadmesTestClassIsTheVendorProjects() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```java\npackage com.example;");
        assertThat(start).as("the README shows the vendor's test class").isPositive();
        String block = readme.substring(start + "```java\n".length(), readme.indexOf("```\n", start + 7));
        assertThat(block).isEqualTo(Files.readString(
                Path.of("src/it/vendor-project/src/test/java/com/example/AcmeConformanceTest.java")));
        assertThat(block.lines().count()).as("lines of the class").isLessThanOrEqualTo(32);
    }
}
