package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.SealingRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command's texts live in two bundles that match key for key, and every key the code asks for is in both. */
class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.get\\(\\s*\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        Set<String> ja = new TreeSet<>(Messages.load(Lang.ja).keySet());
        Set<String> en = new TreeSet<>(Messages.load(Lang.en).keySet());
        assertThat(ja).isNotEmpty().isEqualTo(en);
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundlesAndEveryPatternFormats() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (EnvelopeException.Failure f : EnvelopeException.Failure.values()) {
            used.add("envelope." + f.name());
        }
        for (SealingRefusedException.Reason r : SealingRefusedException.Reason.values()) {
            used.add("sealing." + r.name());
        }
        assertThat(used).hasSizeGreaterThan(60);
        for (Lang lang : Lang.values()) {
            ResourceBundle bundle = Messages.load(lang);
            assertThat(bundle.keySet()).as(lang.name()).containsAll(used);
            for (String key : bundle.keySet()) {
                // Every pattern must format with arguments of any kind a caller passes.
                assertThat(Messages.of(lang).get(key, 1, 2, 3, 4)).as(lang + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void theTextsAreReallyInTwoLanguages() {
        assertThat(Messages.of(Lang.ja).get("validate.noFiles", "in")).contains("検証するファイルがありません");
        assertThat(Messages.of(Lang.en).get("validate.noFiles", "in")).contains("no files to validate in in");
        assertThat(Messages.of(Lang.en).get("usage.hint", "careplan seal")).isEqualTo("see 'careplan seal --help'");
    }
}
