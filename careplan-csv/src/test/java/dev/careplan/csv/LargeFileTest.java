package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200 MB UPPLAN file is read and validated in a JVM limited to 64 MB of heap: reading streams. */
class LargeFileTest {

    static final long TARGET_BYTES = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesValidateUnderSixtyFourMegabytesOfHeap() throws Exception {
        Path file = dir.resolve("UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV");
        long records = generate(file);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(TARGET_BYTES);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeFileMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("records=" + records).contains("violations=0");
    }

    /** Writes a conformant UPPLAN file of at least {@link #TARGET_BYTES} by streaming; returns its record count. */
    static long generate(Path file) throws IOException {
        Charset ms932 = Charset.forName("windows-31j");
        long n = 0;
        long size = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            while (size < TARGET_BYTES) {
                int user = (int) (n / 20);
                int day = (int) (n % 20) + 1;
                String line = String.join(",", List.of("202407", "131045", String.format("%010d", user % 50_000),
                        "20250520", "202506", "1310000001", "\"佐藤 花子\"", "250", "",
                        String.format("202506%02d", day), "", "0930", "1000", "1", "111211", "", "", "\"\"", "",
                        "1310000002", "\"ひまわり訪問介護、本店\"", "", "0", "1310000001", "")) + "\r\n";
                byte[] b = line.getBytes(ms932);
                out.write(b);
                size += b.length;
                n++;
            }
        }
        return n;
    }
}
