package dev.careplan.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing and opening 200 MB in a JVM with 64 MB of heap: both directions stream. */
class LargeEnvelopeTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesUnderSixtyFourMegabytesOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeEnvelopeMain.class.getName(), dir.toString(), String.valueOf(200L * 1024 * 1024))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("same=true");
    }
}
